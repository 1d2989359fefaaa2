import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { useLiveConnection } from '../../../lib/GraphQLProvider';
import { MeetingPresence, type Peer, type PresenceNews } from './meetingPresence';

export interface Presence {
  /** The others on this meeting page. */
  peers: readonly Peer[];
  setEditing: (talkingPointId: string | null) => void;
}

/**
 * Who else is on the meeting page and what they edit; tells them the same about this person.
 * Says goodbye when the page is hidden for good (closed tab, navigation) and hello when it returns.
 */
export function usePresence(meetingId: string, name: string, onNews: (news: PresenceNews) => void): Presence {
  const client = useClient();
  const [presence] = useState(() => new MeetingPresence(client, meetingId, name));
  const peers = useSyncExternalStore(presence.subscribe, presence.getSnapshot);

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

  useEffect(() => presence.onNews(onNews), [presence, onNews]);

  useLiveConnection((event) => {
    if (event === 'connected') presence.arrive();
  });

  return { peers, setEditing: (id) => presence.setEditing(id) };
}
