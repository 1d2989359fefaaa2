import { describe, expect, it } from 'vitest';
import {
  MAX_PROMPTS,
  MAX_SECTIONS,
  checkSections,
  hasSectionProblems,
  initialSections,
  nextPromptKey,
  nextSectionKey,
  sectionsReducer,
  toSectionInputs,
  type SectionsAction,
  type SectionsState,
} from './sectionDraft';

function run(...actions: SectionsAction[]): SectionsState {
  return actions.reduce(sectionsReducer, initialSections());
}

const titles = (state: SectionsState) => state.sections.map((s) => s.title);

/** Three sections titled A, B, C. */
function abc(): SectionsState {
  const state = run({ type: 'addSection' }, { type: 'addSection' });
  const [a, b, c] = state.sections.map((s) => s.key);
  return [
    { type: 'setTitle', key: a ?? '', title: 'A' },
    { type: 'setTitle', key: b ?? '', title: 'B' },
    { type: 'setTitle', key: c ?? '', title: 'C' },
  ].reduce<SectionsState>((s, action) => sectionsReducer(s, action as SectionsAction), state);
}

describe('sectionsReducer', () => {
  it('starts with one empty section holding one empty talking point', () => {
    const state = initialSections();
    expect(state.sections).toHaveLength(1);
    expect(state.sections[0]?.prompts).toHaveLength(1);
  });

  it('adds sections with unique keys, the key nextSectionKey announced', () => {
    const before = initialSections();
    const expected = nextSectionKey(before);
    const after = sectionsReducer(before, { type: 'addSection' });
    expect(after.sections).toHaveLength(2);
    expect(after.sections[1]?.key).toBe(expected);
    const keys = [...after.sections.map((s) => s.key), ...after.sections.flatMap((s) => s.prompts.map((p) => p.key))];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not add more than the API allows', () => {
    let state = initialSections();
    for (let i = 0; i < MAX_SECTIONS + 5; i++) state = sectionsReducer(state, { type: 'addSection' });
    expect(state.sections).toHaveLength(MAX_SECTIONS);
    const key = state.sections[0]?.key ?? '';
    for (let i = 0; i < MAX_PROMPTS + 5; i++) state = sectionsReducer(state, { type: 'addPrompt', sectionKey: key });
    expect(state.sections[0]?.prompts).toHaveLength(MAX_PROMPTS);
  });

  it('removes a section by key', () => {
    const state = abc();
    const b = state.sections[1]?.key ?? '';
    expect(titles(sectionsReducer(state, { type: 'removeSection', key: b }))).toEqual(['A', 'C']);
  });

  it('moves sections up and down, and not past either end', () => {
    const state = abc();
    const [a, , c] = state.sections.map((s) => s.key);
    expect(titles(sectionsReducer(state, { type: 'moveSection', key: c ?? '', by: -1 }))).toEqual(['A', 'C', 'B']);
    expect(titles(sectionsReducer(state, { type: 'moveSection', key: a ?? '', by: 1 }))).toEqual(['B', 'A', 'C']);
    expect(sectionsReducer(state, { type: 'moveSection', key: a ?? '', by: -1 })).toBe(state);
    expect(sectionsReducer(state, { type: 'moveSection', key: c ?? '', by: 1 })).toBe(state);
    expect(sectionsReducer(state, { type: 'moveSection', key: 'nope', by: 1 })).toBe(state);
  });

  it('adds, edits and removes talking points of one section only', () => {
    const state = abc();
    const [a, b] = state.sections.map((s) => s.key);
    const promptKey = nextPromptKey(state);
    let next = sectionsReducer(state, { type: 'addPrompt', sectionKey: b ?? '' });
    expect(next.sections[1]?.prompts.map((p) => p.key)).toContain(promptKey);
    next = sectionsReducer(next, { type: 'setPrompt', sectionKey: b ?? '', promptKey, text: 'What went well?' });
    expect(next.sections[1]?.prompts.at(-1)?.text).toBe('What went well?');
    expect(next.sections[0]).toBe(state.sections[0]);
    next = sectionsReducer(next, { type: 'removePrompt', sectionKey: b ?? '', promptKey });
    expect(next.sections[1]?.prompts).toHaveLength(1);
    expect(sectionsReducer(state, { type: 'addPrompt', sectionKey: a ?? '' }).nextKey).toBe(state.nextKey + 1);
  });
});

describe('toSectionInputs', () => {
  it('tidies titles and talking points and drops empty ones, keeping the order', () => {
    expect(
      toSectionInputs([
        {
          key: 's1',
          title: '  Wins   this week ',
          prompts: [
            { key: 'p1', text: '' },
            { key: 'p2', text: ' What   shipped? ' },
            { key: 'p3', text: '   ' },
            { key: 'p4', text: 'Who helped?' },
          ],
        },
        { key: 's2', title: 'Blockers', prompts: [] },
      ]),
    ).toEqual([
      { title: 'Wins this week', prompts: ['What shipped?', 'Who helped?'] },
      { title: 'Blockers', prompts: [] },
    ]);
  });
});

describe('checkSections', () => {
  it('asks for at least one section', () => {
    const problems = checkSections([]);
    expect(problems.list).toBe('Add at least one section.');
    expect(hasSectionProblems(problems)).toBe(true);
  });

  it('names the sections without a usable title', () => {
    const problems = checkSections([
      { key: 's1', title: '   ', prompts: [] },
      { key: 's2', title: 'Fine', prompts: [] },
      { key: 's3', title: 'x'.repeat(201), prompts: [] },
    ]);
    expect(problems.list).toBeNull();
    expect(Object.keys(problems.titles)).toEqual(['s1', 's3']);
  });

  it('passes a good list', () => {
    expect(hasSectionProblems(checkSections([{ key: 's1', title: 'Check-in', prompts: [] }]))).toBe(false);
  });
});
