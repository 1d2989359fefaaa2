import { useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { Alert, EmptyState } from '../../../ui/Status';
import { TEMPLATE_GROUPS, canArchive, groupByKind } from '../utils/kinds';
import { NEW_TEMPLATE_PATH } from '../utils/paths';
import { TemplateListItem } from './TemplateListItem';
import './templates.css';

export const TemplateLibraryViewerFragment = graphql(`
  fragment TemplateLibrary_viewer on User {
    id
    isAdmin
  }
`);

export const TemplateLibraryTemplateFragment = graphql(`
  fragment TemplateLibrary_template on Template {
    id
    kind
    isArchived
    ...TemplateListItem_template
  }
`);

/** The templates the viewer can use, grouped by who provides them. */
export function TemplateLibrary({
  viewer,
  templates,
}: {
  viewer: FragmentType<typeof TemplateLibraryViewerFragment>;
  templates: readonly FragmentType<typeof TemplateLibraryTemplateFragment>[];
}) {
  const { isAdmin } = getFragmentData(TemplateLibraryViewerFragment, viewer);
  const list = templates.map((t) => getFragmentData(TemplateLibraryTemplateFragment, t)).filter((t) => !t.isArchived);
  const groups = groupByKind(list);
  const [archived, setArchived] = useState<string | null>(null);

  return (
    <div className="stack stack--lg">
      {archived ? (
        <Alert tone="success">
          <p>“{archived}” was archived.</p>
        </Alert>
      ) : null}
      {TEMPLATE_GROUPS.map(({ kind, title, empty }) => {
        const items = groups[kind];
        const headingId = `templates-${kind.toLowerCase()}`;
        return (
          <Card key={kind} title={title} titleId={headingId}>
            {items.length === 0 ? (
              <EmptyState title={empty}>
                {kind === 'PERSONAL' ? (
                  <p>
                    <Link to={NEW_TEMPLATE_PATH}>Create a template</Link> with the talking points you use most.
                  </p>
                ) : null}
              </EmptyState>
            ) : (
              <ul className="template-list" aria-labelledby={headingId}>
                {items.map((template) => (
                  <TemplateListItem
                    key={template.id}
                    template={template}
                    archivable={canArchive(kind, isAdmin)}
                    onArchived={setArchived}
                  />
                ))}
              </ul>
            )}
          </Card>
        );
      })}
    </div>
  );
}
