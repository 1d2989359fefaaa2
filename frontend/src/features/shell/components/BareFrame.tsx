import type { ReactNode } from 'react';

/** The frame for pages without a signed-in viewer (sign-in, start-up, failures). */
export function BareFrame({ children }: { children: ReactNode }) {
  return (
    <div className="bare">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="bare__header">
        <span className="brand brand--static">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="22" height="22">
              <circle cx="8.5" cy="12" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <circle cx="15.5" cy="12" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
            </svg>
          </span>
          <span className="brand__name">Tandem</span>
        </span>
      </header>
      <main id="main" tabIndex={-1} className="bare__main">
        {children}
      </main>
    </div>
  );
}
