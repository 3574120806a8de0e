/**
 * Herindicatie (JOURNEYS.md section 5): the review of a voorziening before it ends. One case per voorziening,
 * started when the voorziening is recorded, by the handler of the `recordVoorziening` effect
 * (libs/sociaal-domein/src/voorzieningen.ts).
 *
 * lopend -> afgerond | vervallen. The review task is open from `openDatum` (default 8 weeks before the einddatum)
 * and must be done by `uiterlijkDatum` (default 2 weeks before it). Both leads are the gemeente's to set
 * (`herindicatieConfig`, PUT /api/v1/admin/config/herindicatie), as the AVE rules are; a voorziening's own input may
 * deviate once more. A verlenging (or a change with a new einddatum) updates the voorziening and starts its next
 * review cycle: the `verlengVoorziening` effect (index.ts). Both are one durable deadline (index.ts): its
 * reminder falls on `openDatum` (the owner hears the task opened), its due moment is the end of `uiterlijkDatum`,
 * and a review still open then is escalated to the teamleider (`escalateTo`). The machine only records that
 * moment (DEADLINE_DUE); the task stays open until it is done.
 *
 * Pure: every timestamp comes from an event's `at` or the machine input. No names, no BSN: the context holds the
 * voorziening's id, law, product and dates.
 */
import { addDays } from '@regie/calendar';
import { assertEvent, assign, setup } from 'xstate';
import { z } from 'zod';
import { datum, naam, tekst, userId } from '../fields';
import type { DeadlineDueEvent, EventEnvelope } from '../workflow';

/** JOURNEYS.md section 5: the task opens 8 weeks before the end, the teamleider hears 2 weeks before it (defaults). */
export const HERINDICATIE_DEFAULTS = { openenWekenVoorEinde: 8, escalatieWekenVoorEinde: 2 } as const;

const openenVoor = (
  v: { openenWekenVoorEinde?: number },
  d: number = HERINDICATIE_DEFAULTS.openenWekenVoorEinde,
) => v.openenWekenVoorEinde ?? d;
const escalerenVoor = (
  v: { escalatieWekenVoorEinde?: number },
  d: number = HERINDICATIE_DEFAULTS.escalatieWekenVoorEinde,
) => v.escalatieWekenVoorEinde ?? d;

/** The rules a gemeente sets for its herindicaties, as deviations from HERINDICATIE_DEFAULTS. */
export const herindicatieConfig = z
  .strictObject({
    /** the review task opens this many weeks before the voorziening's einddatum */
    openenWekenVoorEinde: z.number().int().min(1).max(52).optional(),
    /** the teamleider is alerted when the review is still open this many weeks before the einddatum */
    escalatieWekenVoorEinde: z.number().int().min(0).max(51).optional(),
  })
  .refine((v) => openenVoor(v) > escalerenVoor(v), {
    path: ['escalatieWekenVoorEinde'],
    message: 'de taak moet openen voordat de teamleider wordt gewaarschuwd',
  });
export type HerindicatieConfig = z.infer<typeof herindicatieConfig>;

/** `input` of POST /api/v1/cases for workflow `herindicatie`. */
export const herindicatieInput = z
  .strictObject({
    voorzieningId: z.uuid(),
    wet: naam,
    product: naam,
    /** the voorziening's last day */
    einddatum: datum,
    /** user id of the case owner who does the review */
    eigenaar: userId,
    /** this voorziening's own leads, over the gemeente's */
    openenWekenVoorEinde: z.number().int().min(1).max(52).optional(),
    escalatieWekenVoorEinde: z.number().int().min(0).max(51).optional(),
    /** the gemeente's rules (herindicatieConfig), passed by the engine to every new case */
    config: herindicatieConfig.optional(),
  })
  .refine(
    (v) => openenVoor(v, openenVoor(v.config ?? {})) > escalerenVoor(v, escalerenVoor(v.config ?? {})),
    {
      path: ['escalatieWekenVoorEinde'],
      message: 'de taak moet openen voordat de teamleider wordt gewaarschuwd',
    },
  );
export type HerindicatieInput = z.infer<typeof herindicatieInput>;

export const UITKOMSTEN = ['verlengd', 'gewijzigd', 'beeindigd'] as const;

export const eventSchemas = {
  HERINDICATIE_AFGEROND: z.strictObject({
    uitkomst: z.enum(UITKOMSTEN),
    /** the new einddatum when the voorziening is extended or changed */
    nieuweEinddatum: datum.optional(),
    toelichting: tekst.optional(),
  }),
  /** the voorziening ended early or was withdrawn: no review is needed */
  VERVALLEN: z.strictObject({ reden: tekst }),
  REGIE_OVERGEDRAGEN: z.strictObject({ holder: userId }),
} as const;
export type HerindicatieEventType = keyof typeof eventSchemas;

export const eventTitles: Record<HerindicatieEventType, string> = {
  HERINDICATIE_AFGEROND: 'Herindicatie afgerond',
  VERVALLEN: 'Herindicatie vervalt (voorziening beëindigd)',
  REGIE_OVERGEDRAGEN: 'Eigenaar wisselen',
};

type ClientEvent = {
  [K in HerindicatieEventType]: { type: K } & z.infer<(typeof eventSchemas)[K]> & EventEnvelope;
}[HerindicatieEventType];
export type HerindicatieEvent = ClientEvent | DeadlineDueEvent;

export interface HerindicatieMachineInput {
  caseId: string;
  subjectId: string;
  at: string;
  actor: string;
  input: HerindicatieInput;
}

export interface HerindicatieContext {
  caseId: string;
  subjectId: string;
  startAt: string;
  voorzieningId: string;
  wet: string;
  product: string;
  einddatum: string;
  /** the review task is open from this day */
  openDatum: string;
  /** the review is due by the end of this day; the teamleider hears when it is still open then */
  uiterlijkDatum: string;
  /** the leads this case runs by: the voorziening's own, else the gemeente's, else the defaults */
  openenWekenVoorEinde: number;
  escalatieWekenVoorEinde: number;
  /** the voorziening's owner, who owns its next review too */
  eigenaar: string;
  regie: { role: 'eigenaar'; holder: string };
  /** when the review was still open at `uiterlijkDatum` and went to the teamleider */
  geescaleerdOp: string | null;
  afronding: {
    at: string;
    uitkomst: (typeof UITKOMSTEN)[number];
    nieuweEinddatum: string | null;
    toelichting: string | null;
  } | null;
  vervallen: { at: string; reden: string } | null;
}

function initialContext(mi: HerindicatieMachineInput): HerindicatieContext {
  const i = mi.input;
  const open = openenVoor(i, openenVoor(i.config ?? {}));
  const esc = escalerenVoor(i, escalerenVoor(i.config ?? {}));
  return {
    caseId: mi.caseId,
    subjectId: mi.subjectId,
    startAt: mi.at,
    voorzieningId: i.voorzieningId,
    wet: i.wet,
    product: i.product,
    einddatum: i.einddatum,
    openDatum: addDays(i.einddatum, -7 * open),
    uiterlijkDatum: addDays(i.einddatum, -7 * esc),
    openenWekenVoorEinde: open,
    escalatieWekenVoorEinde: esc,
    eigenaar: i.eigenaar,
    regie: { role: 'eigenaar', holder: i.eigenaar },
    geescaleerdOp: null,
    afronding: null,
    vervallen: null,
  };
}

/**
 * Why the new einddatum does not fit the outcome, in Dutch, or null: a beëindigde voorziening has none, a verlengde
 * one ends later than it did.
 */
export function nieuweEinddatumFout(
  c: Pick<HerindicatieContext, 'einddatum'>,
  e: { uitkomst?: unknown; nieuweEinddatum?: unknown },
): string | null {
  if (e.uitkomst === 'beeindigd')
    return e.nieuweEinddatum === undefined
      ? null
      : 'Bij een beëindigde voorziening hoort geen nieuwe einddatum; laat die weg.';
  if (e.uitkomst === 'verlengd') {
    if (e.nieuweEinddatum === undefined)
      return `Een verlenging heeft een nieuwe einddatum, na de huidige (${c.einddatum}).`;
    if (typeof e.nieuweEinddatum === 'string' && e.nieuweEinddatum <= c.einddatum)
      return `Een verlenging loopt langer dan de huidige einddatum (${c.einddatum}); kies een latere.`;
  }
  return null;
}

export const herindicatieMachine = setup({
  types: {
    context: {} as HerindicatieContext,
    events: {} as HerindicatieEvent,
    input: {} as HerindicatieMachineInput,
  },
  actions: {
    escaleren: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      return context.geescaleerdOp ? {} : { geescaleerdOp: event.at };
    }),
    afronden: assign(({ event }) => {
      assertEvent(event, 'HERINDICATIE_AFGEROND');
      return {
        afronding: {
          at: event.at,
          uitkomst: event.uitkomst,
          nieuweEinddatum: event.nieuweEinddatum ?? null,
          toelichting: event.toelichting ?? null,
        },
      };
    }),
    laatVervallen: assign(({ event }) => {
      assertEvent(event, 'VERVALLEN');
      return { vervallen: { at: event.at, reden: event.reden } };
    }),
    overdragen: assign(({ event }) => {
      assertEvent(event, 'REGIE_OVERGEDRAGEN');
      return { regie: { role: 'eigenaar' as const, holder: event.holder } };
    }),
  },
  guards: {
    nieuweEinddatumPast: ({ context, event }) =>
      event.type === 'HERINDICATIE_AFGEROND' && nieuweEinddatumFout(context, event) === null,
  },
}).createMachine({
  id: 'herindicatie',
  context: ({ input }) => initialContext(input),
  initial: 'lopend',
  states: {
    lopend: {
      on: {
        HERINDICATIE_AFGEROND: { target: 'afgerond', guard: 'nieuweEinddatumPast', actions: 'afronden' },
        VERVALLEN: { target: 'vervallen', actions: 'laatVervallen' },
        REGIE_OVERGEDRAGEN: { actions: 'overdragen' },
        DEADLINE_DUE: { actions: 'escaleren' },
      },
    },
    afgerond: { type: 'final' },
    vervallen: { type: 'final' },
  },
});
export type HerindicatieMachine = typeof herindicatieMachine;

export const STATE_LABELS: Record<string, string> = {
  lopend: 'lopend',
  afgerond: 'afgerond',
  vervallen: 'vervallen',
};
