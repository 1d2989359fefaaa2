import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import {
  RemovePrivateTalkingPointMutation,
  ShareTalkingPointMutation,
  UpdatePrivateTalkingPointMutation,
} from '../hooks/privateMutations';
import type { PrivatePoint } from '../hooks/usePrivateContent';
import { CarriedMarks } from './CarriedMark';
import { LockIcon } from './LockIcon';

/** How long typing rests before a private talking point's text is saved. */
const SAVE_AFTER_MS = 600;

/**
 * One of the viewer's private talking points, in the agenda among the shared ones: only its
 * author sees it. Saved through the talking-point mutations; "Share" moves it into the shared
 * agenda for good, after saying so.
 */
export function PrivateItemRow({ point, onNotice }: { point: PrivatePoint; onNotice: (message: string) => void }) {
  const [text, setText] = useState(point.text);
  // Shown at once; the server's answer (live, from any device) follows.
  const [checked, setChecked] = useState({ server: point.done, done: point.done });
  if (checked.server !== point.done) setChecked({ server: point.done, done: point.done });
  const done = checked.done;
  const [sharing, setSharing] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);
  const [saveState, update] = useMutation(UpdatePrivateTalkingPointMutation);
  const [shareState, share] = useMutation(ShareTalkingPointMutation);
  const [, remove] = useMutation(RemovePrivateTalkingPointMutation);
  const saved = useRef(point.text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focused = useRef(false);

  // Another device changed it: show that unless this one is being typed in.
  useEffect(() => {
    if (!focused.current && point.text !== saved.current) {
      saved.current = point.text;
      setText(point.text);
    }
  }, [point.text]);

  function save(value: string) {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (value === saved.current || !value.trim()) return;
    saved.current = value;
    void update({ input: { talkingPointId: point.id, text: value } });
  }

  // Whatever is still waiting goes when the row goes.
  const latest = useRef({ text, save });
  useEffect(() => {
    latest.current = { text, save };
  });
  useEffect(() => () => {
    if (timer.current !== undefined) latest.current.save(latest.current.text);
  }, []);

  async function confirmShare() {
    save(text);
    setShareError(null);
    const result = await share({ input: { talkingPointId: point.id } });
    const errors = result.data?.shareTalkingPoint.errors ?? [];
    if (result.error || errors.length > 0) {
      setShareError(errors[0]?.message ?? 'It could not be shared. Try again.');
      return;
    }
    setSharing(false);
    onNotice('Talking point shared: the other person can see it now.');
  }

  const name = text.trim() || 'Private talking point';
  return (
    <li className={`agenda-item agenda-item--private${done ? ' agenda-item--done' : ''}`}>
      <span className="agenda-private-lock" title="Only you can see this">
        <LockIcon />
      </span>
      <input
        type="checkbox"
        className="checkbox agenda-item__done"
        checked={done}
        aria-label={`Done: ${name}`}
        onChange={(event) => {
          setChecked({ server: point.done, done: event.target.checked });
          void update({ input: { talkingPointId: point.id, done: event.target.checked } });
        }}
      />
      <div className="agenda-item__field">
        <input
          type="text"
          className="input agenda-item__text"
          aria-label={`Private talking point: ${name}`}
          maxLength={2000}
          value={text}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            save(text);
          }}
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => save(value), SAVE_AFTER_MS);
          }}
        />
        <span className="agenda-private-note">
          Only you can see this{saveState.fetching ? ' · Saving…' : saveState.error ? ' · Not saved, try again' : ''}
        </span>
        <CarriedMarks
          from={point.carriedFrom ? { meetingId: point.carriedFrom.id, at: point.carriedFrom.startsAt } : null}
          to={point.carriedTo ? { meetingId: point.carriedTo.id, at: point.carriedTo.startsAt } : null}
        />
      </div>
      <div className="agenda-item__actions">
        <Button size="sm" variant="ghost" className="agenda-share" onClick={() => setSharing(true)} aria-label={`Share: ${name}`}>
          Share
        </Button>
        <button
          type="button"
          className="agenda-icon-button agenda-icon-button--danger"
          aria-label={`Delete: ${name}`}
          title="Delete"
          onClick={() => {
            clearTimeout(timer.current);
            timer.current = undefined;
            void remove({ input: { talkingPointId: point.id } });
            onNotice('Private talking point deleted.');
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ConfirmDialog
        open={sharing}
        title="Share this talking point?"
        confirmLabel="Share with the other person"
        confirmVariant="primary"
        busy={shareState.fetching}
        error={shareError}
        onConfirm={() => void confirmShare()}
        onCancel={() => {
          setSharing(false);
          setShareError(null);
        }}
      >
        <p>
          “{name}” becomes part of the shared agenda: the other person will see it, and it cannot be made private
          again.
        </p>
      </ConfirmDialog>
    </li>
  );
}
