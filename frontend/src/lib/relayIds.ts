const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API's global ID for a route parameter. Links written by the server (notifications, emails)
 * may carry the bare database id (`/meetings/<uuid>`) where the app's own links carry the global
 * ID; a bare UUID is turned into the Relay global ID (base64 of "Type:uuid"), anything else is
 * passed through untouched.
 */
export function globalIdFromParam(typeName: string, param: string): string {
  if (!UUID.test(param)) return param;
  return btoa(`${typeName}:${param.toLowerCase()}`);
}
