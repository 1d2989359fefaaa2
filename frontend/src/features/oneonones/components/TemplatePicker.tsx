import { useId } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { TemplateKind } from '../../../gql/graphql';
import { Badge } from '../../../ui/Card';
import { TEMPLATES_PATH } from '../../templates/utils/paths';

export const TemplatePickerFragment = graphql(`
  fragment TemplatePicker_template on Template {
    id
    name
    description
    kind
    oneTime
    isArchived
    sections {
      title
    }
  }
`);

const KIND_LABEL: Record<TemplateKind, string> = { BUILTIN: 'Built in', ORGANISATION: 'Organisation', PERSONAL: 'Yours' };
const SECTIONS_SHOWN = 6;

/** Radio cards: no template, or one of the templates with a preview of its sections. */
export function TemplatePicker({
  templates,
  value,
  onChange,
  error,
}: {
  templates: readonly FragmentType<typeof TemplatePickerFragment>[];
  value: string | null;
  onChange: (templateId: string | null) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const list = templates.map((t) => getFragmentData(TemplatePickerFragment, t)).filter((t) => !t.isArchived || t.id === value);
  return (
    <fieldset className={`field fieldset${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">Template</legend>
      <p className="field__hint template-picker__hint">
        New meetings start their agenda from its talking points. <Link to={TEMPLATES_PATH}>Manage templates</Link>
      </p>
      <div className="template-picker">
        <label className={`template-card${value === null ? ' template-card--selected' : ''}`}>
          <input type="radio" name={`${id}-template`} checked={value === null} onChange={() => onChange(null)} aria-labelledby={`${id}-none`} />
          <span className="template-card__body">
            <span className="template-card__name" id={`${id}-none`}>
              No template
            </span>
            <span className="template-card__description muted">Start each agenda empty.</span>
          </span>
        </label>
        {list.map((template) => (
          <label key={template.id} className={`template-card${value === template.id ? ' template-card--selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-template`}
              checked={value === template.id}
              onChange={() => onChange(template.id)}
              aria-labelledby={`${id}-${template.id}-name`}
              aria-describedby={`${id}-${template.id}-description`}
            />
            <span className="template-card__body">
              <span className="template-card__name">
                <span id={`${id}-${template.id}-name`}>{template.name}</span>{' '}
                <Badge>{KIND_LABEL[template.kind]}</Badge>
                {template.oneTime ? <Badge tone="warning">One-time</Badge> : null}
              </span>
              <span className="template-card__description muted" id={`${id}-${template.id}-description`}>
                {template.description}
              </span>
              {template.sections.length ? (
                <span className="template-card__sections">
                  {template.sections
                    .slice(0, SECTIONS_SHOWN)
                    .map((section) => section.title)
                    .join(' · ')}
                  {template.sections.length > SECTIONS_SHOWN ? ` · +${template.sections.length - SECTIONS_SHOWN} more` : ''}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
