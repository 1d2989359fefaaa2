import type { ReactNode } from 'react';
import { MeetingLiveContext } from '../hooks/meetingLive';
import { useMeetingDocument } from '../hooks/useMeetingDocument';
import { usePresence } from '../hooks/usePresence';
import { usePrivateContent } from '../hooks/usePrivateContent';

/**
 * Opens a meeting's live state once for the whole page: the shared document (synced, kept
 * offline), presence, and the viewer's private content. The agenda and the notes read it.
 */
export function MeetingLiveProvider({
  meetingId,
  me,
  children,
}: {
  meetingId: string;
  me: { id: string; name: string };
  children: ReactNode;
}) {
  const shared = useMeetingDocument(meetingId, me.id);
  const presence = usePresence(meetingId, me.name);
  const { content, error } = usePrivateContent(meetingId);
  return (
    <MeetingLiveContext.Provider value={{ meetingId, me, shared, presence, private: content, privateError: error }}>
      {children}
    </MeetingLiveContext.Provider>
  );
}
