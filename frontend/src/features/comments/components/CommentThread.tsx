import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { CommentView_CommentFragment } from '../../../gql/graphql';
import { formatDateTime, formatRelative } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Avatar } from '../../../ui/Card';
import { ConfirmDialog } from '../../../ui/Dialog';
import { Alert } from '../../../ui/Status';
import type { MentionCandidate } from '../utils/mentions';
import { splitMentions } from '../utils/mentions';
import { CommentComposer } from './CommentComposer';
import { MentionTextarea } from './MentionTextarea';
import './comments.css';

export const CommentViewFragment = graphql(`
  fragment CommentView_comment on Comment {
    id
    body
    createdAt
    editedAt
    deleted
    viewerIsAuthor
    author {
      id
      name
    }
  }
`);

export const CommentThreadFragment = graphql(`
  fragment CommentThread_comment on Comment {
    id
    ...CommentView_comment
    replies {
      id
      ...CommentView_comment
    }
  }
`);

const UpdateCommentMutation = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      comment {
        id
        body
        editedAt
      }
      errors {
        field
        message
      }
    }
  }
`);

const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: CommentIdInput!) {
    deleteComment(input: $input) {
      comment {
        id
        body
        deleted
      }
      errors {
        field
        message
      }
    }
  }
`);

export interface ThreadContext {
  /** Who may be @-mentioned. */
  people: readonly MentionCandidate[];
  /** Both participants' names, to show mentions of either. */
  names: readonly string[];
  timeZone: string;
}

/** A comment with its replies (one level), a way to reply, and edit/delete for one's own. */
export function CommentThread({
  comment,
  context,
  about,
}: {
  comment: FragmentType<typeof CommentThreadFragment>;
  context: ThreadContext;
  /** What it is about, when the list mixes the meeting's and talking points' comments. */
  about?: string | null;
}) {
  const thread = getFragmentData(CommentThreadFragment, comment);
  const first = getFragmentData(CommentViewFragment, thread);
  const [replying, setReplying] = useState(false);
  return (
    <li className="comment-thread">
      <CommentView comment={first} context={context} about={about ?? null} />
      {thread.replies.length > 0 ? (
        <ul className="comment-replies" aria-label={`Replies to ${first.author?.name ?? 'a deleted comment'}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentView comment={getFragmentData(CommentViewFragment, reply)} context={context} about={null} />
            </li>
          ))}
        </ul>
      ) : null}
      {first.deleted ? null : replying ? (
        <div className="comment-replies comment-replies--composer">
          <CommentComposer
            target={{ parentId: thread.id }}
            people={context.people}
            label="Reply"
            submitLabel="Reply"
            autoFocus
            onDone={() => setReplying(false)}
            onCancel={() => setReplying(false)}
          />
        </div>
      ) : (
        <div className="comment-thread__reply">
          <Button size="sm" variant="ghost" onClick={() => setReplying(true)} aria-label={`Reply to ${first.author?.name ?? 'this comment'}`}>
            Reply
          </Button>
        </div>
      )}
    </li>
  );
}

function CommentView({ comment, context, about }: { comment: CommentView_CommentFragment; context: ThreadContext; about: string | null }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [updateState, update] = useMutation(UpdateCommentMutation);
  const [deleteState, remove] = useMutation(DeleteCommentMutation);
  const author = comment.author?.name ?? 'Someone';

  if (comment.deleted) {
    return (
      <article className="comment comment--deleted" aria-label="Deleted comment">
        <p className="comment__body muted">This comment was deleted.</p>
      </article>
    );
  }

  async function save() {
    setError(null);
    const result = await update({ input: { commentId: comment.id, body: draft } });
    const failure = result.error ? describeError(result.error) : result.data?.updateComment.errors[0]?.message;
    if (failure) {
      setError(failure);
      return;
    }
    setEditing(false);
  }

  async function confirmDelete() {
    setError(null);
    const result = await remove({ input: { commentId: comment.id } });
    const failure = result.error ? describeError(result.error) : result.data?.deleteComment.errors[0]?.message;
    if (failure) {
      setError(failure);
      return;
    }
    setConfirming(false);
  }

  return (
    <article className="comment" aria-label={`Comment by ${author}`}>
      <Avatar name={author} size="sm" />
      <div className="comment__main">
        <p className="comment__meta">
          <strong>{author}</strong>{' '}
          <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt, undefined, context.timeZone)}>
            {formatRelative(comment.createdAt)}
          </time>
          {comment.editedAt ? (
            <span className="comment__edited" title={`Edited ${formatDateTime(comment.editedAt, undefined, context.timeZone)}`}>
              {' '}
              · edited
            </span>
          ) : null}
          {about ? <span className="comment__about"> · about “{about}”</span> : null}
        </p>
        {error && !confirming ? (
          <Alert tone="error">
            <p>{error}</p>
          </Alert>
        ) : null}
        {editing ? (
          <form
            className="comment-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <MentionTextarea
              label="Edit comment"
              value={draft}
              onChange={setDraft}
              people={context.people}
              autoFocus
              onSubmitShortcut={() => void save()}
            />
            <div className="comment-form__actions">
              <Button type="submit" variant="primary" size="sm" busy={updateState.fetching} disabled={!draft.trim()}>
                Save
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <p className="comment__body">
            {splitMentions(comment.body, context.names.flatMap((name) => [name, name.split(' ')[0] ?? name])).map((run, index) =>
              run.mention ? (
                <strong key={index} className="mention">
                  {run.text}
                </strong>
              ) : (
                <span key={index}>{run.text}</span>
              ),
            )}
          </p>
        )}
        {comment.viewerIsAuthor && !editing ? (
          <div className="comment__actions">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setDraft(comment.body);
                setEditing(true);
              }}
              aria-label="Edit your comment"
            >
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label="Delete your comment">
              Delete
            </Button>
          </div>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        confirmVariant="danger"
        cancelLabel="Keep it"
        busy={deleteState.fetching}
        error={error}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirming(false)}
      >
        <p>Its text is erased for both of you. If someone replied, a “deleted” placeholder keeps the thread.</p>
      </ConfirmDialog>
    </article>
  );
}
