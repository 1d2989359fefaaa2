import { useReducer, useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { CheckboxField, FormErrors, TextAreaField, TextField } from '../../../ui/Field';
import {
  MAX_DESCRIPTION,
  MAX_NAME,
  checkSections,
  hasSectionProblems,
  initialSections,
  sectionsReducer,
  toSectionInputs,
  type SectionProblems,
  type SectionsAction,
} from '../utils/sectionDraft';
import { SectionListEditor } from './SectionListEditor';
import './templates.css';

export const NewTemplateFormViewerFragment = graphql(`
  fragment NewTemplateForm_viewer on User {
    id
    isAdmin
  }
`);

const CreateTemplateMutation = graphql(`
  mutation CreateTemplate($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      template {
        id
        name
        kind
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['name', 'description', 'sections', 'oneTime'];
const NO_SECTION_PROBLEMS: SectionProblems = { list: null, titles: {} };

function without<T>(record: Partial<Record<string, T>>, key: string): Partial<Record<string, T>> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** A new template: name, purpose, sections of talking points; admins may publish it to everyone. */
export function NewTemplateForm({
  viewer,
  onCreated,
  onCancel,
}: {
  viewer: FragmentType<typeof NewTemplateFormViewerFragment>;
  onCreated: (templateId: string) => void;
  onCancel: () => void;
}) {
  const { isAdmin } = getFragmentData(NewTemplateFormViewerFragment, viewer);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [oneTime, setOneTime] = useState(false);
  const [organisation, setOrganisation] = useState(false);
  const [sections, dispatch] = useReducer(sectionsReducer, undefined, initialSections);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [sectionProblems, setSectionProblems] = useState<SectionProblems>(NO_SECTION_PROBLEMS);
  const [{ fetching }, create] = useMutation(CreateTemplateMutation);
  // Only admins see the organisation box; anyone else's error about it goes to the top.
  const fields = isAdmin ? [...FIELDS, 'organisation'] : FIELDS;

  /** A message about a field goes once the field is edited; the rest wait for the next attempt. */
  function clearError(field: string) {
    setErrors((current) => {
      if (!current.fields[field]) return current;
      return { ...current, fields: without(current.fields, field) };
    });
  }

  function editSections(action: SectionsAction) {
    dispatch(action);
    if (action.type === 'setTitle' || action.type === 'removeSection') {
      const key = action.key;
      setSectionProblems((current) => {
        if (!current.titles[key]) return current;
        return { ...current, titles: without(current.titles, key) };
      });
    } else if (action.type === 'addSection') {
      setSectionProblems((current) => (current.list ? { ...current, list: null } : current));
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!name.trim()) local.push({ field: 'name', message: 'Name the template.' });
    const problems = checkSections(sections.sections);
    if (local.length || hasSectionProblems(problems)) {
      setErrors(toFormErrors(local, fields));
      setSectionProblems(problems);
      return;
    }
    setErrors(noFormErrors);
    setSectionProblems(NO_SECTION_PROBLEMS);
    const result = await create(
      {
        input: {
          name: name.trim(),
          description: description.trim(),
          sections: toSectionInputs(sections.sections),
          oneTime,
          organisation: isAdmin && organisation,
        },
      },
      { additionalTypenames: ['Template'] },
    );
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.createTemplate;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, fields);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    if (payload.template) onCreated(payload.template.id);
  }

  return (
    <form className="form template-form" onSubmit={(event) => void submit(event)} noValidate aria-label="New template">
      <FormErrors messages={errors.form} />
      <div className="template-form__fields">
        <TextField
          label="Name"
          value={name}
          maxLength={MAX_NAME}
          autoComplete="off"
          onChange={(event) => {
            setName(event.target.value);
            clearError('name');
          }}
          error={errors.fields.name}
        />
        <TextAreaField
          label="Description"
          hint="Optional. What the template is for; shown when people pick one."
          value={description}
          maxLength={MAX_DESCRIPTION}
          rows={3}
          onChange={(event) => {
            setDescription(event.target.value);
            clearError('description');
          }}
          error={errors.fields.description}
        />
        <CheckboxField
          label="One-time"
          hint="For a single meeting, such as a first 1:1 or a quarterly review."
          checked={oneTime}
          onChange={(event) => setOneTime(event.target.checked)}
          error={errors.fields.oneTime}
        />
        {isAdmin ? (
          <CheckboxField
            label="Publish to the organisation"
            hint="Everyone can use it, and other admins can archive it. Otherwise only you see it."
            checked={organisation}
            onChange={(event) => setOrganisation(event.target.checked)}
            error={errors.fields.organisation}
          />
        ) : null}
      </div>
      <SectionListEditor
        state={sections}
        dispatch={editSections}
        error={sectionProblems.list ?? errors.fields.sections}
        titleErrors={sectionProblems.titles}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Create template
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
