/** Search results' snippets: runs of text, some highlighted (no HTML from the server). */

export interface TextRun {
  text: string;
  highlighted: boolean;
}

/** Joins neighbouring runs alike and drops empty ones, so each <mark> wraps a whole match. */
export function normaliseRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last?.highlighted === run.highlighted) last.text += run.text;
    else out.push({ text: run.text, highlighted: run.highlighted });
  }
  return out;
}

/** The snippet as plain text ("…a trial of follow-the-sun…"), e.g. for an accessible name. */
export function snippetText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

export type SearchKind = 'TALKING_POINT' | 'SHARED_NOTES' | 'PRIVATE_NOTES' | 'COMMENT' | 'ACTION_ITEM';

/** What matched, in the product's words. */
export const KIND_LABEL: Record<SearchKind, string> = {
  TALKING_POINT: 'Talking point',
  SHARED_NOTES: 'Shared notes',
  PRIVATE_NOTES: 'Your private notes',
  COMMENT: 'Comment',
  ACTION_ITEM: 'Action item',
};

/** The query worth sending: trimmed, collapsed spaces; empty (no search) under 2 characters. */
export function searchTerms(text: string): string {
  const terms = text.trim().replace(/\s+/g, ' ');
  return terms.length < 2 ? '' : terms;
}

/** "1 result", "12 results". */
export function resultCount(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
