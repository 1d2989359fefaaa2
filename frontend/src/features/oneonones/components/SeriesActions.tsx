import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { editOneOnOnePath } from '../utils/paths';

export const SeriesActionsFragment = graphql(`
  fragment SeriesActions_oneOnOne on OneOnOne {
    id
    title
    status
    canArchive
    canDelete
    viewerHasLeft
    counterpart {
      id
      name
    }
  }
`);

const ArchiveOneOnOneMutation = graphql(`
  mutation ArchiveOneOnOne($input: OneOnOneIdInput!) {
    archiveOneOnOne(input: $input) {
      oneOnOne {
        id
        ...SeriesActions_oneOnOne
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const DeleteOneOnOneMutation = graphql(`
  mutation DeleteOneOnOne($input: OneOnOneIdInput!) {
    deleteOneOnOne(input: $input) {
      deletedId
      errors {
        field
        message
        code
      }
    }
  }
`);

const LeaveOneOnOneMutation = graphql(`
  mutation LeaveOneOnOne($input: OneOnOneIdInput!) {
    leaveOneOnOne(input: $input) {
      oneOnOne {
        id
        ...SeriesActions_oneOnOne
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

type Action = 'archive' | 'delete' | 'leave';

/** Edit, archive, delete or leave a series — each offered only when the API allows it. */
export function SeriesActions({
  oneOnOne,
  onDeleted,
}: {
  oneOnOne: FragmentType<typeof SeriesActionsFragment>;
  onDeleted: () => void;
}) {
  const o = getFragmentData(SeriesActionsFragment, oneOnOne);
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [archiveState, archive] = useMutation(ArchiveOneOnOneMutation);
  const [deleteState, remove] = useMutation(DeleteOneOnOneMutation);
  const [leaveState, leave] = useMutation(LeaveOneOnOneMutation);
  const busy = archiveState.fetching || deleteState.fetching || leaveState.fetching;
  const active = o.status === 'ACTIVE' && !o.viewerHasLeft;
  const other = o.counterpart?.name ?? 'the other person';

  async function perform(action: Action): Promise<string | null> {
    const input = { oneOnOneId: o.id };
    const context = { additionalTypenames: ['OneOnOne', 'Meeting'] };
    if (action === 'archive') {
      const result = await archive({ input }, context);
      return result.error ? describeError(result.error) : (result.data?.archiveOneOnOne.errors[0]?.message ?? null);
    }
    if (action === 'delete') {
      const result = await remove({ input }, context);
      return result.error ? describeError(result.error) : (result.data?.deleteOneOnOne.errors[0]?.message ?? null);
    }
    const result = await leave({ input }, context);
    return result.error ? describeError(result.error) : (result.data?.leaveOneOnOne.errors[0]?.message ?? null);
  }

  async function run() {
    if (!confirming) return;
    setError(null);
    const failure = await perform(confirming);
    if (failure) {
      setError(failure);
      return;
    }
    const deleted = confirming === 'delete';
    setConfirming(null);
    if (deleted) onDeleted();
  }

  const open = (action: Action) => {
    setError(null);
    setConfirming(action);
  };

  return (
    <div className="series-actions">
      {active ? (
        <Link className="btn btn--secondary" to={editOneOnOnePath(o.id)}>
          <span>Edit series</span>
        </Link>
      ) : null}
      {o.canArchive && o.status === 'ACTIVE' ? <Button onClick={() => open('archive')}>Archive</Button> : null}
      {o.canDelete ? (
        <Button variant="danger" onClick={() => open('delete')}>
          Delete
        </Button>
      ) : null}
      {active ? (
        <Button variant="danger" onClick={() => open('leave')}>
          Leave
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming === 'archive'}
        title={`Archive “${o.title}”?`}
        confirmLabel="Archive"
        confirmVariant="primary"
        busy={busy}
        error={error}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(null)}
      >
        <p>No new meetings will be scheduled and upcoming ones are removed. The history stays readable for you and {other}.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${o.title}”?`}
        confirmLabel="Delete 1:1"
        busy={busy}
        error={error}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(null)}
      >
        <p>No meeting of it has been held yet. It disappears for you and {other}. This cannot be undone.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'leave'}
        title={`Leave “${o.title}”?`}
        confirmLabel="Leave 1:1"
        cancelLabel="Stay"
        busy={busy}
        error={error}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(null)}
      >
        <p>
          Its upcoming meetings are cancelled for both you and {other}, and nothing new is scheduled. The history stays
          readable for both of you.
        </p>
      </ConfirmDialog>
    </div>
  );
}
