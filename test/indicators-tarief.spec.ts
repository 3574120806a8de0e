/**
 * Tariffs: a voorziening granted with a tariff, through the intake's inzet and through the import
 * (euros with a decimal comma, converted to cents exactly, or cents), gives Borne's "Totaal bedrag" and "Gemiddeld
 * per unieke cliënt" per product group with known answers: the tariff times the units delivered in the period as
 * libs/sociaal-domein/src/indicatoren/borne.ts defines them (per uur the volume's hours each 7 days, per week each
 * 7 days, per etmaal each day, per stuk the volume once in the period it starts; rounded per voorziening). A
 * voorziening without a tariff is a client but costs nothing known. Beleid reads the amounts suppressed: here every
 * group has 0 or at least 5 clients, so they show.
 */
import { type IndicatorUitkomst } from '@regie/sociaal-domein';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { antwoordCel, onbewerkt, uitsplitsingCel, zoalsBeleid } from './support/indicator-waarden';
import { jeugdwetVoorziening } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let admin: AgentFor;
let beleid: AgentFor;

const KEYS = ['borne unieke-clienten', 'borne totaal-bedrag', 'borne gemiddeld-per-client'];
/** the second quarter of 2026: 91 days, 13 weeks */
const Q2 = ['2026-04-01', '2026-06-30'] as const;

/** Six youths granted jeugdhulp through the intake (product group Jeugd), from 1 March 2026. */
const JEUGD = [
  // 8890 × 3 hours × 13 weeks
  { product: 'ambulante jeugdhulp', volume: 3, tarief: { centen: 8_890, eenheid: 'uur' }, q2: 346_710 },
  // 7400 × 1,5 hours × 13 weeks
  { product: 'dyslexiezorg', volume: 1.5, tarief: { centen: 7_400, eenheid: 'uur' }, q2: 144_300 },
  // 5230 × 91 days
  { product: 'netwerkpleegzorg', volume: 7, tarief: { centen: 5_230, eenheid: 'etmaal' }, q2: 475_930 },
  // ends 12 May: 42 days in Q2, 6 weeks × 41500
  {
    product: 'dagbehandeling',
    volume: 1,
    tarief: { centen: 41_500, eenheid: 'week' },
    q2: 249_000,
    eind: '2026-05-12',
  },
  // per stuk: once, in the period it starts (March), so nothing in Q2
  { product: 'hulpmiddel', volume: 2, tarief: { centen: 125_000, eenheid: 'stuk' }, q2: 0 },
  // no tariff: a client, no amount
  { product: 'opvoedondersteuning', volume: 2, q2: 0 },
] as const;

const BSNS = ['410000000', '410000012', '410000024', '410000036', '410000048'];
/**
 * Five inwoners with huishoudelijke hulp from the import (product group Hulp bij huishouden), per uur from 1 January:
 * "31,50" × 3 hours × 13 weeks; "31,5" × 2; 3150 cents × 4; "19,99" × 2,5 (64.967,5 rounded up to 64.968; and 19,99
 * × 100 in floating point is 1998,999…, which truncated would be a cent short); and one without a tariff.
 */
const HH = [
  { tarief: '31,50', centen: '', volume: '3', q2: 122_850 },
  { tarief: '31,5', centen: '', volume: '2', q2: 81_900 },
  { tarief: '', centen: '3150', volume: '4', q2: 163_800 },
  { tarief: '19,99', centen: '', volume: '2,5', q2: 64_968 },
  { tarief: '', centen: '', volume: '2', q2: 0 },
];

const som = (xs: readonly { q2: number }[]) => xs.reduce((s, x) => s + x.q2, 0);

async function importeer(soort: string, lines: string[]) {
  const res = await admin
    .post(`/api/v1/import?soort=${soort}`)
    .set('Content-Type', 'text/csv')
    .send(lines.join('\n'))
    .expect(200);
  return res.body as { geschreven: boolean; afwijzingen: { rij: number; reden: string }[] };
}

const groep = (u: IndicatorUitkomst, label: string) => uitsplitsingCel(u, 'productgroep', label);

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker']);
  admin = await api.as('admin1', ['admin']);
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
}, 60_000);

afterAll(async () => {
  await api.close();
});

describe('a tariff where a voorziening is granted', () => {
  it('the inzet takes a tariff in whole cents per uur, week, etmaal or stuk, and refuses anything else by name', async () => {
    const { intakeId } = await jeugdwetVoorziening(intaker, {
      name: 'Proef Tarief',
      grantedBy: 'ouders',
      lifeArea: 'opvoeding',
      product: 'ambulante jeugdhulp',
      aanbieder: 'Jeugdhulp Twente',
      volume: { aantal: 1, eenheid: 'uur per week' },
      tarief: { centen: 0, eenheid: 'uur' },
      startdatum: '2026-03-01',
      einddatum: '2026-12-31',
    });
    const inzet = (await intaker.get(`/api/v1/cases/${intakeId}`).expect(200)).body.context.inzet;
    expect(inzet.tarief).toEqual({ centen: 0, eenheid: 'uur' });
    for (const tarief of [
      { centen: 31.5, eenheid: 'uur' },
      { centen: -1, eenheid: 'uur' },
      { centen: '3150', eenheid: 'uur' },
      { centen: 3150, eenheid: 'maand' },
      { centen: 3150 },
    ]) {
      const res = await intaker.event(intakeId, {
        type: 'INZET_GESTART',
        product: 'ambulante jeugdhulp',
        aanbieder: 'Jeugdhulp Twente',
        volume: { aantal: 1, eenheid: 'uur per week' },
        tarief,
        startdatum: '2026-03-01',
        einddatum: '2026-12-31',
      });
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual([
        { name: expect.stringMatching(/^tarief/), reason: expect.stringMatching(/^tarief: /) },
      ]);
    }
  });
});

describe("Borne's amounts from the recorded tariffs", () => {
  beforeAll(async () => {
    // besides these, the first test's youth is a Jeugd client too (tariff 0: an amount of 0)
    let n = 0;
    for (const j of JEUGD) {
      await jeugdwetVoorziening(intaker, {
        name: `Jeugd ${++n}`,
        grantedBy: 'ouders',
        lifeArea: 'opvoeding',
        product: j.product,
        aanbieder: 'Jeugdhulp Twente',
        volume: { aantal: j.volume, eenheid: 'per week' },
        ...('tarief' in j ? { tarief: j.tarief } : {}),
        startdatum: '2026-03-01',
        einddatum: 'eind' in j ? j.eind : '2026-12-31',
      });
    }
    const inwoners = await importeer('inwoners', [
      'bsn;naam;geboortedatum',
      ...BSNS.map((b, i) => `${b};Inwoner ${i};1940-05-0${i + 1}`),
    ]);
    expect(inwoners.afwijzingen).toEqual([]);
    const kop =
      'bsn;wet;product;aanbieder;startdatum;volume_aantal;volume_eenheid;tarief;tarief_centen;tarief_eenheid;regiehouder';
    const rij = (bsn: string, h: { tarief: string; centen: string; volume: string }, eenheid: string) =>
      `${bsn};Wmo;huishoudelijke hulp;Thuiszorg Twente;2026-01-01;${h.volume};uur per week;${h.tarief};${h.centen};${eenheid};wijkcoach1`;
    const voorzieningen = await importeer('voorzieningen', [
      kop,
      ...HH.map((h, i) => rij(BSNS[i]!, h, h.tarief || h.centen ? 'uur' : '')),
    ]);
    expect(voorzieningen.afwijzingen).toEqual([]);
    // the effects worker records the intake's voorzieningen: all seven Jeugd clients once it is done
    await api.drained();
    const u = await onbewerkt(api, 'almelo', ...Q2, KEYS);
    expect(groep(u['borne unieke-clienten']!, 'Jeugd').waarde).toBe(JEUGD.length + 1);
  }, 120_000);

  it('Q2 2026: the total and the average per unique client, per product group, exactly', async () => {
    const u = await onbewerkt(api, 'almelo', ...Q2, KEYS);
    const jeugd = som(JEUGD); // 1.215.940 (the first test's voorziening has tariff 0)
    const hh = som(HH); // 433.518
    expect(jeugd).toBe(1_215_940);
    expect(hh).toBe(433_518);
    const bedrag = u['borne totaal-bedrag']!;
    expect(bedrag.status).toBe('beschikbaar');
    expect(bedrag.waarde.waarde).toBe(jeugd + hh);
    expect(groep(bedrag, 'Jeugd').waarde).toBe(jeugd);
    expect(groep(bedrag, 'Hulp bij huishouden').waarde).toBe(hh);
    expect(groep(bedrag, 'Wmo individueel').waarde).toBe(0);
    const gemiddeld = u['borne gemiddeld-per-client']!;
    // 7 youths (one without a tariff, one at 0) and 5 inwoners (one without a tariff): every client counts
    expect(groep(gemiddeld, 'Jeugd').waarde).toBe(Math.round(jeugd / 7));
    expect(groep(gemiddeld, 'Hulp bij huishouden').waarde).toBe(Math.round(hh / 5));
    expect(gemiddeld.waarde.waarde).toBe(Math.round((jeugd + hh) / 12));
  });

  it('March 2026: a tariff per stuk counts in the period the voorziening starts', async () => {
    const u = await onbewerkt(api, 'almelo', '2026-03-01', '2026-03-31', KEYS);
    // 31 days: 8890×3×31/7 = 118.110; 7400×1,5×31/7 = 49.157,14…; 5230×31 = 162.130; 41500×31/7 = 183.785,71…;
    // 2 × 125.000 once
    expect(groep(u['borne totaal-bedrag']!, 'Jeugd').waarde).toBe(
      118_110 + 49_157 + 162_130 + 183_786 + 250_000,
    );
  });

  it('beleid reads the amounts as Dutch money: every group has 0 or at least 5 clients', async () => {
    const u = await zoalsBeleid(beleid, ...Q2, KEYS);
    const bedrag = u['borne totaal-bedrag']!;
    const cel = (label: string) => antwoordCel(bedrag, 'productgroep', label);
    expect(cel('Jeugd')).toMatchObject({ waarde: 1_215_940, onderdrukt: false });
    expect(cel('Jeugd').weergave).toMatch(/^€\s12\.159,40$/);
    expect(cel('Hulp bij huishouden').weergave).toMatch(/^€\s4\.335,18$/);
    expect(bedrag).toMatchObject({ waarde: 1_649_458, eenheid: 'eurocent', onderdrukt: false });
    expect(bedrag.weergave).toMatch(/^€\s16\.494,58$/);
  });

  it('the import refuses a tariff it would have to guess, naming the column, and writes the rest', async () => {
    // February and March: recorded on 2 March, the import counts in a period that has ended only after that
    const voorjaar = async () =>
      groep(
        (await onbewerkt(api, 'almelo', '2026-02-01', '2026-03-31', KEYS))['borne totaal-bedrag']!,
        'Hulp bij huishouden',
      ).waarde;
    // 59 days: 3150×3×59/7 + 3150×2×59/7 + 3150×4×59/7 + 1999×2,5×59/7 (42.121,78… rounded)
    expect(await voorjaar()).toBe(79_650 + 53_100 + 106_200 + 42_122);
    const kop =
      'bsn;wet;product;aanbieder;startdatum;volume_aantal;volume_eenheid;tarief;tarief_centen;tarief_eenheid;regiehouder';
    const r = (tarief: string, centen: string, eenheid: string) =>
      `${BSNS[0]};Wmo;huishoudelijke hulp;Ander Aanbieder;2026-02-0${++dag};1;uur per week;${tarief};${centen};${eenheid};wijkcoach1`;
    let dag = 0;
    const res = await importeer('voorzieningen', [
      kop,
      r('31.50', '', 'uur'),
      r('31,505', '', 'uur'),
      r('31,50', '3150', 'uur'),
      r('31,50', '', ''),
      r('31,50', '', 'maand'),
      r('', '31,50', 'uur'),
      r('', '', 'uur'),
      // "1.250": a point between groups of three is the thousands separator, 125.000 cents, once in February
      r('1.250', '', 'stuk'),
    ]);
    expect(res.afwijzingen.map((a) => [a.rij, a.reden])).toEqual([
      [2, expect.stringMatching(/^tarief: een bedrag in euro's met een decimale komma/)],
      [3, expect.stringMatching(/^tarief: een bedrag in euro's/)],
      [4, expect.stringMatching(/^tarief en tarief_centen: vul er één in/)],
      [5, expect.stringMatching(/^tarief_eenheid: leeg/)],
      [6, expect.stringMatching(/^tarief_eenheid: onbekend: maand/)],
      [7, expect.stringMatching(/^tarief_centen: een geheel aantal eurocenten/)],
      [8, expect.stringMatching(/^tarief_eenheid: zonder tarief/)],
    ]);
    expect(await voorjaar()).toBe(79_650 + 53_100 + 106_200 + 42_122 + 125_000);
  });
});
