import type { ReactNode } from 'react';

export function Card({
  title,
  titleId,
  actions,
  children,
  as: Tag = 'section',
  className,
}: {
  title?: ReactNode;
  titleId?: string;
  actions?: ReactNode;
  children: ReactNode;
  as?: 'section' | 'div' | 'article';
  className?: string;
}) {
  return (
    <Tag className={`card${className ? ` ${className}` : ''}`} aria-labelledby={title && titleId ? titleId : undefined}>
      {title || actions ? (
        <header className="card__header">
          {title ? (
            <h2 className="card__title" id={titleId}>
              {title}
            </h2>
          ) : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </Tag>
  );
}

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1 className="page-header__title">{title}</h1>
        {description ? <p className="page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'success' | 'warning' | 'danger' | 'accent'; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** Initials in a circle; decorative, the name is always written next to it. */
export function Avatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' | 'lg' }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (
    <span className={`avatar avatar--${size} avatar--hue-${hash % 6}`} aria-hidden="true">
      {initials || '?'}
    </span>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
