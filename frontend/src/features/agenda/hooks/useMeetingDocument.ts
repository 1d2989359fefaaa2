import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { useLiveConnection } from '../../../lib/GraphQLProvider';
import { LOCAL_DATABASE_PREFIX } from '../../../lib/localData';
import { DocumentSync, type DocumentSyncState } from './documentSync';

export interface MeetingDocument extends DocumentSyncState {
  retry: () => void;
}

/** The browser database holding one person's copy of one meeting's document. */
export function localDocumentName(userId: string, meetingId: string): string {
  return `${LOCAL_DATABASE_PREFIX}agenda:${userId}:${meetingId}`;
}

/**
 * The meeting's shared document, live, with a copy in this browser for edits not sent yet
 * (per signed-in person and meeting). Warns before the tab closes while edits are unsent.
 */
export function useMeetingDocument(meetingId: string, userId: string): MeetingDocument {
  const client = useClient();
  const [sync] = useState(() => new DocumentSync(client, meetingId, localDocumentName(userId, meetingId)));
  const state = useSyncExternalStore(sync.subscribe, sync.getSnapshot);

  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);

  useLiveConnection((event) => sync.onConnection(event));

  const unsent = state.unsent > 0;
  useEffect(() => {
    if (!unsent) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsent]);

  return { ...state, retry: () => sync.retry() };
}
