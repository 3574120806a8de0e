/** The session and the clock, for every screen. The clock is the API's (the demo clock with CLOCK=manual). */
import { createContext, useContext } from 'react';
import type { Role, Schemas, Session } from './api';

export interface AppContext {
  session: Session;
  /** The API's clock: "now" for days left and overdue, never the wall clock. */
  clock: Schemas['Clock'] | undefined;
  /** Bumped when the clock moved, so screens reload what depends on time. */
  clockTick: number;
  hasRole: (...roles: Role[]) => boolean;
}

export const Ctx = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside the app');
  return c;
}

/** "now" as the API's clock says (falls back to the wall clock until the clock is known). */
export function useNow(): string {
  const { clock } = useApp();
  return clock?.now ?? new Date().toISOString();
}
