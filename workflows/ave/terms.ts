/**
 * The AVE deadlines as data (JOURNEYS.md sections 2 and 5): `deadlines(snapshot)` declares what runs in a
 * snapshot and the engine arms it.
 *
 * - `regie_acceptatie`: while a designated receiver has not accepted regie (levels 3 and 4 by default), from the
 *   moment of the opschalen, for the level's acceptance term (2 werkdagen by default, counted per the Atw).
 * - `periodieke_review`: at every level with a review interval (2: 3 months, 3: 4 weeks, 4: 1 week by default),
 *   from entering the level or the last review, whichever is later. A review or a level change moves the anchor,
 *   so the engine re-arms the same key: that is how the review recurs. A missed review keeps its anchor until the
 *   next review, so it is recorded missed once and stays visible (context.reviewVerlopenSinds) until then.
 */
import type { SnapshotFrom } from 'xstate';
import type { DeadlineDeclaration } from '../workflow';
import type { AveContext, AveMachine } from './machine';
import { reviewinterval } from './machine';

export const ACCEPTATIE_KEY = 'regie_acceptatie';
export const REVIEW_KEY = 'periodieke_review';

export function deadlines(snapshot: SnapshotFrom<AveMachine>): DeadlineDeclaration[] {
  if (snapshot.status !== 'active') return [];
  const c: AveContext = snapshot.context;
  const out: DeadlineDeclaration[] = [];
  const p = c.pendingRegie;
  if (p) {
    out.push({
      key: ACCEPTATIE_KEY,
      name: `Acceptatie regie niveau ${p.level}`,
      law: 'AVE-werkafspraak',
      // until the receiver accepts, the previous holder keeps regie; the teamleider must hear when that drags on
      escalateTo: 'teamleider',
      anchor: p.since,
      term: { amount: p.term.amount, unit: p.term.unit },
      atw: true,
      party: 'gemeente',
    });
  }
  const interval = reviewinterval(c);
  if (interval) {
    out.push({
      key: REVIEW_KEY,
      name: `Periodieke review niveau ${c.niveau}`,
      anchor: c.reviewSinds,
      term: { amount: interval.amount, unit: interval.unit },
      atw: false,
      party: 'gemeente',
    });
  }
  return out;
}

/**
 * An acceptance term that disappears was met when the receiver accepted; it is cancelled when regie was settled
 * otherwise (afschalen, the teamleider's assignment, closure). A review that disappears (level without reviews,
 * closure) is cancelled: a review done re-arms the key instead.
 */
export function closeDisappearedAs(snapshot: SnapshotFrom<AveMachine>, key: string): 'met' | 'cancelled' {
  const c: AveContext = snapshot.context;
  if (key === ACCEPTATIE_KEY)
    return c.regieHistorie[c.regieHistorie.length - 1]?.aanleiding === 'acceptatie' ? 'met' : 'cancelled';
  if (key === REVIEW_KEY) return 'cancelled';
  return 'met';
}
