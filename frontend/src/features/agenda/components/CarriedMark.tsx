import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { meetingPath } from '../../oneonones/utils/paths';
import type { CarryMark } from '../utils/document';

/** "Carried from <date>" / "Carried to <date>", linking to that meeting. */
export function CarriedMarks({ from, to }: { from: CarryMark | null; to: CarryMark | null }) {
  if (!from && !to) return null;
  const date = (mark: CarryMark) => (mark.at ? formatDate(mark.at) : 'another meeting');
  return (
    <span className="agenda-carried">
      {from ? (
        <Link to={meetingPath(from.meetingId)} className="agenda-carried__link">
          Carried from {date(from)}
        </Link>
      ) : null}
      {to ? (
        <Link to={meetingPath(to.meetingId)} className="agenda-carried__link">
          Carried to {date(to)}
        </Link>
      ) : null}
    </span>
  );
}
