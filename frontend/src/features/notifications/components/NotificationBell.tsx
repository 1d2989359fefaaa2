import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useNow } from '../../../lib/hooks';
import { Button } from '../../../ui/Button';
import { Alert, EmptyState, ErrorState, LiveMessage, Spinner } from '../../../ui/Status';
import { useNotificationFeed, type NotificationFeed } from '../hooks/useNotificationFeed';
import { badgeText, bellLabel } from '../utils/feed';
import { NOTIFICATION_SETTINGS_PATH } from '../utils/paths';
import { NotificationItem } from './NotificationItem';
import './notifications.css';

/**
 * The header's bell: the unread count, and a panel with the latest notifications. New ones arrive
 * live and are announced politely. The panel is a non-modal dialog: it takes focus when opened,
 * Escape closes it and gives focus back to the bell, and clicking or tabbing away closes it.
 */
export function NotificationBell() {
  const feed = useNotificationFeed();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const location = useLocation();

  // Following a notification (or any navigation) closes the panel.
  const [shownPath, setShownPath] = useState(location.pathname);
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  const badge = badgeText(feed.unread);
  return (
    <div
      className="bell"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the panel closes it.
        if (open && event.relatedTarget instanceof Node && !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`bell__button${open ? ' bell__button--open' : ''}`}
        aria-label={bellLabel(feed.unread)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Zm4 3.5a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.9"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {badge ? (
          <span className="bell__badge" aria-hidden="true" data-testid="notification-badge">
            {badge}
          </span>
        ) : null}
      </button>
      <LiveMessage message={feed.announcement} />
      {open ? <NotificationPanel id={panelId} feed={feed} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

function NotificationPanel({ id, feed, onClose }: { id: string; feed: NotificationFeed; onClose: () => void }) {
  const panelRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const now = useNow(30_000);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  const timeZone = feed.timeZone ?? 'UTC';
  return (
    <div className="bell__panel" id={id} ref={panelRef} role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <div className="bell__header">
        <h2 className="bell__title" id={titleId}>
          Notifications
        </h2>
        <Button size="sm" variant="ghost" onClick={feed.markAllRead} disabled={feed.unread === 0 || feed.status !== 'ready'} busy={feed.marking}>
          Mark all read
        </Button>
      </div>
      {feed.connection === 'closed' ? (
        <p className="bell__offline">
          <Spinner size="sm" /> Reconnecting… new notifications will show when Tandem is reachable again.
        </p>
      ) : null}
      {feed.markError ? (
        <div className="bell__alert">
          <Alert tone="error">
            <p>{feed.markError}</p>
          </Alert>
        </div>
      ) : null}
      <div className="bell__body">
        {feed.status === 'loading' ? (
          <p className="bell__loading" role="status">
            <Spinner size="sm" /> Loading notifications…
          </p>
        ) : feed.status === 'error' ? (
          <ErrorState title="Notifications could not be loaded" message={feed.error ?? ''} onRetry={feed.retry} />
        ) : feed.items.length === 0 ? (
          <EmptyState title="No notifications yet">
            <p>Invitations, moved or cancelled meetings and reminders will show up here.</p>
          </EmptyState>
        ) : (
          <ul className="bell__list" aria-label="Latest notifications">
            {feed.items.map((item) => (
              <NotificationItem
                key={item.id}
                notification={item.notification}
                read={item.read}
                now={now}
                timeZone={timeZone}
                onOpen={(notificationId, wasRead) => {
                  if (!wasRead) feed.markRead(notificationId);
                  onClose();
                }}
              />
            ))}
          </ul>
        )}
      </div>
      <div className="bell__footer">
        <Link to={NOTIFICATION_SETTINGS_PATH} onClick={onClose}>
          Notification settings
        </Link>
      </div>
    </div>
  );
}
