/** The smallest single splice turning one string into another. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Common prefix and suffix of `before` and `after`; what lies between is deleted and inserted.
 * Never splits a surrogate pair. Null when nothing changed.
 */
export function diffText(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** One step of a Yjs text delta. */
export interface DeltaOp {
  retain?: number | undefined;
  insert?: unknown;
  delete?: number | undefined;
}

/**
 * Where a caret at `position` lands after a change described by a Yjs text `delta` (made by
 * someone else). Text inserted exactly at the caret goes after it; deleted text around it pulls it back.
 */
export function adjustPosition(position: number, delta: readonly DeltaOp[]): number {
  let index = 0;
  let result = position;
  for (const op of delta) {
    if (index > position) break;
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index < position) result += length;
    } else if (op.delete !== undefined) {
      if (index < position) result -= Math.min(op.delete, position - index);
      index += op.delete;
    }
  }
  return Math.max(0, result);
}
