import { closeDisappearedAs, consentRequired, explainRejection, intake, regie } from './index';
import { INTAKER, play, start, wmo } from './test-helpers';

describe('intake definition', () => {
  it('is workflow intake version 1 with a Dutch title and a spec per event', () => {
    expect(intake).toMatchObject({
      name: 'intake',
      version: 1,
      title: 'Klantreis: van melding tot afsluiting',
    });
    expect(Object.keys(intake.events)).toContain('TRIAGE_AFGEROND');
    expect(intake.events).not.toHaveProperty('DEADLINE_DUE');
  });

  describe('consentRequired', () => {
    it.each(['huisarts', 'poh', 'school', 'aanbieder', 'politie', 'externe_verwijzer'])(
      'asks consent for a melding by %s',
      (channel) => {
        expect(consentRequired({ channel })).toEqual({
          scope: 'melding',
          reason: expect.stringContaining('toestemming'),
        });
      },
    );
    it.each(['inwoner_zelf', 'vroegsignalering', 'veilig_thuis'])('needs none for %s', (channel) => {
      expect(consentRequired({ channel })).toBeNull();
    });
  });

  describe('regie', () => {
    const triaged = start(wmo);
    it('starts with the intaker who registered the melding', () => {
      expect(regie(triaged)).toEqual({ role: 'intaker', holder: INTAKER });
    });
    it('spoed goes to the Spoedteam', () => {
      const s = play(triaged, [
        { type: 'TRIAGE_GESTART' },
        { type: 'TRIAGE_AFGEROND', urgentie: 'spoed', veiligheidsrisico: true, regisseur: 'user-spoed' },
      ]);
      expect(regie(s)).toEqual({ role: 'spoedteam', holder: 'user-spoed' });
    });
    it('multi-problem: the intaker names the regisseur; regular triage without one keeps the intaker', () => {
      const base = play(triaged, [{ type: 'TRIAGE_GESTART' }]);
      const multi = play(base, [
        {
          type: 'TRIAGE_AFGEROND',
          urgentie: 'regulier',
          veiligheidsrisico: false,
          meervoudigeProblematiek: true,
          regisseur: 'user-coach',
        },
      ]);
      expect(regie(multi)).toEqual({ role: 'regisseur', holder: 'user-coach' });
      const simpel = play(base, [
        { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      ]);
      expect(regie(simpel)).toEqual({ role: 'intaker', holder: INTAKER });
    });
    it('REGIE_OVERGEDRAGEN moves regie in an open state', () => {
      const s = play(triaged, [
        { type: 'REGIE_OVERGEDRAGEN', holder: 'user-gezinscoach', role: 'gezinscoach' },
      ]);
      expect(regie(s)).toEqual({ role: 'gezinscoach', holder: 'user-gezinscoach' });
    });
  });

  it('closes vanished terms as cancelled only after an intrekking', () => {
    const open = play(start(wmo), [{ type: 'TRIAGE_GESTART' }, { type: 'GEEN_HULP', reden: 'normaliseren' }]);
    expect(closeDisappearedAs(open, 'wmo_onderzoek')).toBe('met');
    expect(closeDisappearedAs(play(start(wmo), [{ type: 'INGETROKKEN' }]), 'wmo_onderzoek')).toBe(
      'cancelled',
    );
  });

  describe('explainRejection', () => {
    it('explains a Wgs eerste gesprek without hulpvraag', () => {
      expect(explainRejection(start(wmo), { type: 'WGS_EERSTE_GESPREK' })).toMatch(/geen Wgs-hulpvraag/);
    });
    it('explains an event that does not fit the state', () => {
      expect(explainRejection(start(wmo), { type: 'BESLUIT_GENOMEN' })).toBe(
        '"Besluit genomen (beschikking)" kan niet in de fase melding.',
      );
    });
    it('explains that a closed case takes no more events', () => {
      expect(
        explainRejection(play(start(wmo), [{ type: 'INGETROKKEN' }]), { type: 'TRIAGE_GESTART' }),
      ).toMatch(/ingetrokken/);
    });
    it('returns null for unknown event types', () => {
      expect(explainRejection(start(wmo), { type: 'ONBEKEND' })).toBeNull();
    });
  });

  describe('schemas', () => {
    it('accepts a valid melding and refuses personal data and bad values', () => {
      expect(intake.input.safeParse(wmo).success).toBe(true);
      expect(intake.input.safeParse({ ...wmo, bsn: '123456782' }).success).toBe(false);
      expect(intake.input.safeParse({ ...wmo, channel: 'buurman' }).success).toBe(false);
      expect(intake.input.safeParse({ ...wmo, laws: [] }).success).toBe(false);
      expect(intake.input.safeParse({ ...wmo, channel: 'externe_verwijzer' }).success).toBe(false);
      expect(
        intake.input.safeParse({ ...wmo, channel: 'externe_verwijzer', externeVerwijzer: 'jeugdarts' })
          .success,
      ).toBe(true);
      expect(intake.input.safeParse({ ...wmo, wgsCrisis: true }).success).toBe(false);
    });
    it('refuses bad event data', () => {
      const s = (type: string) => intake.events[type].schema;
      expect(s('TRIAGE_AFGEROND').safeParse({ urgentie: 'spoed', veiligheidsrisico: true }).success).toBe(
        false,
      );
      expect(s('TRIAGE_AFGEROND').safeParse({ urgentie: 'hoog', veiligheidsrisico: true }).success).toBe(
        false,
      );
      expect(s('CASCADE_STAP_VASTGELEGD').safeParse({ stap: 6, conclusie: 'toereikend' }).success).toBe(
        false,
      );
      expect(
        s('CASCADE_STAP_VASTGELEGD').safeParse({ stap: 4, conclusie: 'toereikend', voorliggendeWet: 'Wlz' })
          .success,
      ).toBe(true);
      expect(s('BESLUIT_GENOMEN').safeParse({ uitkomst: 'afgewezen' }).success).toBe(false);
      expect(s('BESLISSING_OP_BEZWAAR').safeParse({ uitkomst: 'gegrond' }).success).toBe(false);
      expect(s('BEZWAAR_INGEDIEND').safeParse({}).success).toBe(false);
      const inzet = {
        product: 'p',
        aanbieder: 'a',
        volume: { aantal: 2, eenheid: 'uur' },
        startdatum: '2026-05-01',
        einddatum: '2026-04-01',
      };
      expect(s('INZET_GESTART').safeParse(inzet).success).toBe(false);
      expect(s('INZET_GESTART').safeParse({ ...inzet, einddatum: '2026-06-01' }).success).toBe(true);
      expect(s('AANVRAAG_INGEDIEND').safeParse({ laws: ['Wgs'], voorziening: 'x' }).success).toBe(false);
      expect(s('WGS_HULPVRAAG').safeParse({ crisis: 'ja' }).success).toBe(false);
    });
  });
});
