import { useEffect, useId, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/Status';
import { LockIcon } from '../../agenda/components/LockIcon';
import { useMeetingLive } from '../../agenda/hooks/meetingLive';
import { mergeNotes } from '../utils/mergeNotes';
import './notes.css';

const UpdatePrivateNotesMutation = graphql(`
  mutation UpdatePrivateNotes($input: UpdatePrivateNotesInput!) {
    updatePrivateNotes(input: $input) {
      privateNotes
      version
      errors {
        code
        message
      }
    }
  }
`);

const PrivateNotesQuery = graphql(`
  query PrivateNotes($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        privateNotes
        privateNotesVersion
      }
    }
  }
`);

/** How long typing rests before the notes are saved. */
const SAVE_AFTER_MS = 700;

type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Not saved yet',
  saving: 'Saving…',
  failed: 'Not saved — retrying',
};

/**
 * The viewer's private notes on the meeting: theirs alone, autosaved, live across their own
 * devices. A save over a newer one from another device is refused by the server (CONFLICT):
 * both texts are merged and saved again, so nothing is lost.
 */
export function PrivateNotesCard() {
  const live = useMeetingLive();
  const client = useClient();
  const content = live.private;
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // What the server holds, as far as this device knows.
  const server = useRef<{ text: string; version: number } | null>(null);
  const textRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);

  function show(value: string) {
    textRef.current = value;
    setText(value);
  }

  // News from the server (first load, or a save from another device).
  const notes = content?.notes;
  const notesVersion = content?.notesVersion;
  useEffect(() => {
    if (notes === undefined || notesVersion === undefined) return;
    const known = server.current;
    if (known && notesVersion <= known.version) return;
    const mine = textRef.current;
    server.current = { text: notes, version: notesVersion };
    if (mine === null || !known || mine === known.text) {
      show(notes);
      return;
    }
    // Typed here meanwhile: keep both, and save the merge.
    const merged = mergeNotes(known.text, mine, notes);
    show(merged);
    if (merged !== notes) schedule(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule reads refs only
  }, [notes, notesVersion]);

  function schedule(delay: number) {
    clearTimeout(timer.current);
    setSaveState('unsaved');
    timer.current = setTimeout(() => void save(), delay);
  }

  async function save(): Promise<void> {
    timer.current = undefined;
    const known = server.current;
    const value = textRef.current;
    if (!known || value === null) return;
    if (value === known.text) {
      setSaveState('saved');
      return;
    }
    if (saving.current) {
      schedule(SAVE_AFTER_MS);
      return;
    }
    saving.current = true;
    setSaveState('saving');
    try {
      const result = await client
        .mutation(UpdatePrivateNotesMutation, { input: { meetingId: live.meetingId, text: value, baseVersion: known.version } })
        .toPromise();
      const payload = result.data?.updatePrivateNotes;
      if (!payload) {
        schedule(3000);
        setSaveState('failed');
        return;
      }
      if (payload.errors.some((e) => e.code === 'CONFLICT')) {
        // Another device saved meanwhile: merge with what it saved and save again.
        const fresh = await client.query(PrivateNotesQuery, { id: live.meetingId }, { requestPolicy: 'network-only' }).toPromise();
        const node = fresh.data?.node;
        if (node?.__typename !== 'Meeting') {
          setSaveState('failed');
          return;
        }
        const theirs = node.privateNotes ?? '';
        const merged = mergeNotes(known.text, textRef.current ?? value, theirs);
        server.current = { text: theirs, version: node.privateNotesVersion };
        show(merged);
        schedule(0);
        return;
      }
      if (payload.errors.length > 0) {
        setSaveState('failed');
        return;
      }
      server.current = { text: payload.privateNotes ?? value, version: payload.version ?? known.version + 1 };
      setSaveState(textRef.current === server.current.text ? 'saved' : 'unsaved');
      if (textRef.current !== server.current.text) schedule(SAVE_AFTER_MS);
    } finally {
      saving.current = false;
    }
  }

  // Whatever is still waiting is saved when the panel goes.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(
    () => () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        void saveRef.current();
      }
    },
    [],
  );

  const status = <span className={`notes-save notes-save--${saveState}`} role="status">{SAVE_LABELS[saveState]}</span>;
  return (
    <Card title="Private notes" titleId="meeting-private-notes" actions={text !== null ? status : null}>
      <p className="notes-hint" id={`${id}-hint`}>
        <LockIcon className="notes-lock" /> Only you can see these notes, on any of your devices.
      </p>
      {text === null ? (
        live.privateError ? (
          <p className="notes-hint">{live.privateError}</p>
        ) : (
          <LoadingState label="Loading your private notes…" />
        )
      ) : (
        <>
          <label className="visually-hidden" htmlFor={id}>
            Private notes
          </label>
          <textarea
            id={id}
            className="input textarea notes-private"
            aria-describedby={`${id}-hint`}
            rows={6}
            maxLength={100_000}
            value={text}
            placeholder="Reminders, thoughts to raise, how it went…"
            onChange={(event) => {
              show(event.target.value);
              schedule(SAVE_AFTER_MS);
            }}
          />
        </>
      )}
    </Card>
  );
}
