import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Badge } from '../../../ui/Card';
import { emailKindLabel } from '../utils/kinds';
import { formatEmailTime } from '../utils/times';
import './mail.css';

// Who, what kind, and why it failed: never the subject or the content (an email about a 1:1 is
// private to its two people, and the API does not offer them).
export const FailedEmailRowFragment = graphql(`
  fragment FailedEmailRow_failedEmail on FailedEmail {
    id
    toAddress
    kind
    attempts
    lastError
    createdAt
    failedAt
  }
`);

const RetryFailedEmailMutation = graphql(`
  mutation RetryFailedEmail($input: RetryFailedEmailInput!) {
    retryFailedEmail(input: $input) {
      retried
      errors {
        field
        message
        code
      }
    }
  }
`);

function Time({ iso, timeZone }: { iso: string | null; timeZone: string }) {
  const text = formatEmailTime(iso, timeZone);
  if (!iso || !text) return <span className="muted">—</span>;
  return <time dateTime={iso}>{text}</time>;
}

/** An address that wraps before its "@" rather than mid-word. */
function Address({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}

function FailedEmailRow({ email, timeZone }: { email: FragmentType<typeof FailedEmailRowFragment>; timeZone: string }) {
  const e = getFragmentData(FailedEmailRowFragment, email);
  const [{ fetching }, retryEmail] = useMutation(RetryFailedEmailMutation);
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queuedRef = useRef<HTMLSpanElement>(null);
  const errorId = `failed-email-error-${e.id}`;
  const lastError = e.lastError?.trim() ?? '';

  // The button goes away once the email is queued; keep the keyboard where it was.
  useEffect(() => {
    if (queued) queuedRef.current?.focus();
  }, [queued]);

  async function retry() {
    setError(null);
    const result = await retryEmail({ input: { id: e.id } });
    if (result.error) { setError(describeError(result.error)); return; }
    const payload = result.data?.retryFailedEmail;
    if (payload?.errors[0]) { setError(payload.errors[0].message); return; }
    if (payload?.retried) setQueued(true);
  }

  return (
    <tr className={queued ? 'table__row--muted' : undefined}>
      <th scope="row" data-label="Recipient" className="failed-email__recipient">
        <Address address={e.toAddress} />
      </th>
      <td data-label="Kind">{emailKindLabel(e.kind)}</td>
      <td data-label="Attempts">{e.attempts}</td>
      <td data-label="Last error" className="mono failed-email__error">
        {lastError === '' ? <span className="muted">—</span> : lastError}
      </td>
      <td data-label="Queued at" className="failed-email__time">
        <Time iso={e.createdAt} timeZone={timeZone} />
      </td>
      <td data-label="Failed at" className="failed-email__time">
        <Time iso={e.failedAt} timeZone={timeZone} />
      </td>
      <td className="failed-email__action">
        {queued ? (
          <span ref={queuedRef} role="status" tabIndex={-1}>
            <Badge tone="success">Queued again</Badge>
          </span>
        ) : (
          <>
            <Button
              size="sm"
              busy={fetching}
              aria-label={`Retry the email to ${e.toAddress}`}
              aria-describedby={error ? errorId : undefined}
              onClick={() => void retry()}
            >
              Retry
            </Button>
            {error ? (
              <p id={errorId} className="field__error" role="alert">
                {error}
              </p>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}

/** Emails Tandem gave up delivering, each with a way to queue it again; times in `timeZone`. */
export function FailedEmailTable({
  emails,
  timeZone,
}: {
  emails: readonly { id: string; email: FragmentType<typeof FailedEmailRowFragment> }[];
  timeZone: string;
}) {
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Failed emails</caption>
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Kind</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
            <th scope="col">Queued at</th>
            <th scope="col">Failed at</th>
            <th scope="col">
              <span className="visually-hidden">Retry</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {emails.map(({ id, email }) => (
            <FailedEmailRow key={id} email={email} timeZone={timeZone} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
