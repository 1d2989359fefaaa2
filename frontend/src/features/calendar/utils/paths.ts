/** One meeting as an .ics file (cookie-authenticated, participants only). */
export function meetingCalendarFilePath(meetingId: string): string {
  return `/calendar/meetings/${encodeURIComponent(meetingId)}.ics`;
}

/** The feed URL with the webcal: scheme, which calendar apps open as "subscribe". */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:/i, 'webcal:');
}
