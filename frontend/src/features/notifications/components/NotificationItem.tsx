import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar } from '../../../ui/Card';
import { notificationTime, notificationTimeFull } from '../utils/time';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    title
    body
    link
    createdAt
    isRead
    actor {
      id
      name
    }
  }
`);

/** One notification in the bell's list: a link to what it is about. */
export function NotificationItem({
  notification,
  read,
  now,
  timeZone,
  onOpen,
}: {
  notification: FragmentType<typeof NotificationItemFragment>;
  /** Read, here or on the server. */
  read: boolean;
  now: Date;
  timeZone: string;
  onOpen: (id: string, wasRead: boolean) => void;
}) {
  const n = getFragmentData(NotificationItemFragment, notification);
  const actor = n.actor?.name ?? 'Tandem';
  return (
    <li className={`notification${read ? '' : ' notification--unread'}`}>
      <Link className="notification__link" to={n.link} onClick={() => onOpen(n.id, read)}>
        <Avatar name={actor} size="sm" />
        <span className="notification__main">
          <span className="notification__title">
            {read ? null : <span className="visually-hidden">Unread: </span>}
            {n.title}
          </span>
          {n.body ? <span className="notification__body">{n.body}</span> : null}
          <span className="notification__meta">
            {actor} ·{' '}
            <time dateTime={n.createdAt} title={notificationTimeFull(n.createdAt, timeZone)}>
              {notificationTime(n.createdAt, now, timeZone)}
            </time>
          </span>
        </span>
        {read ? null : <span className="notification__dot" aria-hidden="true" />}
      </Link>
    </li>
  );
}
