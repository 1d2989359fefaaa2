import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { meetingPath } from '../utils/paths';
import { MEETING_STATUS } from '../utils/status';
import { MeetingRecap } from './MeetingRecap';
import { MeetingTime } from './MeetingTime';

export const MeetingListItemFragment = graphql(`
  fragment MeetingListItem_meeting on Meeting {
    id
    title
    hasOwnTitle
    startsAt
    status
    isRescheduled
    oneOnOne {
      id
      counterpart {
        id
        name
      }
    }
  }
`);

/**
 * One meeting in a list. Among all of the viewer's meetings (`variant="person"`) it leads with the
 * title and the other person; within one series (`variant="series"`) it leads with the time and shows
 * a title only where the meeting has its own.
 */
export function MeetingListItem({
  meeting,
  timeZone,
  variant = 'person',
  expandable = false,
}: {
  meeting: FragmentType<typeof MeetingListItemFragment>;
  timeZone: string;
  variant?: 'person' | 'series';
  /** Past meetings in a series' history: a toggle shows their agenda, notes and action items. */
  expandable?: boolean;
}) {
  const m = getFragmentData(MeetingListItemFragment, meeting);
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const counterpart = m.oneOnOne.counterpart;
  const status = MEETING_STATUS[m.status];
  const badges = (
    <span className="badge-row">
      {m.isRescheduled ? <Badge tone="accent">Rescheduled</Badge> : null}
      {m.status !== 'UPCOMING' ? <Badge tone={status.tone}>{status.label}</Badge> : null}
    </span>
  );
  const time = <MeetingTime startsAt={m.startsAt} timeZone={timeZone} relative={m.status === 'UPCOMING'} />;

  if (variant === 'series') {
    const canExpand = expandable && m.status === 'COMPLETED';
    return (
      <li className={`meeting-item${canExpand ? ' meeting-item--expandable' : ''}`}>
        <div className="meeting-item__main">
          <p className="meeting-item__title">
            <Link to={meetingPath(m.id)}>{time}</Link>
          </p>
          {m.hasOwnTitle ? <p className="meeting-item__meta">{m.title}</p> : null}
        </div>
        <div className="meeting-item__aside">
          {badges}
          {canExpand ? (
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen(!open)}
            >
              <span>{open ? 'Hide details' : 'Details'}</span>
            </button>
          ) : null}
        </div>
        {canExpand && open ? (
          <div className="history-entry__details" id={detailsId}>
            <MeetingRecap meetingId={m.id} />
          </div>
        ) : null}
      </li>
    );
  }

  return (
    <li className="meeting-item meeting-item--with-person">
      <Avatar name={counterpart?.name ?? '?'} size="sm" />
      <div className="meeting-item__main">
        <p className="meeting-item__title">
          <Link to={meetingPath(m.id)}>{m.title}</Link>
        </p>
        <p className="meeting-item__meta">with {counterpart?.name ?? 'someone who left'}</p>
      </div>
      <div className="meeting-item__aside">
        {time}
        {badges}
      </div>
    </li>
  );
}

export function MeetingList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="meeting-list" aria-label={label}>
      {children}
    </ul>
  );
}
