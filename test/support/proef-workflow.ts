/**
 * A tiny workflow for engine tests: its deadline runs in seconds, so the real BullMQ timers can be watched firing.
 * open --WACHTEN--> wachten (declares `antwoord`, N seconds) --KLAAR--> klaar; NOTITIE counts in any open state.
 */
import { defineWorkflow } from '@regie/workflows/define';
import { assign, setup } from 'xstate';
import { z } from 'zod';

interface Ctx {
  actor: string;
  notities: number;
  wachtenSinds: string | null;
  seconden: number;
  verstreken: string[];
}
type Ev =
  | { type: 'NOTITIE'; at: string }
  | { type: 'WACHTEN'; seconden: number; at: string }
  | { type: 'KLAAR'; at: string }
  | { type: 'DEADLINE_DUE'; key: string; at: string };

export const proefMachine = setup({
  types: {} as { context: Ctx; events: Ev; input: { actor: string } },
}).createMachine({
  id: 'proef',
  initial: 'open',
  context: ({ input }) => ({
    actor: input.actor,
    notities: 0,
    wachtenSinds: null,
    seconden: 0,
    verstreken: [],
  }),
  on: {
    NOTITIE: { actions: assign({ notities: ({ context }) => context.notities + 1 }) },
    DEADLINE_DUE: {
      actions: assign({ verstreken: ({ context, event }) => [...context.verstreken, event.key] }),
    },
  },
  states: {
    open: {
      on: {
        WACHTEN: {
          target: 'wachten',
          actions: assign({ wachtenSinds: ({ event }) => event.at, seconden: ({ event }) => event.seconden }),
        },
      },
    },
    wachten: { on: { KLAAR: 'klaar' } },
    klaar: { type: 'final' },
  },
});

/** No input, `intaker` sends every event, and whoever started the case keeps regie. */
export const proef = defineWorkflow({
  name: 'proef',
  title: 'Proefworkflow',
  machine: proefMachine,
  events: {
    schemas: {
      NOTITIE: z.object({}).strict(),
      WACHTEN: z.object({ seconden: z.number().positive() }).strict(),
      KLAAR: z.object({}).strict(),
    },
    titles: { NOTITIE: 'Notitie', WACHTEN: 'Wachten', KLAAR: 'Klaar' },
    roles: { NOTITIE: ['intaker'], WACHTEN: ['intaker'], KLAAR: ['intaker'] },
  },
  terms: {
    deadlines: (s) =>
      s.matches('wachten') && s.context.wachtenSinds
        ? [
            {
              key: 'antwoord',
              name: 'Antwoord',
              anchor: s.context.wachtenSinds,
              term: { amount: s.context.seconden, unit: 'seconds' },
              atw: false,
            },
          ]
        : [],
  },
  regie: (s) => ({ role: 'intaker', holder: s.context.actor }),
});
