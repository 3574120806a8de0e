/**
 * The intake by the letter of the law (README, "The journeys by the letter of the law"), with every date asserted
 * to the day. Due dates are computed as the engine computes them (libs/engine dueOf and remindAtOf on the Atw
 * Kalender).
 */
import { Kalender, localDate } from '@regie/calendar';
import { dueOf, remindAtOf } from '../../libs/engine/src/terms';
import type { DeadlineDeclaration } from '../workflow';
import { closeDisappearedAs, explainRejection } from './index';
import { deadlines } from './terms';
import { accepts, inzetBegeleiding, play, start, wmo } from './test-helpers';
import type { IntakeSnapshot, Step } from './test-helpers';

const kalender = new Kalender();
const byKey = (s: IntakeSnapshot) => Object.fromEntries(deadlines(s).map((d) => [d.key, d]));
/** The last day of a declared term, as the engine stores it (no opschorting or verlenging). */
const dueDate = (d: DeadlineDeclaration) =>
  dueOf(kalender, { anchor: new Date(d.anchor), term: d.term, atw: d.atw, extraDays: 0 }).dueDate;
/** The first day the term is over: the day its DEADLINE_DUE fires. */
const firstDayAfter = (d: DeadlineDeclaration) =>
  localDate(dueOf(kalender, { anchor: new Date(d.anchor), term: d.term, atw: d.atw, extraDays: 0 }).dueAt);
const on = (date: string, hour = 10) => `${date}T${String(hour - 2).padStart(2, '0')}:00:00.000Z`; // CEST
const explain = (s: IntakeSnapshot, step: Step | { type: string }) =>
  explainRejection(s, Object.assign({ at: on('2026-06-01'), actor: 'u' }, step));

const triageGestart: Step[] = [{ type: 'TRIAGE_GESTART' }];
const triage: Step[] = [
  ...triageGestart,
  { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
];
const cascadeMaatwerk: Step[] = [1, 2, 3, 4].map(
  (stap) => ({ type: 'CASCADE_STAP_VASTGELEGD', stap, conclusie: 'ontoereikend' }) as Step,
);
const inzet = (evaluatieDatum?: string): Step => ({
  ...inzetBegeleiding,
  ...(evaluatieDatum ? { evaluatieDatum } : {}),
});

describe('item 1: beslissing op bezwaar runs from the end of the bezwaar term (Awb 6:7, 7:10, Atw art. 1)', () => {
  const besluit = (at: string) =>
    play(start(wmo), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'afgewezen', grondslag: 'Wmo 2015 art. 2.3.5', at },
    ]);

  it('besluit 2026-03-24: bezwaar term ends on 5 mei, so on 2026-05-06; beslissing due 2026-06-17', () => {
    const b = besluit(on('2026-03-24'));
    expect(dueDate(byKey(b).bezwaar)).toBe('2026-05-06');
    const bezwaar = play(b, [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: false, at: on('2026-04-02') }]);
    const d = byKey(bezwaar).beslissing_op_bezwaar;
    expect(localDate(new Date(d.anchor))).toBe('2026-05-06');
    expect(dueDate(d)).toBe('2026-06-17');
  });

  it('with an advisory committee 12 weeks (2026-07-29), verdaagd once 6 more (2026-09-09)', () => {
    const met = play(besluit(on('2026-03-24')), [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: true }]);
    expect(dueDate(byKey(met).beslissing_op_bezwaar)).toBe('2026-07-29');
    const verdaagd = play(met, [{ type: 'BESLISTERMIJN_BEZWAAR_VERDAAGD', reden: 'advies later' }]);
    expect(dueDate(byKey(verdaagd).beslissing_op_bezwaar)).toBe('2026-09-09');
  });

  it('an unshifted bezwaar term gives the same day as before: besluit 2026-04-10 -> 2026-07-03', () => {
    const bezwaar = play(besluit(on('2026-04-10')), [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: false }]);
    expect(dueDate(byKey(bezwaar).beslissing_op_bezwaar)).toBe('2026-07-03');
  });
});

describe('item 2: no closing while a bezwaar runs; a term left undone is never met', () => {
  const evaluatie = () =>
    play(start(wmo), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'deels', grondslag: 'Wmo 2015 art. 2.3.5', at: on('2026-03-24') },
      inzet(),
      { type: 'BEZWAAR_INGEDIEND', adviescommissie: false, at: on('2026-04-02') },
      { type: 'EVALUATIE_GESTART', at: on('2026-04-20') },
    ]);
  const afsluiten: Step = { type: 'AFGESLOTEN', resultaatcode: 'doel_bereikt' };

  it('refuses afsluiten from evaluatie while the bezwaar is open, with a Dutch reason', () => {
    const s = evaluatie();
    expect(s.value).toBe('evaluatie');
    expect(accepts(s, afsluiten)).toBe(false);
    expect(explain(s, afsluiten)).toBe(
      'Er loopt een bezwaar tegen het besluit; sluit af na de beslissing op bezwaar (Awb 7:10).',
    );
    const beslist = play(s, [{ type: 'BESLISSING_OP_BEZWAAR', uitkomst: 'ongegrond' }]);
    expect(accepts(beslist, afsluiten)).toBe(true);
  });

  it('refuses afsluiten while the bezwaar term still runs, and allows it once it passed', () => {
    const s = play(start(wmo), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo 2015 art. 2.3.5' },
      inzet(),
      { type: 'EVALUATIE_GESTART' },
    ]);
    expect(accepts(s, afsluiten)).toBe(false);
    expect(explain(s, afsluiten)).toMatch(/bezwaartermijn .* loopt nog/);
    expect(accepts(play(s, [{ type: 'DEADLINE_DUE', key: 'bezwaar' }]), afsluiten)).toBe(true);
  });

  it('closes a term as met only when its action happened', () => {
    // the beslissing op bezwaar that disappears without a beslissing (e.g. an intrekking) is cancelled
    expect(closeDisappearedAs(play(evaluatie(), [{ type: 'INGETROKKEN' }]), 'beslissing_op_bezwaar')).toBe(
      'cancelled',
    );
    const beslist = play(evaluatie(), [{ type: 'BESLISSING_OP_BEZWAAR', uitkomst: 'ongegrond' }]);
    expect(closeDisappearedAs(beslist, 'beslissing_op_bezwaar')).toBe('met');
    // an aanvraag during the onderzoek ends the onderzoek term without a verslag: cancelled, not met
    const aanvraag = play(start(wmo), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
    ]);
    expect(byKey(aanvraag).wmo_onderzoek).toBeUndefined();
    expect(closeDisappearedAs(aanvraag, 'wmo_onderzoek')).toBe('cancelled');
    expect(closeDisappearedAs(aanvraag, 'wmo_persoonlijk_plan')).toBe('cancelled');
    // the besluit meets the beschikking term; a finished onderzoek meets the onderzoek term
    const besluit = play(aanvraag, [{ type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'x' }]);
    expect(closeDisappearedAs(besluit, 'wmo_beschikking')).toBe('met');
    const verslag = play(start(wmo), [
      ...triage,
      ...cascadeMaatwerk,
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 5, conclusie: 'toereikend' },
      { type: 'ONDERZOEK_AFGEROND' },
    ]);
    expect(closeDisappearedAs(verslag, 'wmo_onderzoek')).toBe('met');
    expect(closeDisappearedAs(verslag, 'onbekende_termijn')).toBe('cancelled');
  });
});

describe('item 6: the verslag is shared, or why not is recorded, before the route moves on (Wmo 2.3.2 lid 8)', () => {
  const verslag = () =>
    play(start(wmo), [
      ...triage,
      ...cascadeMaatwerk,
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 5, conclusie: 'toereikend' },
      { type: 'ONDERZOEK_AFGEROND' },
    ]);
  const aanvraag: Step = { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' };

  it('refuses an aanvraag while the verslag was never shared, with a Dutch reason', () => {
    const s = verslag();
    expect(s.context.verslagGedeeldAt).toBeNull();
    expect(accepts(s, aanvraag)).toBe(false);
    expect(explain(s, aanvraag)).toBe(
      'Het verslag is nog niet met de inwoner gedeeld (Wmo 2015 art. 2.3.2 lid 8): deel het eerst, of leg vast waarom niet.',
    );
  });

  it('accepts it after the sharing, or after the reason why not', () => {
    const gedeeld = play(verslag(), [{ type: 'VERSLAG_GEDEELD', at: on('2026-03-20') }, aanvraag]);
    expect(gedeeld.value).toBe('aanvraag');
    expect(gedeeld.context.verslagGedeeldAt).toBe(on('2026-03-20'));
    const niet = play(verslag(), [
      { type: 'VERSLAG_NIET_GEDEELD', reden: 'inwoner wil het verslag niet ontvangen' },
      aanvraag,
    ]);
    expect(niet.value).toBe('aanvraag');
    expect(niet.context.verslagNietGedeeld).toMatchObject({
      reden: 'inwoner wil het verslag niet ontvangen',
    });
    expect(accepts(niet, { type: 'VERSLAG_NIET_GEDEELD', reden: 'x' })).toBe(false);
  });
});

describe('item 7: an aanvraag at any moment (Awb 4:1), also in triage', () => {
  const melding = '2026-03-02T09:00:00.000Z';
  const aanvraag: Step = {
    type: 'AANVRAAG_INGEDIEND',
    laws: ['Wmo'],
    voorziening: 'begeleiding',
    at: on('2026-04-14'),
  };

  it('melding 2026-03-02, aanvraag 2026-04-14 in triage: beschikking due 2026-04-28, onderzoek goes on', () => {
    const s = play(start(wmo, melding), triageGestart);
    expect(accepts(s, aanvraag)).toBe(true);
    expect(explain(s, { type: 'AANVRAAG_INGEDIEND' })).toBeNull();
    const a = play(s, [aanvraag]);
    expect(a.value).toBe('triage');
    const d = byKey(a);
    expect(dueDate(d.wmo_beschikking)).toBe('2026-04-28');
    expect(dueDate(d.wmo_onderzoek)).toBe('2026-04-13');
    // the triage and the onderzoek go on, with the onderzoek term
    const onderzoek = play(a, [triage[1]]);
    expect(onderzoek.value).toBe('onderzoek');
    expect(Object.keys(byKey(onderzoek)).sort()).toEqual([
      'wmo_beschikking',
      'wmo_onderzoek',
      'wmo_persoonlijk_plan',
    ]);
    // a second aanvraag, a verwijzing or geen hulp are refused while it waits for its besluit
    expect(accepts(onderzoek, aanvraag)).toBe(false);
    expect(explain(onderzoek, aanvraag)).toBe('Er is al een aanvraag ingediend voor deze melding.');
    expect(explain(onderzoek, { type: 'GEEN_HULP', reden: 'x' })).toMatch(/Er ligt een aanvraag/);
    // after the onderzoek and the verslag the case goes on to the aanvraag by itself
    const verder = play(onderzoek, [
      ...cascadeMaatwerk,
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 5, conclusie: 'toereikend' },
      { type: 'ONDERZOEK_AFGEROND' },
    ]);
    expect(verder.value).toBe('verslag');
    const gedeeld = play(verder, [{ type: 'VERSLAG_GEDEELD' }]);
    expect(gedeeld.value).toBe('aanvraag');
    expect(closeDisappearedAs(gedeeld, 'wmo_onderzoek')).toBe('met');
    expect(dueDate(byKey(gedeeld).wmo_beschikking)).toBe('2026-04-28');
  });

  it('also at the melding itself, before triage starts', () => {
    const a = play(start(wmo, melding), [aanvraag]);
    expect(a.value).toBe('melding');
    expect(a.context.aanvraag).toMatchObject({ at: on('2026-04-14') });
  });
});

describe('item 8: a Veilig Thuis melding is not closed before its safety was judged', () => {
  it('refuses geen hulp in triage, with a Dutch reason; the term is never recorded as met', () => {
    const s = play(start({ channel: 'veilig_thuis', lifeAreas: ['veiligheid'], laws: ['Jeugdwet'] }), [
      ...triageGestart,
    ]);
    const geenHulp: Step = { type: 'GEEN_HULP', reden: 'niets aan de hand' };
    expect(accepts(s, geenHulp)).toBe(false);
    expect(explain(s, geenHulp)).toBe(
      'Een melding van Veilig Thuis sluit u niet af zonder veiligheidsbeoordeling: rond eerst de triage af en beoordeel de veiligheid.',
    );
    expect(dueDate(byKey(s).veilig_thuis_veiligheidsbeoordeling)).toBe('2026-03-09');
    expect(
      closeDisappearedAs(play(s, [{ type: 'INGETROKKEN' }]), 'veilig_thuis_veiligheidsbeoordeling'),
    ).toBe('cancelled');
    const beoordeeld = play(s, [triage[1]]);
    expect(closeDisappearedAs(beoordeeld, 'veilig_thuis_veiligheidsbeoordeling')).toBe('met');
  });

  it('still allows geen hulp in triage for other meldingen (normaliseren)', () => {
    expect(accepts(play(start(wmo), triageGestart), { type: 'GEEN_HULP', reden: 'normaliseren' })).toBe(true);
  });
});

describe('item 12: an agreed evaluation date is a deadline with a reminder (JOURNEYS.md section 5)', () => {
  const besluit = () =>
    play(start(wmo), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo 2015 art. 2.3.5' },
    ]);

  it('inzet 2026-04-01 with evaluation agreed for 2026-07-01: due 2026-07-01, reminded 2026-06-24', () => {
    const s = play(besluit(), [{ ...inzet('2026-07-01'), at: on('2026-04-01') }]);
    const d = byKey(s).evaluatie;
    expect(d).toMatchObject({ key: 'evaluatie', atw: false, party: 'gemeente' });
    expect(dueDate(d)).toBe('2026-07-01');
    const due = dueOf(kalender, { anchor: new Date(d.anchor), term: d.term, atw: d.atw, extraDays: 0 });
    const remind = remindAtOf(kalender, d, new Date(d.anchor), due);
    expect(remind && localDate(remind)).toBe('2026-06-24');
    // the date is recorded as missed by the engine when it passes; the machine keeps it
    expect(firstDayAfter(d)).toBe('2026-07-02');
    const gemist = play(s, [{ type: 'DEADLINE_DUE', key: 'evaluatie', at: on('2026-07-02', 2) }]);
    expect(gemist.context.verstrekenTermijnen).toEqual([{ key: 'evaluatie', at: on('2026-07-02', 2) }]);
    // starting the evaluation meets it
    const gestart = play(s, [{ type: 'EVALUATIE_GESTART', at: on('2026-06-30') }]);
    expect(byKey(gestart).evaluatie).toBeUndefined();
    expect(closeDisappearedAs(gestart, 'evaluatie')).toBe('met');
  });

  it('a date agreed later, or moved, re-arms it; a date in the past is refused', () => {
    const s = play(besluit(), [{ ...inzet(), at: on('2026-04-01') }]);
    expect(byKey(s).evaluatie).toBeUndefined();
    const afgesproken = play(s, [
      { type: 'EVALUATIE_AFGESPROKEN', datum: '2026-10-01', at: on('2026-05-12') },
    ]);
    expect(dueDate(byKey(afgesproken).evaluatie)).toBe('2026-10-01');
    const verleden: Step = { type: 'EVALUATIE_AFGESPROKEN', datum: '2026-05-01' };
    expect(accepts(afgesproken, { ...verleden, at: on('2026-05-12') })).toBe(false);
    expect(explain(afgesproken, { ...verleden, at: on('2026-05-12') })).toBe(
      'De afgesproken evaluatiedatum ligt in het verleden.',
    );
  });
});

describe('item 14: the Pw zoektermijn is a waiting period, not shifted by the Atw (Pw art. 41 lid 4)', () => {
  it('melding 2026-04-07: the four weeks end on 5 mei (2026-05-05), the aanvraag is possible from 2026-05-06', () => {
    const s = start(
      { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Participatiewet'], pwZoektermijn: true },
      on('2026-04-07'),
    );
    const d = byKey(s).participatiewet_zoektermijn;
    expect(d).toMatchObject({ atw: false, party: 'inwoner', law: 'Pw art. 41' });
    expect(dueDate(d)).toBe('2026-05-05');
    expect(firstDayAfter(d)).toBe('2026-05-06');
    const pw: Step = { type: 'AANVRAAG_INGEDIEND', laws: ['Participatiewet'], voorziening: 'bijstand' };
    const onderzoek = play(s, triage);
    expect(accepts(onderzoek, { ...pw, at: on('2026-05-05') })).toBe(false);
    const voorbij = play(onderzoek, [
      { type: 'DEADLINE_DUE', key: 'participatiewet_zoektermijn', at: on('2026-05-06', 2) },
    ]);
    expect(accepts(voorbij, { ...pw, at: on('2026-05-06') })).toBe(true);
  });
});
