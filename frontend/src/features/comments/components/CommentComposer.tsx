import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Status';
import type { MentionCandidate } from '../utils/mentions';
import { MentionTextarea } from './MentionTextarea';

const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
      errors {
        field
        message
      }
    }
  }
`);

/** What a new comment is about: the meeting, a talking point, or the comment it replies to. */
export type CommentTarget = { meetingId: string } | { talkingPointId: string } | { parentId: string };

/** The form for a new comment or reply. */
export function CommentComposer({
  target,
  people,
  label,
  submitLabel,
  placeholder,
  autoFocus,
  extra,
  onDone,
  onCancel,
}: {
  target: CommentTarget;
  people: readonly MentionCandidate[];
  label: string;
  submitLabel: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Fields shown before the text (e.g. what it is about). */
  extra?: ReactNode;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddCommentMutation);

  async function submit() {
    if (!body.trim() || fetching) return;
    setError(null);
    const result = await add({ input: { ...target, body } }, { additionalTypenames: ['Comment'] });
    const failure = result.error ? describeError(result.error) : result.data?.addComment.errors[0]?.message;
    if (failure) {
      setError(failure);
      return;
    }
    setBody('');
    onDone?.();
  }

  return (
    <form
      className="comment-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      {extra}
      <MentionTextarea
        label={label}
        value={body}
        onChange={setBody}
        people={people}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onSubmitShortcut={() => void submit()}
      />
      <div className="comment-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={fetching} disabled={!body.trim()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
