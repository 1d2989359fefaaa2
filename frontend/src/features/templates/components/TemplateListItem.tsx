import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Badge } from '../../../ui/Card';
import { ConfirmDialog } from '../../../ui/Dialog';

export const TemplateListItemFragment = graphql(`
  fragment TemplateListItem_template on Template {
    id
    name
    description
    oneTime
    sections {
      title
      prompts
    }
  }
`);

const ArchiveTemplateMutation = graphql(`
  mutation ArchiveTemplate($input: TemplateIdInput!) {
    archiveTemplate(input: $input) {
      template {
        id
        isArchived
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

/** One template: its name, what it is for, its sections folded away, and (when allowed) Archive. */
export function TemplateListItem({
  template,
  archivable,
  onArchived,
}: {
  template: FragmentType<typeof TemplateListItemFragment>;
  archivable: boolean;
  onArchived: (name: string) => void;
}) {
  const t = getFragmentData(TemplateListItemFragment, template);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, archive] = useMutation(ArchiveTemplateMutation);
  const count = t.sections.length;

  async function confirmArchive() {
    setError(null);
    const result = await archive({ input: { templateId: t.id } }, { additionalTypenames: ['Template'] });
    if (result.error) {
      setError(describeError(result.error));
      return;
    }
    const firstError = result.data?.archiveTemplate.errors[0];
    if (firstError) {
      setError(firstError.message);
      return;
    }
    setConfirming(false);
    onArchived(t.name);
  }

  return (
    <li className="template-item" aria-labelledby={`${id}-name`}>
      <div className="template-item__header">
        <div className="template-item__main">
          <h3 className="template-item__name" id={`${id}-name`}>
            {t.name}
          </h3>
          {t.oneTime ? <Badge tone="warning">One-time</Badge> : null}
        </div>
        {archivable ? (
          <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Archive ${t.name}`}>
            Archive
          </Button>
        ) : null}
      </div>
      {t.description ? <p className="template-item__description muted">{t.description}</p> : null}
      <details className="template-item__details">
        <summary>
          {count} {count === 1 ? 'section' : 'sections'}
          <span className="visually-hidden"> of {t.name}</span>
        </summary>
        <ol className="template-sections__list">
          {t.sections.map((section, index) => (
            <li key={`${String(index)}-${section.title}`}>
              <span className="template-sections__title">{section.title}</span>
              {section.prompts.length ? (
                <ul>
                  {section.prompts.map((prompt, promptIndex) => (
                    <li key={`${String(promptIndex)}-${prompt}`}>{prompt}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
      {archivable ? (
        <ConfirmDialog
          open={confirming}
          title={`Archive “${t.name}”?`}
          confirmLabel="Archive template"
          busy={fetching}
          error={error}
          onConfirm={() => void confirmArchive()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          <p>It will no longer be offered for new 1:1s. 1:1s that already use it keep their talking points.</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
