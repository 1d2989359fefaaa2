import { createContext, useContext } from 'react';
import type { Presence } from './usePresence';
import type { PrivateContent } from './usePrivateContent';
import type { MeetingDocument } from './useMeetingDocument';

/** What the meeting page's live parts share: one document, one presence, one private stream. */
export interface MeetingLive {
  meetingId: string;
  /** The viewer. */
  me: { id: string; name: string };
  /** The shared document (agenda `items` and the shared `notes`). */
  shared: MeetingDocument;
  presence: Presence;
  /** The viewer's own private notes and talking points (null while loading). */
  private: PrivateContent | null;
  privateError: string | null;
}

export const MeetingLiveContext = createContext<MeetingLive | null>(null);

/** The meeting's live state, from the nearest MeetingLiveProvider. */
export function useMeetingLive(): MeetingLive {
  const live = useContext(MeetingLiveContext);
  if (!live) throw new Error('useMeetingLive needs a MeetingLiveProvider around it.');
  return live;
}
