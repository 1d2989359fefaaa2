import { graphql, getFragmentData, type FragmentType } from '../../../gql';

export const TemplateSectionsFragment = graphql(`
  fragment TemplateSections_template on Template {
    id
    name
    description
    sections {
      title
      prompts
    }
  }
`);

/** A template's sections and talking points, folded away until asked for. */
export function TemplateSections({ template }: { template: FragmentType<typeof TemplateSectionsFragment> }) {
  const t = getFragmentData(TemplateSectionsFragment, template);
  return (
    <details className="template-sections">
      <summary>
        <span className="template-sections__name">{t.name}</span>{' '}
        <span className="muted">
          · {t.sections.length} {t.sections.length === 1 ? 'section' : 'sections'}
        </span>
      </summary>
      {t.description ? <p className="muted template-sections__description">{t.description}</p> : null}
      <ol className="template-sections__list">
        {t.sections.map((section) => (
          <li key={section.title}>
            <span className="template-sections__title">{section.title}</span>
            {section.prompts.length ? (
              <ul>
                {section.prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
