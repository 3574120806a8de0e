/** Loading, error and empty states, the same on every screen. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

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
