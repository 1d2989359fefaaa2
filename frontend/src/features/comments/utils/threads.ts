/** Pure helpers for lists of comment threads. */

export interface ThreadLike {
  id: string;
  createdAt: string;
  replies: readonly { id: string }[];
}

/** Threads from several places (the meeting, each talking point) in one list, oldest first. */
export function mergeThreads<T extends { createdAt: string }>(groups: readonly (readonly T[])[]): T[] {
  return groups.flat().sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** Every comment and reply id in the threads. */
export function commentIds(threads: readonly ThreadLike[]): string[] {
  return threads.flatMap((thread) => [thread.id, ...thread.replies.map((reply) => reply.id)]);
}

/** "1 comment", "3 comments". */
export function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}
