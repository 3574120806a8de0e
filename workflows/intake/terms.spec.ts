import { Kalender } from '@regie/calendar';
import type { TermLength } from '../workflow';
import { deadlines } from './terms';
import { MELDING_AT, play, start, wmo } from './test-helpers';
import type { Step } from './test-helpers';

const byKey = (s: Parameters<typeof deadlines>[0]) => Object.fromEntries(deadlines(s).map((d) => [d.key, d]));
const triage: Step[] = [
  { type: 'TRIAGE_GESTART' },
  { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
];
const LATER = '2026-03-20T10:00:00.000Z';

describe('deadlines()', () => {
  it('Miriam: Wmo onderzoek (6 weeks) and Wgs eerste gesprek (4 weeks) run side by side', () => {
    const s = play(
      start({ channel: 'huisarts', lifeAreas: ['sociaal_netwerk', 'financien'], laws: ['Wmo'] }),
      [...triage, { type: 'WGS_HULPVRAAG', at: LATER }],
    );
    const d = byKey(s);
    expect(d.wmo_onderzoek).toEqual({
      key: 'wmo_onderzoek',
      name: 'Wmo onderzoek',
      law: 'Wmo 2015 art. 2.3.2',
      anchor: MELDING_AT,
      term: { amount: 6, unit: 'weeks' },
      atw: true,
      party: 'gemeente',
    });
    expect(d.wgs_eerste_gesprek).toMatchObject({
      anchor: LATER,
      term: { amount: 4, unit: 'weeks' },
      law: 'Wgs art. 4',
      atw: true,
    });
    expect(d.wmo_persoonlijk_plan).toMatchObject({ party: 'inwoner', term: { amount: 7, unit: 'days' } });
    expect(d.wmo_persoonlijk_plan.remindBefore).toBeUndefined();
  });

  it('persoonlijk plan stops when received; Wgs eerste gesprek gives way to the beschikking toegang', () => {
    const s = play(start({ ...wmo, laws: ['Wmo', 'Wgs'] }), [
      ...triage,
      { type: 'PERSOONLIJK_PLAN_ONTVANGEN' },
      { type: 'WGS_EERSTE_GESPREK', at: LATER },
    ]);
    const d = byKey(s);
    expect(d.wmo_persoonlijk_plan).toBeUndefined();
    expect(d.wgs_eerste_gesprek).toBeUndefined();
    expect(d.wgs_beschikking_toegang).toMatchObject({ anchor: LATER, term: { amount: 8, unit: 'weeks' } });
  });

  it('Hansen: verwezen ends the Wmo onderzoek term', () => {
    const onderzoek = play(start(wmo), triage);
    expect(byKey(onderzoek).wmo_onderzoek).toBeDefined();
    const s = play(onderzoek, [
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 3, conclusie: 'toereikend' },
      { type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'wijkkamer' },
    ]);
    expect(deadlines(s)).toEqual([]);
  });

  it('Gerda: a Wgs crisis at the melding gives 3 werkdagen from the melding', () => {
    const s = start({ channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wgs'], wgsCrisis: true });
    expect(deadlines(s)).toEqual([
      {
        key: 'wgs_eerste_gesprek',
        name: 'Wgs eerste gesprek (crisis)',
        law: 'Wgs art. 4',
        anchor: MELDING_AT,
        term: { amount: 3, unit: 'werkdagen' },
        atw: true,
        party: 'gemeente',
      },
    ]);
  });

  it('a Wgs melding without crisis runs 4 weeks from the melding', () => {
    const s = start({ channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wgs'] });
    expect(byKey(s).wgs_eerste_gesprek).toMatchObject({
      anchor: MELDING_AT,
      term: { amount: 4, unit: 'weeks' },
    });
  });

  it('aanvraag under Wmo and Jeugdwet: 2 and 8 weeks from the aanvraag, onderzoek done', () => {
    const s = play(start({ ...wmo, laws: ['Wmo', 'Jeugdwet'] }), [
      ...triage,
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo', 'Jeugdwet'], voorziening: 'begeleiding', at: LATER },
    ]);
    const d = byKey(s);
    expect(Object.keys(d).sort()).toEqual(['jeugdwet_beschikking', 'wmo_beschikking']);
    expect(d.wmo_beschikking).toMatchObject({
      anchor: LATER,
      term: { amount: 2, unit: 'weeks' },
      law: 'Wmo 2015 art. 2.3.5',
    });
    expect(d.jeugdwet_beschikking).toMatchObject({
      anchor: LATER,
      term: { amount: 8, unit: 'weeks' },
      law: 'Awb 4:13',
    });
  });

  it('Pw: zoektermijn from the melding, then beschikking and voorschot from the aanvraag until the voorschot', () => {
    const pw = start({
      channel: 'inwoner_zelf',
      lifeAreas: ['financien'],
      laws: ['Participatiewet'],
      pwZoektermijn: true,
    });
    expect(byKey(pw).participatiewet_zoektermijn).toMatchObject({
      anchor: MELDING_AT,
      party: 'inwoner',
      law: 'Pw art. 41',
    });
    const aanvraag = play(pw, [
      ...triage,
      { type: 'DEADLINE_DUE', key: 'participatiewet_zoektermijn' },
      { type: 'AANVRAAG_INGEDIEND', laws: ['Participatiewet'], voorziening: 'bijstand', at: LATER },
    ]);
    expect(Object.keys(byKey(aanvraag)).sort()).toEqual([
      'participatiewet_beschikking',
      'participatiewet_voorschot',
    ]);
    const voorschot = play(aanvraag, [{ type: 'VOORSCHOT_VERLEEND' }]);
    expect(Object.keys(byKey(voorschot))).toEqual(['participatiewet_beschikking']);
  });

  it('Veilig Thuis: 5 werkdagen veiligheidsbeoordeling until the triage', () => {
    const s = start({ channel: 'veilig_thuis', lifeAreas: ['veiligheid'], laws: ['Jeugdwet'] });
    expect(byKey(s).veilig_thuis_veiligheidsbeoordeling).toMatchObject({
      term: { amount: 5, unit: 'werkdagen' },
      anchor: MELDING_AT,
    });
    expect(byKey(play(s, triage)).veilig_thuis_veiligheidsbeoordeling).toBeUndefined();
  });

  describe('besluit and bezwaar', () => {
    const BESLUIT_AT = '2026-04-10T12:00:00.000Z';
    const besluit = () =>
      play(start(wmo), [
        ...triage,
        { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
        { type: 'BESLUIT_GENOMEN', uitkomst: 'afgewezen', grondslag: 'Wmo 2015 art. 2.3.5', at: BESLUIT_AT },
      ]);

    it('the besluit ends the beschikking term and starts the bezwaar term of the inwoner', () => {
      expect(deadlines(besluit())).toEqual([
        {
          key: 'bezwaar',
          name: 'Bezwaartermijn',
          law: 'Awb 6:7, 6:8',
          anchor: BESLUIT_AT,
          term: { amount: 6, unit: 'weeks' },
          atw: true,
          party: 'inwoner',
        },
      ]);
    });

    it('a bezwaar replaces it by the beslissing op bezwaar: 6+6 weeks, 6+12 with a committee, +6 verdaagd', () => {
      const zonder = play(besluit(), [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: false }]);
      // Awb 7:10 runs from the end of the bezwaar term (Friday 22 May 2026), not from the besluit:
      // the anchor is that last day, the term the beslistermijn alone
      const eindeBezwaar = '2026-05-21T22:00:00.000Z'; // 22 May 2026, 00:00 in Amsterdam
      expect(deadlines(zonder)).toEqual([
        expect.objectContaining({
          key: 'beslissing_op_bezwaar',
          anchor: eindeBezwaar,
          term: { amount: 6, unit: 'weeks' },
          law: 'Awb 7:10',
        }),
      ]);
      const met = play(besluit(), [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: true }]);
      expect(byKey(met).beslissing_op_bezwaar.term).toEqual({ amount: 12, unit: 'weeks' });
      const verdaagd = play(met, [
        { type: 'BESLISTERMIJN_BEZWAAR_VERDAAGD', reden: 'advies nog niet binnen' },
      ]);
      expect(byKey(verdaagd).beslissing_op_bezwaar.term).toEqual({ amount: 18, unit: 'weeks' });
      expect(deadlines(play(met, [{ type: 'BESLISSING_OP_BEZWAAR', uitkomst: 'ongegrond' }]))).toEqual([]);
    });

    it('the bezwaar term keeps running during inzet after a toekenning', () => {
      const s = play(start(wmo), [
        ...triage,
        { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding' },
        { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo 2015 art. 2.3.5', at: BESLUIT_AT },
        {
          type: 'INZET_GESTART',
          product: 'begeleiding',
          aanbieder: 'A',
          volume: { aantal: 2, eenheid: 'uur per week' },
          startdatum: '2026-04-15',
          einddatum: '2027-04-14',
        },
      ]);
      expect(s.value).toBe('inzet');
      expect(Object.keys(byKey(s))).toEqual(['bezwaar']);
    });
  });

  it('ingetrokken ends every term', () => {
    const s = play(start({ ...wmo, laws: ['Wmo', 'Wgs'], pwZoektermijn: false }), [...triage]);
    expect(deadlines(s).length).toBeGreaterThan(1);
    expect(deadlines(play(s, [{ type: 'INGETROKKEN', reden: 'wil geen hulp' }]))).toEqual([]);
  });
});

describe('deadlines(): a date of receipt before the registration (Awb 4:13, Atw)', () => {
  const kalender = new Kalender();
  const due = (d: { anchor: string; term: TermLength; atw: boolean }) =>
    kalender.termEnd(new Date(d.anchor), d.term, { atw: d.atw }).dueDate;

  it('anchors the melding terms on the start of the day of receipt, so they run from the day after it', () => {
    const s = start({ ...wmo, ontvangenOp: '2025-11-22' }, '2025-11-25T08:30:00.000Z');
    const d = byKey(s);
    expect(d.wmo_onderzoek.anchor).toBe('2025-11-21T23:00:00.000Z');
    expect(due(d.wmo_onderzoek)).toBe('2026-01-05'); // Saturday 3 January 2026, on to Monday
    expect(due(d.wmo_persoonlijk_plan)).toBe('2025-12-01');
    expect(s.context.meldingAt).toBe('2025-11-25T08:30:00.000Z');
  });

  it('anchors the Wgs hulpvraag of the melding on its receipt too', () => {
    const s = start({ ...wmo, laws: ['Wgs'], ontvangenOp: '2026-03-27' }, '2026-03-30T08:00:00.000Z');
    expect(byKey(s).wgs_eerste_gesprek.anchor).toBe('2026-03-26T23:00:00.000Z');
  });

  it('anchors the beschikking terms on the aanvraag received, not on its registration', () => {
    const at = '2025-04-24T08:00:00.000Z';
    const aanvraag = (ontvangenOp?: string) =>
      byKey(
        play(
          start(wmo, at),
          [
            {
              type: 'AANVRAAG_INGEDIEND',
              laws: ['Wmo'],
              voorziening: 'hulp bij het huishouden',
              ontvangenOp,
            },
          ],
          at,
        ),
      ).wmo_beschikking;
    expect(due(aanvraag('2025-04-21'))).toBe('2025-05-06'); // 5 mei is a feestdag for the Atw
    expect(due(aanvraag())).toBe('2025-05-08');
    const in2028 = byKey(
      play(
        start(wmo, '2028-04-17T08:00:00.000Z'),
        [{ type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'rolstoel', ontvangenOp: '2028-04-14' }],
        '2028-04-17T08:00:00.000Z',
      ),
    ).wmo_beschikking;
    expect(due(in2028)).toBe('2028-05-01'); // 28 April 2028 is equated by Royal Decree
  });
});
