import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import type { Awareness } from 'y-protocols/awareness';
import { useLiveConnection } from '../../../lib/GraphQLProvider';
import { colorOf } from '../utils/hue';
import { MeetingPresence, type Peer, type PresenceNews } from './meetingPresence';

export interface Presence {
  /** The others on this meeting page. */
  peers: readonly Peer[];
  /** What presence travels on (the shared notes' carets ride on it too). */
  awareness: Awareness;
  setEditing: (talkingPointId: string | null) => void;
  /** People arriving and leaving; answers how to stop listening. */
  onNews: (listener: (news: PresenceNews) => void) => () => void;
}

/**
 * Who else is on the meeting page and what they edit; tells them the same about this person.
 * Says goodbye when the page is hidden for good (closed tab, navigation) and hello when it returns.
 */
export function usePresence(meetingId: string, name: string): Presence {
  const client = useClient();
  const [presence] = useState(() => new MeetingPresence(client, meetingId, name, colorOf(name)));
  const peers = useSyncExternalStore(presence.subscribe, presence.getSnapshot);
  const awareness = useSyncExternalStore(presence.subscribe, presence.getAwareness);

  useEffect(() => {
    presence.start();
    const hide = () => presence.leave();
    const show = () => presence.arrive();
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
      presence.stop();
    };
  }, [presence]);

  useLiveConnection((event) => {
    if (event === 'connected') presence.arrive();
  });

  return {
    peers,
    awareness,
    setEditing: (id) => presence.setEditing(id),
    onNews: (listener) => presence.onNews(listener),
  };
}
