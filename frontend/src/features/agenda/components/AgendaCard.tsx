import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useDebouncedValue } from '../../../lib/hooks';
import { Button } from '../../../ui/Button';
import { Badge, Card } from '../../../ui/Card';
import { Alert, EmptyState, ErrorState, LiveMessage, LoadingState } from '../../../ui/Status';
import { useClient, useMutation } from 'urql';
import { useAgendaUndo } from '../hooks/useAgendaUndo';
import { useMeetingLive } from '../hooks/meetingLive';
import type { PresenceNews } from '../hooks/meetingPresence';
import { AddPrivateTalkingPointMutation, TalkingPointKeysQuery } from '../hooks/privateMutations';
import { hueOf } from '../utils/hue';
import { REMOTE, addItem, itemsOf, moveItem, readItems, setItemField } from '../utils/document';
import { keyForAppend, keyForInsert, keyForMove } from '../utils/order';
import { describeRemoteChanges } from '../utils/announce';
import { NO_SECTION, groupAgenda } from '../utils/sections';
import { AddTalkingPointForm } from './AddTalkingPointForm';
import type { AgendaItemActions, EditingMarker } from './AgendaItemRow';
import { AgendaSections, type AgendaDrop } from './AgendaSections';
import { PresenceBar } from './PresenceBar';
import './agenda.css';

export const AgendaCardMeetingFragment = graphql(`
  fragment AgendaCard_meeting on Meeting {
    id
    oneOnOne {
      id
      counterpart {
        id
        name
      }
    }
  }
`);

export const AgendaCardViewerFragment = graphql(`
  fragment AgendaCard_viewer on User {
    id
    name
  }
`);


/** Keys that move the caret (and so end an undo step). */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', 'Tab']);

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** The meeting's shared agenda, edited live by both participants. */
export function AgendaCard({
  meeting,
  viewer,
}: {
  meeting: FragmentType<typeof AgendaCardMeetingFragment>;
  viewer: FragmentType<typeof AgendaCardViewerFragment>;
}) {
  const m = getFragmentData(AgendaCardMeetingFragment, meeting);
  const me = getFragmentData(AgendaCardViewerFragment, viewer);
  const live = useMeetingLive();
  const shared = live.shared;
  const { doc, status, version } = shared;
  const history = useAgendaUndo(shared.undo);
  const [announcement, setAnnouncement] = useState('');
  const onPresenceNews = useCallback((news: PresenceNews) => {
    setAnnouncement(news.kind === 'joined' ? `${news.name} joined the meeting page.` : `${news.name} left the meeting page.`);
  }, []);
  const presence = live.presence;
  const { onNews } = presence;
  useEffect(() => onNews(onPresenceNews), [onNews, onPresenceNews]);
  const [, addPrivate] = useMutation(AddPrivateTalkingPointMutation);
  const client = useClient();
  const counterpart = m.oneOnOne.counterpart;
  // What arrives while (re)loading is the agenda itself, not news.
  const ready = useRef(false);
  useEffect(() => {
    ready.current = status === 'ready';
  }, [status]);
  // Each keystroke is unsent for a moment: only edits pending a while are worth a badge.
  const lingering = useDebouncedValue(shared.unsent, 800);

  // The other person's changes are announced politely.
  useEffect(() => {
    const names = new Map<string, string>([[me.id, firstName(me.name)]]);
    if (counterpart) names.set(counterpart.id, firstName(counterpart.name));
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin !== REMOTE || !ready.current) return;
      const message = describeRemoteChanges(events, itemsOf(doc), names);
      if (message) setAnnouncement(message);
    };
    const items = itemsOf(doc);
    items.observeDeep(observer);
    return () => items.unobserveDeep(observer);
  }, [doc, me.id, me.name, counterpart]);

  // `version` changes with every edit: the view is read from the document again.
  const view = useMemo(() => (version >= 0 ? groupAgenda(readItems(doc)) : groupAgenda([])), [doc, version]);
  // A point being shared is in the document before it leaves the private list: shown once.
  const privatePoints = (live.private?.talkingPoints ?? []).filter((point) => !itemsOf(doc).has(point.key));

  /** One discrete action is one undo step (typing just before or after it is not merged in). */
  function step(change: () => void) {
    history.stopCapturing();
    change();
    history.stopCapturing();
  }

  function undoOrRedo(which: 'undo' | 'redo') {
    const able = which === 'undo' ? history.canUndo : history.canRedo;
    if (!able) {
      setAnnouncement(which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      return;
    }
    history.stopCapturing();
    if (which === 'undo') history.undo();
    else history.redo();
    setAnnouncement(which === 'undo' ? 'Your last edit was undone.' : 'Your edit was redone.');
  }

  // Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y undo and redo one's own agenda edits. The fields'
  // native undo would fight the shared text, so it is turned off inside the agenda, except in an
  // "Add talking point" field holding a draft (that text is not shared yet).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Typing in one place is one undo step: moving the caret starts the next.
    if (CARET_KEYS.has(event.key)) history.stopCapturing();
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const which = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
    if (!which) return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.closest('.agenda-add') && target.value !== '') return;
    event.preventDefault();
    undoOrRedo(which);
  }

  const agendaRef = useRef<HTMLDivElement>(null);
  const undoOrRedoRef = useRef(undoOrRedo);
  useEffect(() => {
    undoOrRedoRef.current = undoOrRedo;
  });
  useEffect(() => {
    const element = agendaRef.current;
    if (!element) return;
    // The browser's own Undo (context menu, Edit menu) on a shared field means ours.
    const onBeforeInput = (event: InputEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('agenda-item__text')) return;
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      undoOrRedoRef.current(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, [status]);

  const actions: AgendaItemActions = {
    setDone: (id, done) => step(() => setItemField(doc, id, 'done', done)),
    setTopic: (id, topic) => step(() => setItemField(doc, id, 'topic', topic)),
    focus: (id) => presence.setEditing(id),
    remove: (id) => {
      step(() => setItemField(doc, id, 'deleted', true));
      setAnnouncement('Talking point deleted. You can restore it from Recently deleted.');
    },
    move: (id, direction) => {
      const section = view.sections.find((s) => s.items.some((item) => item.id === id));
      if (!section) return;
      const key = keyForMove(view.ordered, section.items, id, direction);
      if (key === null) return;
      step(() => setItemField(doc, id, 'order', key));
      // Reordering moves the row in the DOM, which drops focus: put it back on the button.
      window.requestAnimationFrame(() => {
        const same = document.getElementById(`agenda-${direction}-${id}`);
        const other = document.getElementById(`agenda-${direction === 'up' ? 'down' : 'up'}-${id}`);
        if (same instanceof HTMLButtonElement && !same.disabled) same.focus();
        else other?.focus();
      });
    },
  };

  function drop({ id, section, index }: AgendaDrop) {
    const rest = view.ordered.filter((item) => item.id !== id);
    const target = rest.filter((item) => item.section === section);
    const order = keyForInsert(rest, target, index);
    step(() => moveItem(doc, id, { order, section }));
  }

  // Who else edits which talking point (one marker per person).
  const editingMarkers = new Map<string, EditingMarker[]>();
  for (const peer of presence.peers) {
    if (!peer.editing) continue;
    const markers = editingMarkers.get(peer.editing) ?? [];
    const name = firstName(peer.name);
    if (!markers.some((marker) => marker.name === name)) markers.push({ name, hue: hueOf(peer.name) });
    editingMarkers.set(peer.editing, markers);
  }
  const here = [...new Set(presence.peers.map((peer) => peer.name))];

  function add(section: string, sectionItems: typeof view.ordered, text: string) {
    step(() => addItem(doc, { text, author: me.id, section, order: keyForAppend(view.ordered, sectionItems) }));
  }

  /** The global ID of the last talking point (shared or private) of `section`, to add after it. */
  async function lastOf(section: string): Promise<string | null> {
    const candidates = [
      ...view.ordered.filter((item) => item.section === section).map((item) => ({ key: item.id, order: item.order, id: null as string | null })),
      ...privatePoints.filter((point) => point.section === section).map((point) => ({ key: point.key, order: point.position, id: point.id })),
    ].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.key < b.key ? -1 : 1));
    const last = candidates.at(-1);
    if (!last) return null;
    if (last.id) return last.id;
    const result = await client.query(TalkingPointKeysQuery, { id: m.id }, { requestPolicy: 'network-only' }).toPromise();
    const node = result.data?.node;
    return node?.__typename === 'Meeting' ? (node.talkingPoints.find((point) => point.key === last.key)?.id ?? null) : null;
  }

  async function addPrivately(section: string, text: string) {
    // At the end of its section, like a shared one.
    const afterId = await lastOf(section);
    const result = await addPrivate({ input: { meetingId: m.id, text, section, afterId, private: true } });
    const errors = result.data?.addTalkingPoint.errors ?? [];
    if (result.error || errors.length > 0) setAnnouncement(errors[0]?.message ?? 'The private talking point could not be added.');
    else setAnnouncement('Private talking point added. Only you can see it.');
  }

  const unsentBadge =
    shared.failing || (shared.unsent > 0 && lingering > 0) ? (
      <Badge tone={shared.failing ? 'danger' : 'warning'}>{shared.unsent} unsent</Badge>
    ) : null;

  let body;
  if (status === 'loading') {
    body = <LoadingState label="Loading the agenda…" />;
  } else if (status === 'error') {
    body = <ErrorState message={shared.error ?? 'The agenda could not be loaded.'} onRetry={shared.retry} />;
  } else {
    body = (
      <div
        className="agenda"
        ref={agendaRef}
        onKeyDown={onKeyDown}
        onFocus={() => history.stopCapturing()}
        onPointerDown={() => history.stopCapturing()}
      >
        <PresenceBar names={here} />
        {shared.notice ? <Alert tone="warning">{shared.notice}</Alert> : null}
        {shared.failing ? (
          <Alert tone="warning">Your latest edits are not saved yet. They are kept here and sent again.</Alert>
        ) : null}
        {live.privateError ? <Alert tone="warning">{live.privateError}</Alert> : null}
        {view.sections.length === 0 && privatePoints.length === 0 ? (
          <EmptyState title="No talking points yet">
            <p>Add what you want to talk about; the other person sees it as you type.</p>
          </EmptyState>
        ) : null}
        <AgendaSections
          view={view}
          actions={actions}
          editing={editingMarkers}
          onAdd={(section, text) => add(section, view.sections.find((s) => s.title === section)?.items ?? [], text)}
          onDrop={drop}
          privatePoints={privatePoints}
          onAddPrivately={(section, text) => void addPrivately(section, text)}
          onNotice={setAnnouncement}
        />
        <AddTalkingPointForm
          label="Add talking point"
          placeholder={`Add talking point to ${NO_SECTION.toLowerCase()}`}
          onAdd={(text) => add('', view.sections.find((s) => s.title === '')?.items ?? [], text)}
          onAddPrivately={(text) => void addPrivately('', text)}
        />
        {view.deleted.length > 0 ? (
          <section className="agenda-deleted" aria-labelledby="agenda-deleted-title">
            <h3 className="agenda-section__title" id="agenda-deleted-title">
              Recently deleted
            </h3>
            <ul className="agenda-deleted__items" aria-label="Recently deleted">
              {view.deleted.map((item) => (
                <li key={item.id} className="agenda-deleted__item">
                  <span className="agenda-deleted__text">{item.text || 'Untitled talking point'}</span>
                  <Button size="sm" variant="ghost" onClick={() => {
                      step(() => setItemField(doc, item.id, 'deleted', false));
                      setAnnouncement('Talking point restored.');
                    }} aria-label={`Restore: ${item.text}`}>
                    Restore
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    );
  }

  const toolbar = (
    <div className="agenda-toolbar">
      {unsentBadge}
      {status === 'ready' ? (
        <>
          <Button size="sm" variant="ghost" onClick={() => undoOrRedo('undo')} disabled={!history.canUndo} aria-keyshortcuts="Control+Z Meta+Z" title="Undo your last edit (Ctrl+Z)">
            Undo
          </Button>
          <Button size="sm" variant="ghost" onClick={() => undoOrRedo('redo')} disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title="Redo (Ctrl+Shift+Z)">
            Redo
          </Button>
        </>
      ) : null}
    </div>
  );

  return (
    <Card title="Agenda" titleId="meeting-agenda" actions={toolbar}>
      {body}
      <LiveMessage message={announcement} />
    </Card>
  );
}
