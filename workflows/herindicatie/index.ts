/** Workflow `herindicatie`: the review of a voorziening before it ends (JOURNEYS.md section 5). */
import { addDays, datumVoluit, daysBetween } from '@regie/calendar';
import type { SnapshotFrom } from 'xstate';
import { defineWorkflow } from '../define';
import type { EffectOf } from '../sociaal-domein';
import type { DeadlineDeclaration } from '../workflow';
import {
  HERINDICATIE_DEFAULTS,
  STATE_LABELS,
  eventSchemas,
  eventTitles,
  herindicatieConfig,
  herindicatieInput,
  herindicatieMachine,
  nieuweEinddatumFout,
} from './machine';
import type { HerindicatieContext, HerindicatieEventType, HerindicatieMachine } from './machine';

export {
  herindicatieMachine,
  herindicatieInput,
  herindicatieConfig,
  eventSchemas,
  HERINDICATIE_DEFAULTS,
} from './machine';
export type { HerindicatieContext } from './machine';

type Snapshot = SnapshotFrom<HerindicatieMachine>;

export const HERINDICATIE_KEY = 'herindicatie';

/**
 * One deadline while the review runs. Anchor: the day before `openDatum` (12:00 UTC, the same Amsterdam date),
 * term: the days from there to `uiterlijkDatum`, so the engine's due date is `uiterlijkDatum` (a deadline is
 * anchor + positive term; the anchor is computed back from the einddatum). The reminder, declared as the weeks
 * between the two dates, lands on `openDatum`: the owner hears the task opened. A review still open when the
 * term passes goes to the teamleider. It is no legal term: `atw: false`.
 */
export function deadlines(snapshot: Snapshot): DeadlineDeclaration[] {
  if (snapshot.status !== 'active') return [];
  const c: HerindicatieContext = snapshot.context;
  const vanaf = addDays(c.openDatum, -1);
  const dagen = daysBetween(vanaf, c.uiterlijkDatum);
  return [
    {
      key: HERINDICATIE_KEY,
      name: `Herindicatie ${c.product} (${c.wet}, einddatum ${datumVoluit(c.einddatum)})`,
      anchor: `${vanaf}T12:00:00.000Z`,
      term: { amount: dagen, unit: 'days' },
      atw: false,
      party: 'gemeente',
      remindBefore: { amount: dagen - 1, unit: 'days' },
      escalateTo: 'teamleider',
    },
  ];
}

/**
 * The two dates of the review by name: the day the task opens (the owner is reminded) and the day the teamleider is
 * alerted when the review is still open at its end (the deadline's due date).
 */
export function projection(snapshot: Snapshot): { openDatum: string; signaleringsDatum: string } {
  return { openDatum: snapshot.context.openDatum, signaleringsDatum: snapshot.context.uiterlijkDatum };
}

/** A review done is `met` (also after its escalation); one that lapsed with its voorziening is `cancelled`. */
export function closeDisappearedAs(snapshot: Snapshot, _key: string): 'met' | 'cancelled' {
  return snapshot.value === 'vervallen' ? 'cancelled' : 'met';
}

/** None: the gemeente reviews its own voorziening; nothing is shared with a third party. */
export function consentRequired(_input: Record<string, unknown>): { scope: string; reason: string } | null {
  return null;
}

/** The reasons of the herindicatie itself to refuse an event in an open review (see RejectionParts.explain). */
function explain(
  snapshot: Snapshot,
  data: { type: HerindicatieEventType } & Record<string, unknown>,
): string | null | undefined {
  if (data.type === 'HERINDICATIE_AFGEROND' && data.uitkomst !== undefined)
    return (
      nieuweEinddatumFout(snapshot.context, data as { uitkomst?: unknown; nieuweEinddatum?: unknown }) ??
      undefined
    );
  return undefined;
}

/**
 * A review that extends the voorziening (verlengd, or gewijzigd with a new einddatum) updates the voorziening's
 * einddatum and starts its next review cycle (libs/sociaal-domein carries it out, idempotently).
 */
export function effects(
  prev: Snapshot,
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
): EffectOf<'verlengVoorziening'>[] {
  const a = next.context.afronding;
  if (event.type !== 'HERINDICATIE_AFGEROND' || prev.context.afronding || !a || !a.nieuweEinddatum) return [];
  if (a.uitkomst === 'beeindigd' || a.nieuweEinddatum === next.context.einddatum) return [];
  const c = next.context;
  return [
    {
      type: 'verlengVoorziening',
      subjectId: c.subjectId,
      voorzieningId: c.voorzieningId,
      wet: c.wet,
      product: c.product,
      vorigeEinddatum: c.einddatum,
      einddatum: a.nieuweEinddatum,
      eigenaar: c.regie.holder,
      at: a.at,
    },
  ];
}

export const herindicatie = defineWorkflow({
  name: 'herindicatie',
  title: 'Herindicatie: een voorziening herbeoordelen voordat zij eindigt',
  machine: herindicatieMachine,
  input: herindicatieInput,
  config: herindicatieConfig,
  configDefaults: HERINDICATIE_DEFAULTS,
  // the review is the owner's task from the day it opens, also after it went to the teamleider, until it is done
  worklist: [
    {
      soort: 'herindicatie',
      deadlineKey: HERINDICATIE_KEY,
      state: 'lopend',
      openFrom: 'openDatum',
      fields: {
        voorzieningId: 'voorzieningId',
        geescaleerdOp: 'geescaleerdOp',
        openDatum: 'openDatum',
        signaleringsDatum: 'uiterlijkDatum',
      },
      digest: { open: 'open herindicatie(s)', missed: 'bij de teamleider gemeld' },
    },
  ],
  events: { schemas: eventSchemas, titles: eventTitles },
  emits: ['verlengVoorziening'],
  effects,
  projection,
  terms: { deadlines, closeDisappearedAs },
  rejections: {
    stateLabels: STATE_LABELS,
    ended: (s) =>
      String(s.value) === 'afgerond' ? 'De herindicatie is al afgerond' : 'De herindicatie is vervallen',
    explain,
  },
  consentRequired,
});

export const { regie, explainRejection } = herindicatie;
