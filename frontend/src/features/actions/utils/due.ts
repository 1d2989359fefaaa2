/** How an action item's due date and state read: "Due today", "Overdue · due Nov 20", "Done by Sam Carter on Nov 24". */

/** "YYYY-MM-DD" of `at` in `timeZone`. */
export function dayIn(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** "Fri, Nov 27" for a calendar date (with the year when it is not `now`'s year). */
export function formatDueDate(dueOn: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(`${dueOn}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueOn;
  const sameYear = dueOn.slice(0, 4) === String(now.getUTCFullYear());
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

export interface DueState {
  /** Words to show ("Due tomorrow", "Due Fri, Nov 27"); empty without a due date. */
  text: string;
  /** Open and past its due date: shown with an "Overdue" label, not by colour alone. */
  overdue: boolean;
  /** Open and due today or tomorrow. */
  soon: boolean;
}

/**
 * The due line of an action item. `overdue` comes from the API (computed in the 1:1's timezone);
 * "today"/"tomorrow" use the reader's `timeZone`.
 */
export function dueState(
  item: { dueOn?: string | null; done: boolean; overdue: boolean },
  now: Date = new Date(),
  timeZone?: string,
  locale?: string,
): DueState {
  if (!item.dueOn) return { text: '', overdue: false, soon: false };
  const days = dayNumber(item.dueOn) - dayNumber(dayIn(now, timeZone));
  const overdue = !item.done && item.overdue;
  if (item.done) return { text: `Was due ${formatDueDate(item.dueOn, now, locale)}`, overdue: false, soon: false };
  if (days === 0) return { text: 'Due today', overdue, soon: true };
  if (days === 1) return { text: 'Due tomorrow', overdue, soon: true };
  if (days === -1) return { text: 'Was due yesterday', overdue, soon: false };
  return { text: `${days < 0 ? 'Was due' : 'Due'} ${formatDueDate(item.dueOn, now, locale)}`, overdue, soon: false };
}

/** "Done by Sam Carter on Nov 24" (or "Done on …" when who is unknown). */
export function doneLine(
  item: { doneAt?: string | null; doneBy?: { name: string } | null },
  viewerId: string | null,
  doneById: string | null,
  timeZone?: string,
  locale?: string,
  now: Date = new Date(),
): string {
  if (!item.doneAt) return 'Done';
  const when = new Date(item.doneAt);
  const day = Number.isNaN(when.getTime()) ? '' : formatDueDate(dayIn(when, timeZone), now, locale);
  const who = !item.doneBy ? '' : doneById !== null && doneById === viewerId ? ' by you' : ` by ${item.doneBy.name}`;
  return `Done${who}${day ? ` on ${day}` : ''}`;
}
