/** A link inside the app: a real <a href> (keyboard, new tab) that navigates without reloading. */
import { Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { navigate } from '../hooks';

export function AppLink({
  to,
  children,
  current,
  className,
}: {
  to: string;
  children: ReactNode;
  current?: boolean;
  className?: string;
}) {
  return (
    <Link
      href={to}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Link>
  );
}
