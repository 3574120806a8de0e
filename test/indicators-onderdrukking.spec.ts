/**
 * Suppression of small numbers (issue #13): no cell resting on 1 to 4 inwoners is shown, and no hidden cell follows
 * from a shown total minus the shown cells, nor from the hidden cells' sum when each must be 1. A unit test of the
 * pure function, a property over random breakdowns, and the report beleid receives from the API: checked for leaks,
 * and against the flat shape its OpenAPI document promises (issue #20: `waarde` null and "< 5" when suppressed).
 */
import fc from 'fast-check';
import {
  type IndicatorCel,
  type IndicatorUitkomst,
  ONDERDRUKT,
  onderdrukIndicator,
  secundair,
} from '@regie/sociaal-domein';
import type { components } from '@regie/api-client';
import { type Api, startApi } from './support/api-harness';
import { GEMEENTE, genereer, schrijf } from './support/indicator-generator';

type Rapport = components['schemas']['IndicatorRapport'];
/** A component of the OpenAPI document, as far as these tests read it. */
interface SchemaJson {
  properties: Record<string, { description?: string }>;
  required: string[];
  additionalProperties?: boolean;
}

const tel = (n: number): IndicatorCel => ({ waarde: n, weergave: String(n), basis: n, onderdrukt: false });

function uitkomst(totaal: number, cellen: number[], optelbaar = true): IndicatorUitkomst {
  return {
    key: 'test 1',
    bron: 'regie',
    nummer: '1',
    naam: 'test',
    definitie: '',
    berekening: '',
    eenheid: 'inwoners',
    soort: 'stroom',
    reeks: null,
    optelbaar,
    status: 'beschikbaar',
    waarde: tel(totaal),
    uitsplitsingen: [
      { naar: 'voorziening', cellen: cellen.map((n, i) => ({ label: `c${i}`, cel: tel(n) })) },
    ],
    punten: [],
  };
}

/** A number with its suppression: an internal cell, or an indicator or cell of the API's flat answer. */
type Getoond = Pick<IndicatorCel, 'waarde' | 'onderdrukt'>;

/** Whether some hidden cell's value follows from what is shown (the cells add up to the total). */
function afleidbaar(totaal: Getoond, cellen: Getoond[]): boolean {
  if (totaal.onderdrukt) return false;
  const verborgen = cellen.filter((c) => c.onderdrukt).length;
  const som = totaal.waarde! - cellen.reduce((s, c) => s + (c.onderdrukt ? 0 : c.waarde!), 0);
  return verborgen === 1 || (verborgen > 1 && som === verborgen);
}

describe('suppression (pure)', () => {
  it('hides 1 to 4, shows 0 and 5', () => {
    const u = onderdrukIndicator(uitkomst(20, [0, 5, 15], false));
    expect(u.uitsplitsingen[0]!.cellen.map((c) => c.cel.weergave)).toEqual(['0', '5', '15']);
    const v = onderdrukIndicator(uitkomst(3, [1, 2], false));
    expect(v.waarde).toEqual({ waarde: null, weergave: ONDERDRUKT, basis: null, onderdrukt: true });
    expect(v.uitsplitsingen[0]!.cellen.every((c) => c.cel.weergave === ONDERDRUKT)).toBe(true);
  });

  it('hides a second cell so the first does not follow from the total', () => {
    const cellen = secundair(tel(30), [tel(3), tel(12), tel(0), tel(15)]);
    expect(cellen.map((c) => c.weergave)).toEqual([ONDERDRUKT, ONDERDRUKT, '0', '15']);
  });

  it('hides more when the hidden cells must each be 1', () => {
    const cellen = secundair(tel(22), [tel(1), tel(1), tel(20)]);
    expect(cellen.every((c) => c.onderdrukt)).toBe(true);
  });

  it('hides the total when nothing else is left to hide', () => {
    const u = onderdrukIndicator(uitkomst(8, [3, 0, 5]));
    // 3 hidden, 5 hidden next; the total 8 then gives away only their sum
    expect(u.uitsplitsingen[0]!.cellen.map((c) => c.cel.weergave)).toEqual([ONDERDRUKT, '0', ONDERDRUKT]);
    expect(u.waarde.weergave).toBe('8');
    const w = onderdrukIndicator(uitkomst(7, [3, 0, 0, 4]));
    expect(w.waarde.onderdrukt).toBe(false);
    expect(w.uitsplitsingen[0]!.cellen.filter((c) => c.cel.onderdrukt)).toHaveLength(2);
  });

  it('leaves an indicator that is not available alone', () => {
    const u = { ...uitkomst(0, []), status: 'nog niet beschikbaar' as const };
    expect(onderdrukIndicator(u)).toBe(u);
  });

  it('property: never a small cell shown, never a hidden cell derivable', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }), (ns) => {
        const totaal = ns.reduce((s, n) => s + n, 0);
        const u = onderdrukIndicator(uitkomst(totaal, ns));
        const cellen = u.uitsplitsingen[0]!.cellen.map((c) => c.cel);
        for (const c of [u.waarde, ...cellen])
          if (!c.onderdrukt) expect(c.waarde === 0 || c.waarde! >= 5).toBe(true);
        expect(afleidbaar(u.waarde, cellen)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

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
