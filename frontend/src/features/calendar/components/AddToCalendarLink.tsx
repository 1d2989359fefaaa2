import { meetingCalendarFilePath } from '../utils/paths';

/** Downloads one meeting as an .ics file, which calendar apps open as an event to add. */
export function AddToCalendarLink({ meetingId }: { meetingId: string }) {
  return (
    <a className="btn btn--ghost btn--sm" href={meetingCalendarFilePath(meetingId)} download="tandem-meeting.ics">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M7 3v3m10-3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm7 7v5m-2.5-2.5h5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
      </svg>
      <span>Add to calendar</span>
    </a>
  );
}
