import { ROLES } from '../sociaal-domein';
import { consentRequired, explainRejection, naarBeschermdWonenOp, regie, transitie18 } from './index';
import { TRANSITIE18_DEFAULTS } from './events';
import { COACH, begeleiding, ggzNietGecontracteerd, plan, play, start } from './test-helpers';

describe('transitie18 definition', () => {
  it('is workflow transitie18 version 1 with a Dutch title and a spec per event', () => {
    expect(transitie18).toMatchObject({
      name: 'transitie18',
      version: 1,
      title: 'Overgang 18-/18+: van jeugdhulp naar ondersteuning na 18',
    });
    expect(Object.keys(transitie18.events)).toContain('VERLENGDE_JEUGDHULP_BESLOTEN');
    expect(transitie18.events).not.toHaveProperty('DEADLINE_DUE');
    for (const spec of Object.values(transitie18.events)) {
      expect(spec.roles).toEqual(['intaker', 'procesmanager', 'teamleider']);
      for (const role of spec.roles) expect(ROLES).toContain(role);
    }
  });

  it('exports the defaults of JOURNEYS.md section 4', () => {
    expect(TRANSITIE18_DEFAULTS).toMatchObject({
      verlengdeJeugdhulpMaxLeeftijd: 23,
      hervattingstermijnMaanden: 6,
      mijlpalen: {
        toekomstplan_gestart: { years: 16, months: 6 },
        praktische_zaken_geregeld: { years: 17, months: 9 },
      },
    });
  });

  it('needs no consent: the gemeente enrols from its own Jeugdwet records', () => {
    expect(consentRequired(begeleiding as unknown as Record<string, unknown>)).toBeNull();
  });

  describe('regie', () => {
    it('the jongerencoach is who started the case, unless the input names one', () => {
      expect(regie(start(begeleiding))).toEqual({ role: 'jongerencoach', holder: COACH });
      expect(regie(start({ ...begeleiding, coach: 'user-borne' }, undefined, 'system'))).toEqual({
        role: 'jongerencoach',
        holder: 'user-borne',
      });
    });
    it('REGIE_OVERGEDRAGEN hands the case to another coach', () => {
      const s = play(start(begeleiding), [{ type: 'REGIE_OVERGEDRAGEN', holder: 'user-nieuw' }]);
      expect(regie(s)).toEqual({ role: 'jongerencoach', holder: 'user-nieuw' });
    });
  });

  describe('explainRejection', () => {
    it('explains events out of phase', () => {
      expect(explainRejection(start(begeleiding), { type: 'TOEKOMSTPLAN_AFGESPROKEN' })).toBe(
        'Start eerst het toekomstplan.',
      );
      expect(explainRejection(start(begeleiding), { type: 'NAZORG_UITGEVOERD' })).toMatch(/2027-10-15/);
      expect(explainRejection(start(begeleiding), { type: 'AANVRAGEN_INGEDIEND' })).toMatch(/toekomstplan/);
    });
    it('a probe of AANVRAGEN_INGEDIEND is ruled out while the warm handover is missing', () => {
      const s = play(start(ggzNietGecontracteerd), [
        { type: 'TOEKOMSTPLAN_GESTART' },
        plan({ zvw_ggz: 'nodig' }),
      ]);
      expect(explainRejection(s, { type: 'AANVRAGEN_INGEDIEND' })).toMatch(/warme overdracht/);
    });
    it('a closed case takes no more events; unknown types get null', () => {
      const s = play(start(begeleiding), [{ type: 'BEEINDIGD', reden: 'verhuisd' }]);
      expect(explainRejection(s, { type: 'TOEKOMSTPLAN_GESTART' })).toMatch(/beëindigd/);
      expect(explainRejection(s, { type: 'ONBEKEND' })).toBeNull();
    });
  });

  describe('schemas', () => {
    it('accepts a valid input and refuses personal data and bad values', () => {
      const ok = transitie18.input.safeParse(ggzNietGecontracteerd);
      expect(ok.success).toBe(true);
      expect(transitie18.input.safeParse({ ...begeleiding, bsn: '123456782' }).success).toBe(false);
      expect(transitie18.input.safeParse({ ...begeleiding, naam: 'Sam' }).success).toBe(false);
      expect(transitie18.input.safeParse({ ...begeleiding, birthDate: '2009-02-30' }).success).toBe(false);
      const v = begeleiding.jeugdVoorziening;
      expect(
        transitie18.input.safeParse({ ...begeleiding, jeugdVoorziening: { ...v, einddatum: '2022-01-01' } })
          .success,
      ).toBe(false);
      expect(
        transitie18.input.safeParse({
          ...begeleiding,
          jeugdVoorziening: { ...v, aanbiederGecontracteerdDoorZorgverzekeraar: true },
        }).success,
      ).toBe(false);
      expect(
        transitie18.input.safeParse({ ...begeleiding, jeugdVoorziening: { ...v, id: 'not-a-uuid' } }).success,
      ).toBe(false);
    });
    it('refuses a configuration that breaks the law or the order of the milestones', () => {
      const cfg = (config: unknown) => transitie18.input.safeParse({ ...begeleiding, config }).success;
      expect(cfg({ verlengdeJeugdhulpMaxLeeftijd: 21 })).toBe(true);
      expect(cfg({ verlengdeJeugdhulpMaxLeeftijd: 24 })).toBe(false);
      expect(cfg({ hervattingstermijnMaanden: 7 })).toBe(false);
      expect(cfg({ mijlpalen: { overgang_18: { years: 19, months: 0 } } })).toBe(false);
      expect(cfg({ mijlpalen: { toekomstplan_gestart: { years: 17, months: 0 } } })).toBe(false);
      expect(cfg({ mijlpalen: { nazorg: { years: 17, months: 11 } } })).toBe(false);
      expect(cfg({ mijlpalen: { toekomstplan_gestart: { years: 16, months: 0 } } })).toBe(true);
    });
    it('refuses a toekomstplan that leaves out a domain or names one twice', () => {
      const schema = transitie18.events.TOEKOMSTPLAN_AFGESPROKEN.schema;
      const { type: _type, ...full } = plan() as {
        type: string;
        domeinen: { domein: string; status: string }[];
      };
      expect(schema.safeParse(full).success).toBe(true);
      expect(schema.safeParse({ domeinen: full.domeinen.slice(1) }).success).toBe(false);
      expect(schema.safeParse({ domeinen: [...full.domeinen.slice(1), full.domeinen[1]] }).success).toBe(
        false,
      );
      expect(
        transitie18.events.VERVOLGROUTE_BIJGEWERKT.schema.safeParse({
          domein: 'wlz',
          status: 'actief',
          aanbiederGecontracteerd: true,
        }).success,
      ).toBe(false);
      expect(transitie18.events.PRAKTISCHE_ZAKEN_GEREGELD.schema.safeParse({}).success).toBe(false);
    });
  });

  describe('indicator 3.4C.1 (Jw-voorziening naar beschermd wonen)', () => {
    it('counts a case from the event that made the beschermd wonen follow-on active', () => {
      expect(
        naarBeschermdWonenOp([
          {
            type: 'TOEKOMSTPLAN_AFGESPROKEN',
            data: plan({ beschermd_wonen: 'nodig' }),
            at: '2026-10-01T09:00:00Z',
          },
          {
            type: 'VERVOLGROUTE_BIJGEWERKT',
            data: { domein: 'beschermd_wonen', status: 'aangevraagd' },
            at: '2027-01-01T09:00:00Z',
          },
          {
            type: 'VERVOLGROUTE_BIJGEWERKT',
            data: { domein: 'beschermd_wonen', status: 'actief' },
            at: '2027-11-01T09:00:00Z',
          },
        ]),
      ).toBe('2027-11-01T09:00:00Z');
      expect(
        naarBeschermdWonenOp([
          {
            type: 'TOEKOMSTPLAN_AFGESPROKEN',
            data: plan({ beschermd_wonen: 'actief' }),
            at: '2026-10-01T09:00:00Z',
          },
        ]),
      ).toBe('2026-10-01T09:00:00Z');
      expect(
        naarBeschermdWonenOp([
          {
            type: 'VERVOLGROUTE_BIJGEWERKT',
            data: { domein: 'wonen', status: 'actief' },
            at: '2027-01-01T09:00:00Z',
          },
        ]),
      ).toBeNull();
    });
  });
});
