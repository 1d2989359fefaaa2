/** Pure helpers for lists of comment threads. */

/** Threads from several places (the meeting, each talking point) in one list, oldest first. */
export function mergeThreads<T extends { createdAt: string }>(groups: readonly (readonly T[])[]): T[] {
  return groups.flat().sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** "1 comment", "3 comments". */
export function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}
