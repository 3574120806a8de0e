/** Test helpers: build snapshots through the machine's pure transition functions; the Jansen household's data. */
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { DoorbraakEvent, DoorbraakInput } from './events';
import { doorbraakMachine } from './machine';

export type DoorbraakSnapshot = SnapshotFrom<typeof doorbraakMachine>;
/** An event without its envelope; `at` moves the clock, `actor` says who sends it, `mandaat` their level. */
export type Step = {
  [E in DoorbraakEvent as E['type']]: Omit<E, 'actor' | 'at' | 'mandaat'> & {
    at?: string;
    actor?: string;
    mandaat?: string;
  };
}[DoorbraakEvent['type']];

export const START_AT = '2026-03-02T09:00:00.000Z';
export const REGISSEUR = 'user-regisseur';
export const TEAMLEIDER = 'user-teamleider';
export const MANAGER = 'user-manager';
export const INTAKE_CASE = '0b5e7c1e-6f1d-4c55-9a53-2f1d3c4b5a69';
export const AVE_CASE = '5d0b8a51-2c8e-4f0e-9d7a-8f3e2b1c4d5e';

/** The Jansen household's aanmelding. */
export const JANSEN_AANMELDING: DoorbraakInput = {
  vastgelopen:
    'Moeder (huishoudelijke hulp, Wmo) en dochter van 12 (jeugdhulp) wonen in een te kleine, voor de zorg van de dochter onveilige woning; verhuizen lukt niet.',
  blokkades: [
    {
      omschrijving: 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand (€ 3.200)',
      instantie: 'woningcorporatie',
    },
  ],
  sinds: '2025-09-01',
  waaromGeenStandaard:
    'Schuldhulp lost de achterstand niet op tijd op; zonder passende woning blijft de jeugdhulp intensief.',
};

/** The agencies involved: € 41.000 a year of muddling on. */
export const JANSEN_ANALYSE = {
  betrokkenen: [
    {
      wet: 'Jeugdwet',
      instantie: 'jeugdhulpaanbieder',
      levert: 'intensieve jeugdhulp',
      kostenPerJaar: 3_100_000,
    },
    { wet: 'Wmo', instantie: 'Wmo-aanbieder', levert: 'huishoudelijke hulp', kostenPerJaar: 650_000 },
    { wet: 'Wgs', instantie: 'schuldhulp', levert: 'schuldhulpverlening', kostenPerJaar: 240_000 },
    { wet: 'overig', instantie: 'GGD', levert: 'jeugdgezondheidszorg en advies', kostenPerJaar: 110_000 },
    { wet: 'overig', instantie: 'wijkteam', levert: 'coördinatie', kostenPerJaar: 0 },
  ],
  doelOverEenJaar:
    'Over een jaar wonen we in een veilig huis en heeft mijn dochter alleen nog ambulante hulp.',
  zrm: [
    { domein: 'huisvesting', score: 2 },
    { domein: 'financien', score: 2 },
    { domein: 'huiselijke_relaties', score: 3 },
  ],
} as const satisfies Omit<Extract<Step, { type: 'ANALYSE_VASTGELEGD' }>, 'type'>;

/** The plan: the gemeente pays the arrears once; the jeugdhulp drops to ambulant. */
export function jansenPlan(eenmalig = 320_000) {
  return {
    stappen: [
      {
        omschrijving:
          'De gemeente betaalt de huurachterstand eenmalig; de corporatie staat de verhuizing toe.',
        grondslag: {
          soort: 'wet_artikel' as const,
          wet: 'Participatiewet',
          artikel: 'art. 35 bijzondere bijstand',
          motivering: 'Bijzondere, noodzakelijke kosten: zonder betaling blijft het huishouden vastzitten.',
        },
        eenmaligeKosten: eenmalig,
        jaarlijkseKosten: 0,
        verwachteBesparingPerJaar: 1_800_000,
      },
      {
        omschrijving: 'Na de verhuizing wordt de jeugdhulp afgeschaald naar ambulant.',
        grondslag: {
          soort: 'maatwerk' as const,
          motivering: 'Jeugdwet art. 2.3: passende jeugdhulp in de nieuwe, veilige woning is ambulant.',
        },
        eenmaligeKosten: 0,
        jaarlijkseKosten: 0,
        verwachteBesparingPerJaar: 0,
      },
    ],
  };
}

export function start(input: DoorbraakInput = JANSEN_AANMELDING, at = START_AT, actor = REGISSEUR) {
  return initialTransition(doorbraakMachine, {
    caseId: 'case-doorbraak',
    subjectId: 'huishouden-jansen',
    at,
    actor,
    input,
  })[0];
}

export function event(step: Step, at = START_AT, actor = REGISSEUR): DoorbraakEvent {
  return { at, actor, ...step } as DoorbraakEvent;
}

/** Sends each step; throws when the machine refuses one, so a journey test fails at the step that broke. */
export function play(snapshot: DoorbraakSnapshot, steps: Step[], at = START_AT): DoorbraakSnapshot {
  let s = snapshot;
  for (const step of steps) {
    const e = event(step, at);
    if (!s.can(e)) throw new Error(`refused ${e.type} in ${String(s.value)}`);
    s = transition(doorbraakMachine, s, e)[0];
  }
  return s;
}

/** ISO time `days` days after START_AT. */
export function dag(days: number): string {
  return new Date(Date.parse(START_AT) + days * 86_400_000).toISOString();
}

/** A case in `besluit` with the Jansen plan of `eenmalig` cents. */
export function inBesluit(eenmalig = 320_000): DoorbraakSnapshot {
  return play(start(), [
    { type: 'ANALYSE_GESTART' },
    {
      type: 'ANALYSE_VASTGELEGD',
      ...JANSEN_ANALYSE,
      betrokkenen: [...JANSEN_ANALYSE.betrokkenen],
      zrm: [...JANSEN_ANALYSE.zrm],
    },
    { type: 'ANALYSE_AFGEROND' },
    { type: 'PLAN_VASTGELEGD', ...jansenPlan(eenmalig) },
    { type: 'PLAN_INGEDIEND' },
  ]);
}
