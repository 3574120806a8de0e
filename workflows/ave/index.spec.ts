import { AVE_DEFAULTS, ave, explainRejection, projection, regie } from './index';
import {
  BESTUURLIJK,
  CASUSREGISSEUR,
  INTAKER,
  INTAKE_CASE,
  PROCESMANAGER,
  SPOEDTEAM,
  TEAMLEIDER,
  basisInput,
  event,
  play,
  start,
} from './test-helpers';

const op = (naarNiveau: 1 | 2 | 3 | 4, ontvanger: string) => ({
  type: 'OPSCHALEN' as const,
  naarNiveau,
  reden: 'zorgen nemen toe',
  criteria: ['veiligheid' as const],
  ontvanger,
});

describe('ave definition', () => {
  it('is workflow ave version 1 with a Dutch title and a spec per event', () => {
    expect(ave).toMatchObject({ name: 'ave', version: 1 });
    expect(ave.title).toMatch(/Aanpak Voorkoming Escalatie/);
    expect(Object.keys(ave.events).sort()).toEqual(
      [
        'AFGESLOTEN',
        'AFSCHALEN',
        'CONFIGURATIE_GEWIJZIGD',
        'DOORBRAAK_AANGEMELD',
        'DOORBRAAK_GEKOPPELD',
        'INTAKE_GEKOPPELD',
        'KINDEREN_GEWIJZIGD',
        'OPSCHALEN',
        'REGIE_GEACCEPTEERD',
        'REGIE_OVERGEDRAGEN',
        'REVIEW_UITGEVOERD',
      ].sort(),
    );
    expect(ave.events).not.toHaveProperty('DEADLINE_DUE');
  });

  it('lets the professionals work the case and keeps reassignment and rules to the teamleider', () => {
    expect(ave.events.OPSCHALEN.roles).toEqual(['intaker', 'procesmanager', 'teamleider']);
    expect(ave.events.REGIE_GEACCEPTEERD.roles).toEqual(['intaker', 'procesmanager', 'teamleider']);
    expect(ave.events.REGIE_OVERGEDRAGEN.roles).toEqual(['teamleider']);
    expect(ave.events.CONFIGURATIE_GEWIJZIGD.roles).toEqual(['teamleider']);
    for (const spec of Object.values(ave.events)) {
      expect(spec.roles).not.toContain('admin');
      expect(spec.roles).not.toContain('beleid');
    }
  });

  it('has the defaults of JOURNEYS.md', () => {
    const n = AVE_DEFAULTS.niveaus;
    expect([0, 1, 2, 3, 4].map((i) => n[`${i}` as '0'].regierol)).toEqual([
      'inwoner',
      'professional',
      'casusregisseur',
      'spoedteam',
      'bestuurlijk',
    ]);
    expect(n['3'].regierolMetKinderen).toBe('procesmanager');
    expect(n['4'].procesregierol).toBe('procesmanager');
    expect(n['3'].acceptatietermijn).toEqual({ amount: 2, unit: 'werkdagen' });
    expect(n['4'].acceptatietermijn).toEqual({ amount: 2, unit: 'werkdagen' });
    expect([n['2'].reviewinterval, n['3'].reviewinterval, n['4'].reviewinterval]).toEqual([
      { amount: 3, unit: 'months' },
      { amount: 4, unit: 'weeks' },
      { amount: 1, unit: 'weeks' },
    ]);
  });

  it('reports the current holder and level; the previous holder keeps regie until acceptance', () => {
    const s = play(start(), [op(2, CASUSREGISSEUR), op(3, SPOEDTEAM)]);
    expect(projection(s)).toEqual({ aveLevel: 3, regieOntvanger: SPOEDTEAM, regieOntvangerRol: 'spoedteam' });
    expect(regie(s)).toEqual({ role: 'casusregisseur', holder: CASUSREGISSEUR });
    const a = play(s, [{ type: 'REGIE_GEACCEPTEERD', actor: SPOEDTEAM }]);
    expect(regie(a)).toEqual({ role: 'spoedteam', holder: SPOEDTEAM });
    expect(projection(a)).toEqual({ aveLevel: 3, regieOntvanger: null, regieOntvangerRol: null });
  });

  describe('explainRejection', () => {
    const drie = play(start(), [op(2, CASUSREGISSEUR), op(3, SPOEDTEAM)]);
    it('refuses acceptance by someone who is not the receiver', () => {
      const wrong = event({ type: 'REGIE_GEACCEPTEERD' }, undefined, CASUSREGISSEUR);
      expect(drie.can(wrong)).toBe(false);
      expect(explainRejection(drie, wrong)).toMatch(/Alleen de aangewezen ontvanger \(user-spoedteam\)/);
      expect(
        explainRejection(drie, { type: 'REGIE_GEACCEPTEERD', actor: 'probe' } as { type: string }),
      ).toBeNull();
      expect(explainRejection(start(), { type: 'REGIE_GEACCEPTEERD' })).toMatch(/geen regieoverdracht/);
    });
    it('explains afschalen more than one level, opschalen not upward, closing above level 1', () => {
      expect(explainRejection(drie, { type: 'AFSCHALEN', naarNiveau: 1 } as { type: string })).toBe(
        'Afschalen gaat één niveau tegelijk: van niveau 3 naar niveau 2.',
      );
      expect(explainRejection(drie, { type: 'OPSCHALEN', naarNiveau: 2 } as { type: string })).toMatch(
        /hoger niveau dan het huidige \(niveau 3\)/,
      );
      expect(explainRejection(drie, { type: 'AFGESLOTEN' })).toMatch(/alleen op niveau 0 of 1/);
      const vier = play(drie, [{ ...op(4, BESTUURLIJK), procesregisseur: PROCESMANAGER }]);
      expect(explainRejection(vier, { type: 'OPSCHALEN' })).toMatch(/hoogste niveau/);
      expect(explainRejection(start({ ...basisInput, startLevel: 0 }), { type: 'AFSCHALEN' })).toMatch(
        /laagste niveau/,
      );
      expect(explainRejection(start(), { type: 'OPSCHALEN', naarNiveau: 4 } as { type: string })).toMatch(
        /procesregie/,
      );
    });
    it('answers null to a probe without data when data could make it pass', () => {
      for (const type of [
        'OPSCHALEN',
        'AFSCHALEN',
        'REVIEW_UITGEVOERD',
        'KINDEREN_GEWIJZIGD',
        'INTAKE_GEKOPPELD',
      ]) {
        expect(explainRejection(drie, { type })).toBeNull();
      }
      expect(explainRejection(drie, { type: 'REGIE_OVERGEDRAGEN' })).toBeNull();
      expect(explainRejection(start(), { type: 'REVIEW_UITGEVOERD' })).toMatch(/geen periodieke review/);
    });
    it('explains that a closed track takes no more events, and ignores unknown types', () => {
      const dicht = play(start(), [{ type: 'AFGESLOTEN', reden: 'klaar' }]);
      expect(explainRejection(dicht, { type: 'OPSCHALEN' })).toMatch(/afgesloten/);
      expect(explainRejection(start(), { type: 'ONBEKEND' })).toBeNull();
    });
  });

  describe('schemas', () => {
    it('accepts a valid input and refuses personal data and bad values', () => {
      expect(ave.input.safeParse(basisInput).success).toBe(true);
      expect(ave.input.safeParse({ ...basisInput, intakeCaseId: INTAKE_CASE, startLevel: 2 }).success).toBe(
        true,
      );
      expect(ave.input.safeParse({ ...basisInput, bsn: '123456782' }).success).toBe(false);
      expect(ave.input.safeParse({ ...basisInput, startLevel: 5 }).success).toBe(false);
      expect(ave.input.safeParse({ ...basisInput, intakeCaseId: 'geen-uuid' }).success).toBe(false);
      expect(ave.input.safeParse({ ...basisInput, startLevel: 4 }).success).toBe(false);
      expect(
        ave.input.safeParse({
          ...basisInput,
          startLevel: 4,
          procesregisseur: PROCESMANAGER,
          // a start at level 4 is a raise: reason and criteria
          reden: 'acute onveiligheid',
          criteria: ['veiligheid'],
        }).success,
      ).toBe(true);
      expect(
        ave.input.safeParse({
          ...basisInput,
          config: { niveaus: { '3': { acceptatietermijn: { amount: 3, unit: 'werkdagen' } } } },
        }).success,
      ).toBe(true);
      expect(ave.input.safeParse({ ...basisInput, config: { niveaus: { '5': {} } } }).success).toBe(false);
    });
    it('refuses bad event data', () => {
      const s = (type: string) => ave.events[type].schema;
      const geldig = { naarNiveau: 3, reden: 'r', criteria: ['veiligheid'], ontvanger: SPOEDTEAM };
      expect(s('OPSCHALEN').safeParse(geldig).success).toBe(true);
      expect(s('OPSCHALEN').safeParse({ ...geldig, criteria: [] }).success).toBe(false);
      expect(s('OPSCHALEN').safeParse({ ...geldig, criteria: ['honger'] }).success).toBe(false);
      expect(s('OPSCHALEN').safeParse({ ...geldig, criteria: ['veiligheid', 'veiligheid'] }).success).toBe(
        false,
      );
      expect(s('OPSCHALEN').safeParse({ ...geldig, naarNiveau: 0 }).success).toBe(false);
      expect(s('OPSCHALEN').safeParse({ ...geldig, reden: '' }).success).toBe(false);
      expect(s('AFSCHALEN').safeParse({}).success).toBe(false);
      expect(s('REVIEW_UITGEVOERD').safeParse({ besluit: 'stoppen', toelichting: 'x' }).success).toBe(false);
      expect(s('REGIE_GEACCEPTEERD').safeParse({ holder: INTAKER }).success).toBe(false);
      expect(
        s('CONFIGURATIE_GEWIJZIGD').safeParse({ config: { niveaus: { '2': { reviewinterval: null } } } })
          .success,
      ).toBe(true);
      expect(s('REGIE_OVERGEDRAGEN').safeParse({ holder: TEAMLEIDER, naam: 'Jansen' }).success).toBe(false);
    });
  });
});
