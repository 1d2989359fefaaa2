import type { TemplateKind } from '../../../gql/graphql';

/** The groups of the template list, in the order they are shown. */
export const TEMPLATE_GROUPS: readonly { kind: TemplateKind; title: string; empty: string }[] = [
  { kind: 'BUILTIN', title: 'Built in', empty: 'No built-in templates.' },
  { kind: 'ORGANISATION', title: 'Your organisation', empty: 'Nobody has published a template to the organisation yet.' },
  { kind: 'PERSONAL', title: 'Yours', empty: 'You have no templates of your own yet.' },
];

/** Splits templates by kind, keeping the API's order within each kind. */
export function groupByKind<T extends { kind: TemplateKind }>(templates: readonly T[]): Record<TemplateKind, T[]> {
  const groups: Record<TemplateKind, T[]> = { BUILTIN: [], ORGANISATION: [], PERSONAL: [] };
  for (const template of templates) groups[template.kind].push(template);
  return groups;
}

/**
 * Whether the viewer may archive a template: their own (the list only holds the viewer's personal
 * ones), or, for admins, the organisation's. Built-in templates are never archived.
 */
export function canArchive(kind: TemplateKind, viewerIsAdmin: boolean): boolean {
  return kind === 'PERSONAL' || (kind === 'ORGANISATION' && viewerIsAdmin);
}
