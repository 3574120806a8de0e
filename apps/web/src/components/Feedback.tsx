/** Loading, error and empty states, the same on every screen. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { korteDatum } from '../format';

export function Loading({ what = 'gegevens' }: { what?: string }) {
  return (
    <Paragraph role="status" className="regie-laden">
      Bezig met laden van {what}…
    </Paragraph>
  );
}

export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export function OkAlert({ children }: { children: ReactNode }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <Paragraph className="regie-leeg">{children}</Paragraph>;
}

/**
 * The page's one `role=status` live region for the result of an action: always in the page (so screen readers
 * hear what arrives in it), the message inside as an Alert without a role of its own (no nested live regions).
 */
export function StatusMessage({ message, ok = true }: { message: ReactNode | null; ok?: boolean }) {
  return (
    <div role="status" className="regie-melding">
      {message ? (
        <Alert type={ok ? 'ok' : 'error'} role="none">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

/** That the acceptance of the regie is overdue since `since`; nothing while it is not. */
export function AcceptatieVerlopen({ since }: { since?: string | null }) {
  return since ? (
    <span className="regie-status regie-status--verlopen">
      acceptatietermijn verlopen sinds {korteDatum(since)}
    </span>
  ) : null;
}
