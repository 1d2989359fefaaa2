import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads the notes’ headings, lists and task lists', () => {
    expect(parseMarkdown('## Decisions\n\n- Trial on-call\n- Write-up\n\n- [x] Agree\n- [ ] Share')).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Decisions' }] },
      {
        kind: 'list',
        ordered: false,
        items: [
          { checked: null, content: [{ kind: 'text', text: 'Trial on-call' }] },
          { checked: null, content: [{ kind: 'text', text: 'Write-up' }] },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          { checked: true, content: [{ kind: 'text', text: 'Agree' }] },
          { checked: false, content: [{ kind: 'text', text: 'Share' }] },
        ],
      },
    ]);
  });

  it('joins paragraph lines and keeps code blocks verbatim', () => {
    expect(parseMarkdown('one\ntwo\n\n```\n<b>x</b>\n```')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'one two' }] },
      { kind: 'code', text: '<b>x</b>' },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic, strikethrough and code', () => {
    expect(parseInline('**Release** went *out* ~~late~~ `now`')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Release' }] },
      { kind: 'text', text: ' went ' },
      { kind: 'em', children: [{ kind: 'text', text: 'out' }] },
      { kind: 'text', text: ' ' },
      { kind: 'del', children: [{ kind: 'text', text: 'late' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'now' },
    ]);
  });

  it('keeps only safe links and leaves HTML as text', () => {
    expect(parseInline('[doc](https://x.example/a) [bad](javascript:alert) <img src=x>')).toEqual([
      { kind: 'link', href: 'https://x.example/a', children: [{ kind: 'text', text: 'doc' }] },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'bad' },
      { kind: 'text', text: ' <img src=x>' },
    ]);
  });

  it('does not treat snake_case as italic', () => {
    expect(parseInline('follow_the_sun')).toEqual([{ kind: 'text', text: 'follow_the_sun' }]);
  });
});
