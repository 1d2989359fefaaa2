import { Avatar } from '../../../ui/Card';

/** Who else is on the meeting page right now (their names, with avatars). */
export function PresenceBar({ names }: { names: readonly string[] }) {
  if (names.length === 0) {
    return <p className="agenda-presence agenda-presence--alone">Only you are here right now.</p>;
  }
  return (
    <div className="agenda-presence">
      <ul className="agenda-presence__people" aria-label="Also on this page">
        {names.map((name) => (
          <li key={name} className="agenda-presence__person">
            <Avatar name={name} size="sm" />
            <span>{name}</span>
          </li>
        ))}
      </ul>
      <span className="agenda-presence__note">{names.length === 1 ? 'is here too' : 'are here too'}</span>
    </div>
  );
}
