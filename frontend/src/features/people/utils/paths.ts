/** The person page of a user, by their opaque global ID. */
export function personPath(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}
