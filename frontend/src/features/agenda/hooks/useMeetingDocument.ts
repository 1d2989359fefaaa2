import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { useLiveConnection } from '../../../lib/GraphQLProvider';
import { DocumentSync, type DocumentSyncState } from './documentSync';

export interface MeetingDocument extends DocumentSyncState {
  retry: () => void;
}

/**
 * The meeting's shared document, live (in memory only). Warns before the tab closes while edits
 * are unsent.
 */
export function useMeetingDocument(meetingId: string): MeetingDocument {
  const client = useClient();
  const [sync] = useState(() => new DocumentSync(client, meetingId));
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
