/** @-mentions while writing a comment: which word is being typed, who fits, and the text after picking. */

export interface MentionQuery {
  /** Where the "@" is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/**
 * The mention being typed at `caret`: an "@" at the start or after a space/bracket, followed by at
 * most two words (so "@Grace K" still looks for Grace Kim). Null when the caret is not in one.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/[\s([{"']/.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n\t]/.test(query) || /^\s/.test(query) || query.split(' ').length > 2) return null;
  return { start: at, query };
}

export interface MentionCandidate {
  id: string;
  name: string;
}

/** The people whose full name, any of its words or email name starts with `query` (case-insensitive). */
export function matchingPeople<P extends MentionCandidate & { email?: string }>(people: readonly P[], query: string): P[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (!wanted) return [...people];
  return people.filter((person) => {
    const name = person.name.toLocaleLowerCase();
    const words = name.split(/\s+/);
    const email = person.email?.split('@')[0]?.toLocaleLowerCase() ?? '';
    return name.startsWith(wanted) || words.some((word) => word.startsWith(wanted)) || (email !== '' && email.startsWith(wanted));
  });
}

/** The text with the mention being typed replaced by "@Full Name " and where the caret goes. */
export function insertMention(text: string, mention: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, '');
  const next = `${text.slice(0, mention.start)}${inserted}${after}`;
  return { text: next, caret: mention.start + inserted.length };
}

/** Splits a comment into plain runs and the @-mentions of the given names, for showing them. */
export function splitMentions(body: string, names: readonly string[]): { text: string; mention: boolean }[] {
  const sorted = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return body ? [{ text: body, mention: false }] : [];
  const escaped = sorted.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w@])@(?:${escaped.join('|')})(?![\\w])`, 'gi');
  const runs: { text: string; mention: boolean }[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const index = match.index;
    if (index > last) runs.push({ text: body.slice(last, index), mention: false });
    runs.push({ text: match[0], mention: true });
    last = index + match[0].length;
  }
  if (last < body.length) runs.push({ text: body.slice(last), mention: false });
  return runs;
}
