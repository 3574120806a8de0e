/**
 * Suppression of small numbers in the report beleid receives from the API: checked for leaks, and
 * against the flat shape its OpenAPI document promises (`waarde` null and "< 5" when suppressed). The pure
 * function and a property over random breakdowns: indicators-onderdrukking-puur.spec.ts.
 */
import { ONDERDRUKT } from '@regie/sociaal-domein';
import type { components } from '@regie/api-client';
import { type Api, startApi } from './support/api-harness';
import { GEMEENTE, genereer, schrijf } from './support/indicator-generator';
import { afleidbaar, type Getoond } from './support/onderdrukking';

type Rapport = components['schemas']['IndicatorRapport'];
/** A component of the OpenAPI document, as far as these tests read it. */
interface SchemaJson {
  properties: Record<string, { description?: string }>;
  required: string[];
  additionalProperties?: boolean;
}

describe('suppression in the report beleid receives', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi('2027-01-15T09:00:00+01:00', {}, { effects: false });
    await schrijf(api.db, genereer(600, 7));
  }, 60_000);
  afterAll(() => api.close());

  it('shows no cell under 5 and none derivable from a total, in JSON and CSV', async () => {
    const beleid = await api.as('beleid1', ['beleid'], GEMEENTE, null);
    for (const [from, to] of [
      ['2026-01-01', '2026-12-31'],
      ['2026-04-01', '2026-04-30'],
    ]) {
      const { body } = await beleid
        .get(`/api/v1/indicators?from=${from}&to=${to}&weergave=volledig`)
        .expect(200);
      let verborgen = 0;
      for (const i of (body as Rapport).indicatoren) {
        const groepen: Getoond[][] = [...i.uitsplitsingen.map((u) => u.cellen), i.punten];
        for (const c of [i, ...i.uitsplitsingen.flatMap((u) => u.cellen), ...i.punten]) {
          if (c.onderdrukt) {
            verborgen++;
            expect(c).toMatchObject({ waarde: null, weergave: ONDERDRUKT, basis: null });
          } else if (c.basis !== null) expect(c.basis === 0 || c.basis >= 5).toBe(true);
        }
        if (i.optelbaar) for (const g of groepen) if (g.length) expect(afleidbaar(i, g)).toBe(false);
      }
      // a small gemeente over a month: there is something to hide
      if (from === '2026-04-01') expect(verborgen).toBeGreaterThan(0);
      const csv = await beleid
        .get(`/api/v1/indicators?from=${from}&to=${to}&weergave=volledig`)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(csv.text).toContain(';< 5');
    }
  });

  it('answers the one flat shape the OpenAPI document names, suppressed or not', async () => {
    // the contract: GET /indicators answers IndicatorRapport, whose indicators carry the number itself
    const doc = (await api.http.get('/api/v1/openapi.json').expect(200)).body;
    const schemas = doc.components.schemas as Record<string, SchemaJson>;
    expect(doc.paths['/indicators'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/IndicatorRapport',
    });
    expect(schemas.IndicatorRapport!.properties.indicatoren).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/IndicatorUitkomst' },
    });
    const uitkomst = schemas.IndicatorUitkomst!;
    expect(uitkomst.properties).toMatchObject({
      key: { type: 'string' },
      naam: { type: 'string' },
      van: { type: 'string', format: 'date' },
      tot: { type: 'string', format: 'date' },
      waarde: { type: 'number', nullable: true },
      weergave: { type: 'string' },
      onderdrukt: { type: 'boolean' },
      basis: { type: 'integer', nullable: true },
      eenheid: { type: 'string', enum: expect.arrayContaining(['inwoners', 'eurocent', 'procent']) },
    });
    // everything a client reads is always there; only the reason for "nog niet beschikbaar" may be absent
    expect(Object.keys(uitkomst.properties).filter((k) => !uitkomst.required.includes(k))).toEqual([
      'nietBeschikbaar',
    ]);
    expect(uitkomst.additionalProperties).toBe(false);
    // a breakdown's cell and a point of the series: the same fields, not a nested cell
    for (const naam of ['IndicatorUitsplitsingCel', 'IndicatorReekspunt']) {
      const s = schemas[naam]!;
      expect([naam, s.required]).toEqual([
        naam,
        expect.arrayContaining(['waarde', 'weergave', 'onderdrukt', 'basis']),
      ]);
      expect([naam, s.properties]).toEqual([
        naam,
        expect.objectContaining({
          waarde: expect.objectContaining({ type: 'number', nullable: true }),
          weergave: expect.objectContaining({ type: 'string' }),
          onderdrukt: expect.objectContaining({ type: 'boolean' }),
        }),
      ]);
      expect(s.properties.cel).toBeUndefined();
    }
    expect(schemas.IndicatorCel).toBeUndefined();
    // every field explained to the client, in Dutch
    for (const naam of ['IndicatorUitkomst', 'IndicatorUitsplitsingCel', 'IndicatorReekspunt'])
      for (const [veld, s] of Object.entries(schemas[naam]!.properties))
        expect([naam, veld, s.description]).toEqual([naam, veld, expect.any(String)]);

    // and a real answer, a small gemeente over a month: a suppressed indicator and one with its number
    const beleid = await api.as('beleid1', ['beleid'], GEMEENTE, null);
    const [from, to] = ['2026-04-01', '2026-04-30'];
    const { body } = (await beleid.get(`/api/v1/indicators?from=${from}&to=${to}`).expect(200)) as {
      body: Rapport;
    };
    const verborgen = body.indicatoren.find((i) => i.onderdrukt);
    expect(verborgen).toMatchObject({
      key: expect.any(String),
      naam: expect.any(String),
      van: from,
      tot: to,
      waarde: null,
      weergave: '< 5',
      onderdrukt: true,
      eenheid: expect.any(String),
    });
    const getoond = body.indicatoren.find((i) => i.eenheid === 'inwoners' && (i.waarde ?? 0) >= 5);
    expect(getoond).toMatchObject({
      key: expect.any(String),
      naam: expect.any(String),
      van: from,
      tot: to,
      waarde: expect.any(Number),
      onderdrukt: false,
      eenheid: 'inwoners',
    });
    expect(getoond!.weergave).toBe(new Intl.NumberFormat('nl-NL').format(getoond!.waarde!));
    // the same fields on the cells of a series
    const punt = body.indicatoren.flatMap((i) => i.punten).find((p) => p.onderdrukt);
    expect(punt).toMatchObject({ waarde: null, weergave: '< 5', onderdrukt: true, basis: null });
    expect(JSON.stringify(body)).not.toContain('"cel"');
  });
});
