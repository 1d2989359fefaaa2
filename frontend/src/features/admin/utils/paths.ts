export const ADMIN_PATH = '/admin';
export const NEW_USER_PATH = '/admin/users/new';

export function adminUserPath(id: string): string {
  return `/admin/users/${encodeURIComponent(id)}`;
}
