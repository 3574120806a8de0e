/** A link inside the app: a real <a href> (keyboard, new tab) that navigates without reloading. */
import { Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { navigate } from '../hooks';

export function AppLink({
  to,
  children,
  current,
  className,
  onOpen,
}: {
  to: string;
  children: ReactNode;
  current?: boolean;
  className?: string;
  /** instead of navigating to `to` on a plain click (it should navigate there itself) */
  onOpen?: () => void;
}) {
  return (
    <Link
      href={to}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        if (onOpen) onOpen();
        else navigate(to);
      }}
    >
      {children}
    </Link>
  );
}
