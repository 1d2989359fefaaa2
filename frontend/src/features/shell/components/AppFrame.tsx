import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Button } from '../../../ui/Button';
import { Avatar } from '../../../ui/Card';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { NotificationBell } from '../../notifications/components/NotificationBell';

export const AppFrameFragment = graphql(`
  fragment AppFrame_user on User {
    id
    name
    email
    isAdmin
  }
`);

/** Header with navigation, the viewer and the notification bell, a skip link, and the main landmark. */
export function AppFrame({
  viewer,
  children,
  navigation = true,
}: {
  viewer: FragmentType<typeof AppFrameFragment>;
  children: ReactNode;
  /** Off while the viewer must change their password first. */
  navigation?: boolean;
}) {
  const user = getFragmentData(AppFrameFragment, viewer);
  const { signOut, busy } = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After navigating, close the menu and move focus to the new page so screen readers start there.
  const [shownPath, setShownPath] = useState(location.pathname);
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  const links = [
    { to: '/', label: 'Home', end: true },
    { to: '/one-on-ones', label: '1:1s', end: false },
    { to: '/people', label: 'People', end: false },
    { to: '/settings', label: 'Settings', end: false },
    ...(user.isAdmin ? [{ to: '/admin', label: 'Admin', end: false }] : []),
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" aria-label="Tandem home">
            <span className="brand__mark" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="22" height="22">
                <circle cx="8.5" cy="12" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
                <circle cx="15.5" cy="12" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              </svg>
            </span>
            <span className="brand__name">Tandem</span>
          </NavLink>
          {navigation ? (
            <button
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-toggle__bars" aria-hidden="true" />
              <span className="visually-hidden">Menu</span>
            </button>
          ) : null}
          <div className={`app-header__menu${menuOpen ? ' app-header__menu--open' : ''}`} id="primary-nav">
            {navigation ? (
              <nav aria-label="Main">
                <ul className="nav">
                  {links.map((link) => (
                    <li key={link.to}>
                      <NavLink to={link.to} end={link.end} className="nav__link">
                        {link.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <div className="viewer">
              <Avatar name={user.name} size="sm" />
              <span className="viewer__name" title={user.email}>
                {user.name}
              </span>
              <Button size="sm" onClick={() => void signOut()} busy={busy}>
                Sign out
              </Button>
            </div>
          </div>
          {navigation ? <NotificationBell /> : null}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        <span>Tandem</span>
        <a href="/graphql">GraphQL API</a>
      </footer>
    </div>
  );
}
