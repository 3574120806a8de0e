/**
 * The legal terms of the klantreis (JOURNEYS.md section 1) as data, and `deadlines(snapshot)`: every term that
 * runs in a snapshot. The engine arms a key when it appears, re-arms it when its anchor or term changes, and
 * closes it when it disappears: `met` only when what the term asks happened, else `cancelled`
 * (closeDisappearedAs below).
 */
import { ATW_KALENDER, daysBetween, localDate, startOfLocalDay } from '@regie/calendar';
import type { SnapshotFrom } from 'xstate';
import type { DeadlineDeclaration, TermLength } from '../workflow';
import { type IntakeContext, type IntakeMachine, aanvraagAnker, meldingAnker } from './machine';

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
  | 'veilig_thuis_veiligheidsbeoordeling'
  | 'evaluatie';

export interface TermDefinition {
  name: string;
  law: string;
  term: TermLength;
  party: 'gemeente' | 'inwoner';
  /** what the term runs from, in words (documentation) */
  from: string;
  /** whether the Algemene termijnenwet shifts its end; true when absent */
  atw?: boolean;
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
  // Not shifted by the Atw. Pw art. 41 lid 4 lets an inwoner under 27 apply only "na vier weken na de melding":
  // a waiting period after which the inwoner MAY act, not a term within which anyone MUST act. Atw art. 1
  // lengthens a term set by law that ends on a Saturday, Sunday or feestdag so that whoever must act before its
  // end does not lose that day to a closed office; lengthening a waiting period would do the opposite and keep
  // the inwoner a day (or more) longer from the aanvraag and the bijstand. So the four weeks end on their own
  // last day, feestdag or not: melding Tuesday 7 April 2026 -> four weeks end on 5 mei (a feestdag) -> the
  // aanvraag can be made from Wednesday 6 May, not from the 7th.
  participatiewet_zoektermijn: {
    name: 'Participatiewet zoektermijn (jonger dan 27)',
    law: 'Pw art. 41',
    term: weeks(4),
    party: 'inwoner',
    from: 'melding',
    atw: false,
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
  // The length is the days from the moment it was agreed to the agreed date (see evaluatieTermijn).
  evaluatie: {
    name: 'Evaluatie (afgesproken datum)',
    law: 'afspraak in het plan',
    term: { amount: 0, unit: 'days' },
    party: 'gemeente',
    from: 'afspraak in het plan',
    atw: false,
  },
};

/**
 * The Atw calendar the workflow counts the bezwaar term's end with (Awb 7:10 runs from it): the process's calendar
 * with the equated days in force, the same instance the engine counts with (libs/runtime loads the admin's list
 * into it). Workflows are pure, so they may use the calendar.
 */
const KALENDER = ATW_KALENDER;

/** The crisis variant keeps the key `wgs_eerste_gesprek`: one term whose length changes, so the engine re-arms it. */
const DECLARED_KEY: Partial<Record<TermKey, string>> = { wgs_eerste_gesprek_crisis: 'wgs_eerste_gesprek' };

function declare(key: TermKey, anchor: string, term: TermLength = TERMS[key].term): DeadlineDeclaration {
  const t = TERMS[key];
  // atw: the Atw governs every term set in a law. The Veilig Thuis norm is no law, but a werkdagen term counts
  // the same non-working days, so it is declared with atw too. The Pw zoektermijn is no term to act within and is
  // not shifted (see TERMS).
  const atw = t.atw ?? true;
  return { key: DECLARED_KEY[key] ?? key, name: t.name, law: t.law, anchor, term, atw, party: t.party };
}

/**
 * Awb 6:7, 6:8: the last day of the bezwaar term (six weeks from the day after the besluit), after its own Atw
 * shift. Awb 7:10 runs the beslistermijn from the day after it, so the anchor is the start of that last day
 * (Amsterdam): the engine counts a term from the anchor's day, that day excluded.
 */
export function eindeBezwaartermijn(besluitAt: string): string {
  const end = KALENDER.termEnd(new Date(besluitAt), TERMS.bezwaar.term, { atw: true }).dueDate;
  if (end === null) throw new Error('the bezwaar term is counted in days');
  return end;
}

/** An agreed date as a term: the calendar days from the moment of the afspraak to that date, without the Atw. */
function evaluatieTermijn(afspraak: { datum: string; at: string }): DeadlineDeclaration {
  const days = Math.max(0, daysBetween(localDate(new Date(afspraak.at)), afspraak.datum));
  const t = TERMS.evaluatie;
  // an internal review, no legal term: no law, no Atw; reminded a week before
  return {
    key: 'evaluatie',
    name: t.name,
    anchor: afspraak.at,
    term: { amount: days, unit: 'days' },
    atw: false,
    party: t.party,
    remindBefore: { amount: 1, unit: 'weeks' },
  };
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
  // Awb, Atw: a term runs from the day after the melding was received, which may lie before its registration
  const melding = meldingAnker(c);

  if (wetten.includes('Wmo') && VOOR_VERSLAG.includes(state)) {
    out.push(declare('wmo_onderzoek', melding));
    if (c.persoonlijkPlanOntvangenAt === null) out.push(declare('wmo_persoonlijk_plan', melding));
  }
  if (c.melding.channel === 'veilig_thuis' && c.triage === null && ['melding', 'triage'].includes(state)) {
    out.push(declare('veilig_thuis_veiligheidsbeoordeling', melding));
  }
  if (c.melding.pwZoektermijn && VOOR_UITKOMST.includes(state)) {
    out.push(declare('participatiewet_zoektermijn', melding));
  }

  // Awb 4:13, Wmo 2015 art. 2.3.5: the beschikking term runs from the aanvraag until the besluit, also when the
  // aanvraag came in before or during the onderzoek (Awb 4:1).
  if (c.aanvraag && c.besluit === null) {
    const a = c.aanvraag;
    const ontvangen = aanvraagAnker(a); // the day of receipt, when the aanvraag came in before it was registered
    if (a.laws.includes('Wmo')) out.push(declare('wmo_beschikking', ontvangen));
    if (a.laws.includes('Jeugdwet')) out.push(declare('jeugdwet_beschikking', ontvangen));
    if (a.laws.includes('Participatiewet')) {
      out.push(declare('participatiewet_beschikking', ontvangen));
      if (a.voorschotAt === null) out.push(declare('participatiewet_voorschot', ontvangen));
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
      // term, even when the bezwaar came in earlier; that end is after its own Atw shift (besluit 24 March 2026:
      // the bezwaar term ends on 5 mei, so on 6 May, and the beslissing is due 17 June, not 16 June).
      const beslistermijn = (c.bezwaar.adviescommissie ? 12 : 6) + (c.bezwaar.verdaagdAt ? 6 : 0);
      const anchor = startOfLocalDay(eindeBezwaartermijn(c.besluit.at)).toISOString();
      out.push(declare('beslissing_op_bezwaar', anchor, weeks(beslistermijn)));
    }
  }

  // JOURNEYS.md section 5: an evaluation agreed in the plan is due on its date while the inzet runs.
  const afspraak = c.evaluatieAfspraak ?? null;
  if (state === 'inzet' && afspraak) out.push(evaluatieTermijn(afspraak));
  return out;
}

/** What each term asks, done: only then is a term that stops being declared closed as `met`. */
const GEDAAN: Record<string, (c: IntakeContext) => boolean> = {
  // the melding got its answer: the onderzoek was finished, or the melding closed with a verwijzing or geen hulp
  wmo_onderzoek: (c) => c.onderzoekAfgerondAt !== null || c.verwijzing !== null || c.geenHulp !== null,
  wmo_persoonlijk_plan: (c) => c.persoonlijkPlanOntvangenAt !== null,
  veilig_thuis_veiligheidsbeoordeling: (c) => c.triage !== null,
  // a waiting period that stops before its end (the melding closed) has nothing that was done
  participatiewet_zoektermijn: () => false,
  wmo_beschikking: (c) => c.besluit !== null,
  jeugdwet_beschikking: (c) => c.besluit !== null,
  participatiewet_beschikking: (c) => c.besluit !== null,
  // Pw art. 52: a voorschot is owed only while the besluit is not taken within four weeks
  participatiewet_voorschot: (c) => (c.aanvraag?.voorschotAt ?? null) !== null || c.besluit !== null,
  wgs_eerste_gesprek: (c) => (c.wgs?.eersteGesprekAt ?? null) !== null,
  wgs_beschikking_toegang: (c) => (c.wgs?.beschikking ?? null) !== null,
  bezwaar: (c) => c.bezwaar !== null,
  beslissing_op_bezwaar: (c) => (c.bezwaar?.beslissing ?? null) !== null,
  evaluatie: (c) => c.evaluatieAt !== null,
};

/**
 * How a term that stops being declared is closed: `met` only when what it asks happened (the onderzoek finished,
 * the besluit taken, the bezwaar decided...). A term that stops because its state was left without that
 * (an intrekking, an aanvraag that took over the onderzoek, a case closed early) is `cancelled`, never `met`.
 */
export function closeDisappearedAs(snapshot: SnapshotFrom<IntakeMachine>, key: string): 'met' | 'cancelled' {
  if (snapshot.value === 'ingetrokken') return 'cancelled';
  const gedaan = Object.hasOwn(GEDAAN, key) ? GEDAAN[key] : undefined;
  return gedaan?.(snapshot.context) ? 'met' : 'cancelled';
}
