/**
 * Herindicatie (JOURNEYS.md section 5): the review of a voorziening before it ends. One case per voorziening,
 * started by the engine when the voorziening is recorded (libs/engine voorzieningen.ts).
 *
 * lopend -> afgerond | vervallen. The review task is open from `openDatum` (default 8 weeks before the einddatum)
 * and must be done by `uiterlijkDatum` (default 2 weeks before it). Both are one durable deadline (index.ts): its
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

export const HERINDICATIE_DEFAULTS = { openenWekenVoorEinde: 8, escalatieWekenVoorEinde: 2 } as const;

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
    openenWekenVoorEinde: z.number().int().min(1).max(52).optional(),
    escalatieWekenVoorEinde: z.number().int().min(0).max(51).optional(),
  })
  .refine(
    (v) =>
      (v.openenWekenVoorEinde ?? HERINDICATIE_DEFAULTS.openenWekenVoorEinde) >
      (v.escalatieWekenVoorEinde ?? HERINDICATIE_DEFAULTS.escalatieWekenVoorEinde),
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
  const open = i.openenWekenVoorEinde ?? HERINDICATIE_DEFAULTS.openenWekenVoorEinde;
  const esc = i.escalatieWekenVoorEinde ?? HERINDICATIE_DEFAULTS.escalatieWekenVoorEinde;
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
    regie: { role: 'eigenaar', holder: i.eigenaar },
    geescaleerdOp: null,
    afronding: null,
    vervallen: null,
  };
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
    nieuweEinddatumPast: ({ event }) =>
      event.type === 'HERINDICATIE_AFGEROND' &&
      (event.uitkomst === 'beeindigd' ? event.nieuweEinddatum === undefined : true),
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
