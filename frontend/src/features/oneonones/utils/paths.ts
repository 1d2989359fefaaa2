export const ONE_ON_ONES_PATH = '/one-on-ones';

/** The form for a new 1:1, optionally with someone already chosen. */
export function newOneOnOnePath(withPersonId?: string): string {
  return withPersonId ? `${ONE_ON_ONES_PATH}/new?with=${encodeURIComponent(withPersonId)}` : `${ONE_ON_ONES_PATH}/new`;
}

export function oneOnOnePath(id: string): string {
  return `${ONE_ON_ONES_PATH}/${encodeURIComponent(id)}`;
}

/** The series edit form, starting from a given meeting (default: the next one). */
export function editOneOnOnePath(id: string, fromMeetingId?: string): string {
  const base = `${oneOnOnePath(id)}/edit`;
  return fromMeetingId ? `${base}?from=${encodeURIComponent(fromMeetingId)}` : base;
}

export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}
