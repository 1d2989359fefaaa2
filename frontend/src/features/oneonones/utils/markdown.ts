/**
 * A small Markdown reader for showing shared notes safely: it yields plain data (blocks of inline
 * runs) that components render as React elements, so no HTML from the notes ever reaches the page.
 * Covers what the notes produce: headings, paragraphs, bullet/ordered/task lists, quotes, code
 * blocks, rules, and inline bold, italic, strikethrough, code and links (http, https, mailto only).
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'del'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export interface ListItem {
  /** null: not a task; true/false: a checked/unchecked task. */
  checked: boolean | null;
  content: Inline[];
}

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Inline Markdown to runs; anything unrecognised stays text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('\\') && rest.length > 1 && /[\\`*_~[\]()#+\-.!]/.test(rest.charAt(1))) {
      plain += rest.charAt(1);
      i += 2;
      continue;
    }
    const code = /^`([^`]+)`/.exec(rest);
    if (code?.[1] !== undefined) {
      flush();
      out.push({ kind: 'code', text: code[1] });
      i += code[0].length;
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (link?.[1] !== undefined && link[2] !== undefined) {
      flush();
      const children = parseInline(link[1]);
      if (SAFE_LINK.test(link[2])) out.push({ kind: 'link', href: link[2], children });
      else out.push(...children);
      i += link[0].length;
      continue;
    }
    const marks: [RegExp, 'strong' | 'em' | 'del'][] = [
      [/^\*\*(?=\S)([\s\S]*?\S)\*\*/, 'strong'],
      [/^__(?=\S)([\s\S]*?\S)__/, 'strong'],
      [/^~~(?=\S)([\s\S]*?\S)~~/, 'del'],
      [/^\*(?=\S)([\s\S]*?\S)\*/, 'em'],
      [/^_(?=\S)([\s\S]*?\S)_(?!\w)/, 'em'],
    ];
    let matched = false;
    for (const [pattern, kind] of marks) {
      const found = pattern.exec(rest);
      if (found?.[1] !== undefined && (kind !== 'em' || !/\w/.test(text.charAt(i - 1)) || rest.startsWith('*'))) {
        flush();
        out.push({ kind, children: parseInline(found[1]) });
        i += found[0].length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    plain += text.charAt(i);
    i += 1;
  }
  flush();
  return out;
}

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;

/** Markdown to blocks. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      i += 1;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      const fence = line.trim().slice(0, 3);
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith(fence)) {
        body.push(lines[i] ?? '');
        i += 1;
      }
      i += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      blocks.push({ kind: 'heading', level: heading[1].length, content: parseInline(heading[2]) });
      i += 1;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] ?? '')) {
        body.push((lines[i] ?? '').replace(/^\s*>\s?/, ''));
        i += 1;
      }
      blocks.push({ kind: 'quote', content: parseInline(body.join(' ')) });
      continue;
    }
    const first = LIST_ITEM.exec(line);
    if (first?.[1]) {
      const ordered = /\d/.test(first[1]);
      const items: ListItem[] = [];
      while (i < lines.length) {
        const item = LIST_ITEM.exec(lines[i] ?? '');
        if (!item?.[1] || /\d/.test(item[1]) !== ordered) break;
        const task = /^\[([ xX])\]\s+(.*)$/.exec(item[2] ?? '');
        items.push(
          task?.[1] !== undefined
            ? { checked: task[1] !== ' ', content: parseInline(task[2] ?? '') }
            : { checked: null, content: parseInline(item[2] ?? '') },
        );
        i += 1;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const body: string[] = [];
    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (!next.trim() || /^\s*(```|~~~|#{1,6}\s|>)/.test(next) || LIST_ITEM.test(next)) break;
      body.push(next.trim());
      i += 1;
    }
    blocks.push({ kind: 'paragraph', content: parseInline(body.join(' ')) });
  }
  return blocks;
}
