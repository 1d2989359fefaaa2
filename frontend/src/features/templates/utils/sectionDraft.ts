/** Limits the API enforces on a new template (see createTemplate). */
export const MAX_SECTIONS = 30;
export const MAX_PROMPTS = 30;
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 1000;
export const MAX_SECTION_TITLE = 200;
export const MAX_PROMPT = 500;

export interface PromptDraft {
  /** Stable React key; never sent. */
  key: string;
  text: string;
}

export interface SectionDraft {
  key: string;
  title: string;
  prompts: PromptDraft[];
}

export interface SectionsState {
  sections: SectionDraft[];
  /** Next number for a key: keeps the reducer pure. */
  nextKey: number;
}

export type SectionsAction =
  | { type: 'addSection' }
  | { type: 'removeSection'; key: string }
  | { type: 'moveSection'; key: string; by: -1 | 1 }
  | { type: 'setTitle'; key: string; title: string }
  | { type: 'addPrompt'; sectionKey: string }
  | { type: 'removePrompt'; sectionKey: string; promptKey: string }
  | { type: 'setPrompt'; sectionKey: string; promptKey: string; text: string };

/** One empty section with one empty talking point: what the form starts from. */
export function initialSections(): SectionsState {
  return { sections: [{ key: 's0', title: '', prompts: [{ key: 'p1', text: '' }] }], nextKey: 2 };
}

function updateSection(state: SectionsState, key: string, update: (section: SectionDraft) => SectionDraft): SectionsState {
  return { ...state, sections: state.sections.map((section) => (section.key === key ? update(section) : section)) };
}

export function sectionsReducer(state: SectionsState, action: SectionsAction): SectionsState {
  switch (action.type) {
    case 'addSection': {
      if (state.sections.length >= MAX_SECTIONS) return state;
      const section: SectionDraft = {
        key: `s${state.nextKey}`,
        title: '',
        prompts: [{ key: `p${state.nextKey + 1}`, text: '' }],
      };
      return { sections: [...state.sections, section], nextKey: state.nextKey + 2 };
    }
    case 'removeSection':
      return { ...state, sections: state.sections.filter((section) => section.key !== action.key) };
    case 'moveSection': {
      const from = state.sections.findIndex((section) => section.key === action.key);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= state.sections.length) return state;
      const sections = [...state.sections];
      const [moved] = sections.splice(from, 1);
      if (!moved) return state;
      sections.splice(to, 0, moved);
      return { ...state, sections };
    }
    case 'setTitle':
      return updateSection(state, action.key, (section) => ({ ...section, title: action.title }));
    case 'addPrompt': {
      const target = state.sections.find((section) => section.key === action.sectionKey);
      if (!target || target.prompts.length >= MAX_PROMPTS) return state;
      const next = updateSection(state, action.sectionKey, (section) => ({
        ...section,
        prompts: [...section.prompts, { key: `p${state.nextKey}`, text: '' }],
      }));
      return { ...next, nextKey: state.nextKey + 1 };
    }
    case 'removePrompt':
      return updateSection(state, action.sectionKey, (section) => ({
        ...section,
        prompts: section.prompts.filter((prompt) => prompt.key !== action.promptKey),
      }));
    case 'setPrompt':
      return updateSection(state, action.sectionKey, (section) => ({
        ...section,
        prompts: section.prompts.map((prompt) => (prompt.key === action.promptKey ? { ...prompt, text: action.text } : prompt)),
      }));
  }
}

/** The key the next added section gets (to move focus to it). */
export function nextSectionKey(state: SectionsState): string {
  return `s${state.nextKey}`;
}

/** The key the next added talking point gets. */
export function nextPromptKey(state: SectionsState): string {
  return `p${state.nextKey}`;
}

/** Collapses runs of whitespace and trims, as the API does. */
function tidy(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

export interface SectionInput {
  title: string;
  prompts: string[];
}

/** What is sent: titles tidied, empty talking points left out. */
export function toSectionInputs(sections: readonly SectionDraft[]): SectionInput[] {
  return sections.map((section) => ({
    title: tidy(section.title),
    prompts: section.prompts.map((prompt) => tidy(prompt.text)).filter(Boolean),
  }));
}

export interface SectionProblems {
  /** About the list as a whole (none, too many). */
  list: string | null;
  /** Per section key: what is wrong with its title. */
  titles: Partial<Record<string, string>>;
}

/** Checks made before sending, so each problem can be shown at the section it is about. */
export function checkSections(sections: readonly SectionDraft[]): SectionProblems {
  const titles: Partial<Record<string, string>> = {};
  for (const section of sections) {
    const title = tidy(section.title);
    if (!title) titles[section.key] = 'Give this section a title.';
    else if (title.length > MAX_SECTION_TITLE) titles[section.key] = `Use at most ${MAX_SECTION_TITLE} characters.`;
  }
  let list: string | null = null;
  if (sections.length === 0) list = 'Add at least one section.';
  else if (sections.length > MAX_SECTIONS) list = `Use at most ${MAX_SECTIONS} sections.`;
  return { list, titles };
}

export function hasSectionProblems(problems: SectionProblems): boolean {
  return problems.list !== null || Object.keys(problems.titles).length > 0;
}
