/**
 * The legal terms of the klantreis (JOURNEYS.md section 1) as data, and `deadlines(snapshot)`: every term that
 * runs in a snapshot. The engine arms a key when it appears, re-arms it when its anchor or term changes, and
 * closes it when it disappears (`met`, or `cancelled` after an intrekking, see index.ts).
 */
import type { SnapshotFrom } from 'xstate';
import type { DeadlineDeclaration, TermLength } from '../workflow';
import type { IntakeContext, IntakeMachine } from './machine';

export type TermKey =
  | 'wmo_onderzoek'
  | 'wmo_persoonlijk_plan'
  | 'wmo_beschikking'
  | 'jeugdwet_beschikking'
  | 'participatiewet_beschikking'
  | 'participatiewet_voorschot'
  | 'participatiewet_zoektermijn'
  | 'wgs_eerste_gesprek'
  | 'wgs_eerste_gesprek_crisis'
  | 'wgs_beschikking_toegang'
  | 'bezwaar'
  | 'beslissing_op_bezwaar'
  | 'veilig_thuis_veiligheidsbeoordeling';

export interface TermDefinition {
  name: string;
  law: string;
  term: TermLength;
  party: 'gemeente' | 'inwoner';
  /** what the term runs from, in words (documentation) */
  from: string;
}

const weeks = (amount: number): TermLength => ({ amount, unit: 'weeks' });

/** The table of JOURNEYS.md section 1. Every one is set in a law (or a sector norm) and counted per the Atw. */
export const TERMS: Record<TermKey, TermDefinition> = {
  wmo_onderzoek: {
    name: 'Wmo onderzoek',
    law: 'Wmo 2015 art. 2.3.2',
    term: weeks(6),
    party: 'gemeente',
    from: 'melding',
  },
  wmo_persoonlijk_plan: {
    name: 'Wmo persoonlijk plan',
    law: 'Wmo 2015 art. 2.3.2',
    term: { amount: 7, unit: 'days' },
    party: 'inwoner',
    from: 'melding',
  },
  wmo_beschikking: {
    name: 'Wmo beschikking',
    law: 'Wmo 2015 art. 2.3.5',
    term: weeks(2),
    party: 'gemeente',
    from: 'aanvraag',
  },
  jeugdwet_beschikking: {
    name: 'Jeugdwet beschikking',
    law: 'Awb 4:13',
    term: weeks(8),
    party: 'gemeente',
    from: 'aanvraag',
  },
  participatiewet_beschikking: {
    name: 'Participatiewet beschikking',
    law: 'Awb 4:13',
    term: weeks(8),
    party: 'gemeente',
    from: 'aanvraag',
  },
  participatiewet_voorschot: {
    name: 'Participatiewet voorschot',
    law: 'Pw art. 52',
    term: weeks(4),
    party: 'gemeente',
    from: 'aanvraag',
  },
  participatiewet_zoektermijn: {
    name: 'Participatiewet zoektermijn (jonger dan 27)',
    law: 'Pw art. 41',
    term: weeks(4),
    party: 'inwoner',
    from: 'melding',
  },
  wgs_eerste_gesprek: {
    name: 'Wgs eerste gesprek',
    law: 'Wgs art. 4',
    term: weeks(4),
    party: 'gemeente',
    from: 'hulpvraag',
  },
  wgs_eerste_gesprek_crisis: {
    name: 'Wgs eerste gesprek (crisis)',
    law: 'Wgs art. 4',
    term: { amount: 3, unit: 'werkdagen' },
    party: 'gemeente',
    from: 'hulpvraag',
  },
  wgs_beschikking_toegang: {
    name: 'Wgs beschikking toegang',
    law: 'Wgs',
    term: weeks(8),
    party: 'gemeente',
    from: 'eerste gesprek',
  },
  bezwaar: { name: 'Bezwaartermijn', law: 'Awb 6:7, 6:8', term: weeks(6), party: 'inwoner', from: 'besluit' },
  beslissing_op_bezwaar: {
    name: 'Beslissing op bezwaar',
    law: 'Awb 7:10',
    term: weeks(6),
    party: 'gemeente',
    from: 'einde bezwaartermijn',
  },
  veilig_thuis_veiligheidsbeoordeling: {
    name: 'Veilig Thuis veiligheidsbeoordeling',
    law: 'sectornorm Veilig Thuis',
    term: { amount: 5, unit: 'werkdagen' },
    party: 'gemeente',
    from: 'melding',
  },
};

/** The crisis variant keeps the key `wgs_eerste_gesprek`: one term whose length changes, so the engine re-arms it. */
const DECLARED_KEY: Partial<Record<TermKey, string>> = { wgs_eerste_gesprek_crisis: 'wgs_eerste_gesprek' };

function declare(key: TermKey, anchor: string, term: TermLength = TERMS[key].term): DeadlineDeclaration {
  const t = TERMS[key];
  // atw: the Atw governs every term set in a law. The Veilig Thuis norm is no law, but a werkdagen term counts
  // the same non-working days, so it is declared with atw too.
  return { key: DECLARED_KEY[key] ?? key, name: t.name, law: t.law, anchor, term, atw: true, party: t.party };
}

/** States before the onderzoek is finished (the Wmo onderzoek term runs until the verslag). */
const VOOR_VERSLAG = ['melding', 'triage', 'onderzoek'];
/** States before an outcome or aanvraag. */
const VOOR_UITKOMST = [...VOOR_VERSLAG, 'verslag'];

/** Every term that runs in this snapshot. Final states (verwezen, geen_hulp, ingetrokken, afgesloten) run none. */
export function deadlines(snapshot: SnapshotFrom<IntakeMachine>): DeadlineDeclaration[] {
  if (snapshot.status !== 'active') return [];
  const state = String(snapshot.value);
  const c: IntakeContext = snapshot.context;
  const wetten = c.melding.laws;
  const out: DeadlineDeclaration[] = [];

  if (wetten.includes('Wmo') && VOOR_VERSLAG.includes(state)) {
    out.push(declare('wmo_onderzoek', c.meldingAt));
    if (c.persoonlijkPlanOntvangenAt === null) out.push(declare('wmo_persoonlijk_plan', c.meldingAt));
  }
  if (c.melding.channel === 'veilig_thuis' && c.triage === null && ['melding', 'triage'].includes(state)) {
    out.push(declare('veilig_thuis_veiligheidsbeoordeling', c.meldingAt));
  }
  if (c.melding.pwZoektermijn && VOOR_UITKOMST.includes(state)) {
    out.push(declare('participatiewet_zoektermijn', c.meldingAt));
  }

  if (state === 'aanvraag' && c.aanvraag) {
    const a = c.aanvraag;
    if (a.laws.includes('Wmo')) out.push(declare('wmo_beschikking', a.at));
    if (a.laws.includes('Jeugdwet')) out.push(declare('jeugdwet_beschikking', a.at));
    if (a.laws.includes('Participatiewet')) {
      out.push(declare('participatiewet_beschikking', a.at));
      if (a.voorschotAt === null) out.push(declare('participatiewet_voorschot', a.at));
    }
  }

  if (c.wgs) {
    if (c.wgs.eersteGesprekAt === null) {
      out.push(declare(c.wgs.crisis ? 'wgs_eerste_gesprek_crisis' : 'wgs_eerste_gesprek', c.wgs.hulpvraagAt));
    } else if (c.wgs.beschikking === null) {
      out.push(declare('wgs_beschikking_toegang', c.wgs.eersteGesprekAt));
    }
  }

  if (c.besluit) {
    if (c.bezwaar === null) {
      // Awb 6:7/6:8: six weeks from the day after bekendmaking; the engine counts whole weeks from the anchor,
      // so anchoring on the besluit's date gives the same due date.
      out.push(declare('bezwaar', c.besluit.at));
    } else if (c.bezwaar.beslissing === null) {
      // Awb 7:10: 6 weeks (12 with an advisory committee, +6 once when verdaagd) from the END of the bezwaar
      // term, even when the bezwaar came in earlier. Declared as besluit date + 6 + that term, which is the same
      // day save for an Atw weekend/holiday shift of the bezwaar term's own end.
      const beslistermijn = (c.bezwaar.adviescommissie ? 12 : 6) + (c.bezwaar.verdaagdAt ? 6 : 0);
      out.push(declare('beslissing_op_bezwaar', c.besluit.at, weeks(6 + beslistermijn)));
    }
  }
  return out;
}
