import { compareOrder } from './order';

/** The heading of items without a section. */
export const NO_SECTION = 'Other topics';

export interface AgendaEntry {
  id: string;
  text: string;
  done: boolean;
  author: string;
  section: string;
  topic: string | null;
  order: string;
  deleted: boolean;
}

export interface AgendaSection<T extends AgendaEntry = AgendaEntry> {
  title: string;
  items: T[];
}

export interface AgendaView<T extends AgendaEntry = AgendaEntry> {
  /** Live items in agenda order. */
  ordered: T[];
  /** Live items by section; sections in the order of their first item. */
  sections: AgendaSection<T>[];
  /** Soft-deleted items, in agenda order. */
  deleted: T[];
}

/** Sorts the items and groups the live ones into sections. */
export function groupAgenda<T extends AgendaEntry>(items: readonly T[]): AgendaView<T> {
  const sorted = [...items].sort(compareOrder);
  const ordered = sorted.filter((item) => !item.deleted);
  const bySection = new Map<string, T[]>();
  for (const item of ordered) {
    const list = bySection.get(item.section);
    if (list) list.push(item);
    else bySection.set(item.section, [item]);
  }
  return {
    ordered,
    sections: [...bySection].map(([title, list]) => ({ title, items: list })),
    deleted: sorted.filter((item) => item.deleted),
  };
}
