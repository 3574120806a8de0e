/**
 * The indicator catalogue against a generated history with known answers: every indicator's exact value
 * for a year and for a past quarter, the other gemeente never counted, the report as JSON (suppressed, fitting the
 * OpenAPI document) and as CSV for a Dutch spreadsheet, and refusals naming the parameter.
 */
import type { components } from '@regie/api-client';
import { IndicatorsService } from '../apps/api/src/indicatoren/indicatoren.service';
import { asTenant } from '@regie/persistence';
import { CATALOGUS, type IndicatorRapport } from '@regie/sociaal-domein';
import { type Api, startApi } from './support/api-harness';
import {
  ANDERE_GEMEENTE,
  GEMEENTE,
  type Model,
  genereer,
  schrijf,
  verwacht,
} from './support/indicator-generator';

let api: Api;
let model: Model;
let service: IndicatorsService;
let beleid: Awaited<ReturnType<Api['as']>>;

beforeAll(async () => {
  api = await startApi('2027-01-15T09:00:00+01:00', {}, { effects: false });
  model = genereer(3000);
  await schrijf(api.db, model);
  service = api.app.get(IndicatorsService);
  beleid = await api.as('beleid1', ['beleid'], GEMEENTE, null);
}, 60_000);

afterAll(async () => {
  await api.close();
});

/** Runs `work` as a request of `gemeente` does: under its tenant scope (row level security). */
const alsGemeente = <T>(gemeente: string, work: () => Promise<T>) => asTenant(api.db, gemeente, work);

const waarden = (r: IndicatorRapport) =>
  Object.fromEntries(r.indicatoren.map((i) => [i.key, i.waarde.waarde]));

describe('every indicator from history', () => {
  it.each([
    ['het jaar 2026', '2026-01-01', '2026-12-31'],
    ['het eerste kwartaal van 2025, achteraf gevraagd', '2025-01-01', '2025-03-31'],
    ['een maand over de jaargrens heen', '2025-12-15', '2026-01-14'],
  ])('%s: exactly the known answers', async (_naam, from, to) => {
    const rapport = await alsGemeente(GEMEENTE, () => service.computeOnbewerkt(from, to));
    expect(rapport.indicatoren.map((i) => i.key)).toEqual(CATALOGUS.map((d) => d.key));
    expect(waarden(rapport)).toEqual(verwacht(model, from, to));
    // the known answers are not trivially zero
    const v = verwacht(model, from, to);
    expect(v['almelo 4.1.1']).toBeGreaterThan(100);
  });

  it('counts an inwoner with two meldingen once, and only meldingen of this gemeente', async () => {
    const rapport = await alsGemeente(GEMEENTE, () => service.computeOnbewerkt('2025-01-01', '2026-12-31'));
    const w = waarden(rapport);
    expect(w['regie meldingen']).toBeGreaterThan(w['almelo 4.1.1']!);
    const eigen = model.cases.filter((c) => c.gemeente === GEMEENTE && c.workflow === 'intake');
    expect(w['regie meldingen']).toBe(eigen.length);
    const ander = waarden(
      await alsGemeente(ANDERE_GEMEENTE, () => service.computeOnbewerkt('2025-01-01', '2026-12-31')),
    );
    expect(ander['regie meldingen']).toBe(
      model.cases.filter((c) => c.gemeente === ANDERE_GEMEENTE && c.workflow === 'intake').length,
    );
  });

  it('breaks down and adds up: per product group, per month', async () => {
    const rapport = await alsGemeente(GEMEENTE, () => service.computeOnbewerkt('2026-01-01', '2026-12-31'));
    const bedrag = rapport.indicatoren.find((i) => i.key === 'borne totaal-bedrag')!;
    const groepen = bedrag.uitsplitsingen[0]!.cellen;
    expect(groepen.map((c) => c.label)).toEqual([
      'Hulp bij huishouden',
      'Wmo individueel',
      'Wmo groep',
      'Jeugd',
    ]);
    expect(groepen.reduce((s, c) => s + c.cel.waarde!, 0)).toBe(bedrag.waarde.waarde);
    const meldingen = rapport.indicatoren.find((i) => i.key === 'regie meldingen')!;
    expect(meldingen.punten).toHaveLength(12);
    expect(meldingen.punten.reduce((s, p) => s + p.cel.waarde!, 0)).toBe(meldingen.waarde.waarde);
    const termijnen = rapport.indicatoren.find((i) => i.key === 'regie termijnen')!;
    expect(termijnen.punten.map((p) => p.periode)).toEqual(['2026-K1', '2026-K2', '2026-K3', '2026-K4']);
  });
});

describe('what the history does not record', () => {
  it('says "nog niet beschikbaar" for costs where no voorziening has a tariff, not 0', async () => {
    // the first days of the history: no voorziening runs yet, so no tariff is known
    const rapport = await alsGemeente(GEMEENTE, () => service.compute('2025-01-01', '2025-01-02'));
    for (const key of ['borne totaal-bedrag', 'borne gemiddeld-per-client']) {
      const i = rapport.indicatoren.find((x) => x.key === key)!;
      expect(i.status).toBe('nog niet beschikbaar');
      expect(i.waarde).toEqual({
        waarde: null,
        weergave: 'nog niet beschikbaar',
        basis: null,
        onderdrukt: false,
      });
      expect(i.nietBeschikbaar).toContain('tarief');
    }
    expect(rapport.indicatoren.find((x) => x.key === 'borne unieke-clienten')!.status).toBe('beschikbaar');
  });
});

describe('GET /indicators', () => {
  it('answers the full report for beleid by default, suppressed, as the OpenAPI document says', async () => {
    // no keys, no weergave, JSON: the whole catalogue, suppressed
    const res = await beleid.get('/api/v1/indicators?from=2026-01-01&to=2026-03-31').expect(200);
    const body = res.body as components['schemas']['IndicatorRapport'];
    expect(body.indicatoren).toHaveLength(CATALOGUS.length);
    for (const i of body.indicatoren) {
      for (const c of [i, ...i.uitsplitsingen.flatMap((u) => u.cellen), ...i.punten])
        if (c.basis !== null) expect(c.basis === 0 || c.basis >= 5).toBe(true);
    }
    const keys = await beleid
      .get(
        `/api/v1/indicators?from=2026-01-01&to=2026-12-31&keys=${encodeURIComponent('almelo 4.1.1,regie termijnen')}`,
      )
      .expect(200);
    expect(keys.body.indicatoren.map((i: { key: string }) => i.key)).toEqual([
      'almelo 4.1.1',
      'regie termijnen',
    ]);
    expect(keys.body.indicatoren[0].waarde).toBe(verwacht(model, '2026-01-01', '2026-12-31')['almelo 4.1.1']);
  });

  it('as CSV for a Dutch spreadsheet with Accept: text/csv', async () => {
    const res = await beleid
      .get(
        `/api/v1/indicators?from=2026-01-01&to=2026-12-31&keys=${encodeURIComponent('almelo 4.1.1,regie termijnen')}`,
      )
      .set('Accept', 'text/csv')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const regels = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(regels[0]).toBe('Indicator;Bron;Nummer;Naam;Eenheid;Uitsplitsing;Categorie;Periode;Waarde');
    const v = verwacht(model, '2026-01-01', '2026-12-31');
    expect(regels).toContain(
      `almelo 4.1.1;almelo;4.1.1;Aantal inwoners dat zich meldt voor voorzieningen (per voorziening);inwoners;;;2026-01-01 t/m 2026-12-31;${v['almelo 4.1.1']}`,
    );
    expect(regels.find((r) => r.startsWith('regie termijnen;') && r.includes(';;;2026-01-01'))).toMatch(
      new RegExp(`;${String(v['regie termijnen']).replace('.', ',')}$`),
    );
  });

  it('refuses an unknown key or a bad date with a 400 naming the parameter', async () => {
    const key = await beleid
      .get('/api/v1/indicators?from=2026-01-01&to=2026-12-31&keys=almelo%209.9.9')
      .expect(400);
    expect(key.body.detail).toContain('keys');
    expect(key.body.detail).toContain('almelo 9.9.9');
    const datum = await beleid.get('/api/v1/indicators?from=2026-13-01&to=2026-12-31').expect(400);
    expect(datum.body.detail).toContain('from');
    // any other weergave is refused, not silently answered in another shape
    const kort = await beleid
      .get('/api/v1/indicators?from=2026-01-01&to=2026-12-31&weergave=kort')
      .expect(400);
    expect(kort.body.detail).toContain('weergave');
  });
});
