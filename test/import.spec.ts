/**
 * The import of running work through HTTP (docs/import.md). Generated files of some thousand rows
 * with every kind of bad row: exact counts of landed and refused rows with their line numbers and reasons, nothing
 * half-written, a second import changes nothing, a dry run and all-or-nothing write nothing; and the date of
 * receipt through an import file (a Wmo aanvraag received 2025-04-21 has its beschikking term due 2025-05-06).
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let admin: AgentFor;

/** Thursday 24 April 2025, 10:00: three days after tweede Paasdag. */
const START = '2025-04-24T10:00:00+02:00';

interface Result {
  soort: string;
  rijen: number;
  geland: number;
  ongewijzigd: number;
  afgewezen: number;
  geschreven: boolean;
  afwijzingen: { rij: number; reden: string }[];
  rijenRapport?: { rij: number; uitkomst: string; reden?: string }[];
  gevolgen: { herindicaties: number; transities18: number; casussen: number };
}

beforeAll(async () => {
  api = await startApi(START);
  admin = await api.as('admin1', ['admin']);
});
afterAll(async () => {
  await api.close();
});

/** The n-th valid BSN from `base` on (elfproef), as a test needs many. */
function bsns(count: number, base: number): string[] {
  const out: string[] = [];
  for (let n = base; out.length < count; n++) {
    const d = String(n).padStart(8, '0');
    const sum = [...d].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0);
    const check = sum % 11;
    if (check === 10 || sum === 0) continue;
    out.push(d + String(check));
  }
  return out;
}
const BAD_ELFPROEF = '123456788';

async function importeer(soort: string, lines: string[], query = ''): Promise<Result> {
  const res = await admin
    .post(`/api/v1/import?soort=${soort}${query}`)
    .set('Content-Type', 'text/csv')
    .send(lines.join('\n'))
    .expect(200);
  return res.body as Result;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return n as number;
}

const INWONERS = bsns(1000, 10_000_000);
/** the last 20 inwoners are 17: a Jeugdwet voorziening enrols them in the 18-/18+ transition */
const YOUTHS = INWONERS.slice(980);
const NOT_IMPORTED = bsns(1, 20_000_000)[0];

function inwonersFile(): { lines: string[]; bad: Record<number, RegExp> } {
  const lines = ['bsn;naam;geboortedatum'];
  INWONERS.forEach((bsn, i) => {
    const born = i >= 980 ? `2008-01-${String((i % 28) + 1).padStart(2, '0')}` : `${1940 + (i % 60)}-03-15`;
    lines.push(`${bsn};Inwoner ${i};${born}`);
    if (i === 10) lines.push(`${BAD_ELFPROEF};Foute Proef;1970-01-01`);
    if (i === 20) lines.push(`12345;Te Kort;1970-01-01`);
    if (i === 30) lines.push(`${bsns(1, 30_000_000)[0]};Nog Niet Geboren;2025-05-01`);
    if (i === 40) lines.push(`${bsns(1, 30_000_100)[0]};Geen Datum;31-02-1970`);
    if (i === 50) lines.push(`${INWONERS[3]};Dubbel;${1940 + 3}-03-15`);
    if (i === 60) lines.push(`${bsns(1, 30_000_200)[0]};;1970-01-01`);
    if (i === 70) lines.push(`${bsns(1, 30_000_300)[0]};Te Veel;1970-01-01;extra`);
  });
  // line numbers: the header is line 1, inwoner i is on line 2 + i + (bad rows before it)
  return {
    lines,
    bad: {
      13: /elfproef/,
      24: /9 cijfers/,
      35: /in de toekomst/,
      46: /geen geldige datum/,
      57: /dubbel: dezelfde inwoner \(BSN\) als rij 5/,
      68: /naam: leeg/,
      79: /4 velden, de kopregel heeft er 3/,
    },
  };
}

describe('import of running work', () => {
  it('is for the admin only, and refuses a file it cannot read', async () => {
    const intaker = await api.as('intaker1');
    await intaker
      .post('/api/v1/import?soort=inwoners')
      .set('Content-Type', 'text/csv')
      .send('bsn;naam;geboortedatum\n')
      .expect(403);
    const unknown = await admin
      .post('/api/v1/import')
      .set('Content-Type', 'text/csv')
      .send('bsn;naam\n')
      .expect(400);
    expect(unknown.body.detail).toMatch(/welke soort/);
    const column = await admin
      .post('/api/v1/import')
      .set('Content-Type', 'text/csv')
      .send('# soort: inwoners\nbsn;naam;geboortedatum;adres\n')
      .expect(400);
    expect(column.body.detail).toMatch(/onbekende kolom\(men\) voor inwoners: adres/);
    await admin.post('/api/v1/import?soort=inwoners').send({ bsn: '1' }).expect(415);
  });

  it('lands the good inwoners, refuses each bad row with its line and reason, and changes nothing the second time', async () => {
    const { lines, bad } = inwonersFile();
    const dry = await importeer('inwoners', lines, '&dryRun=true');
    expect(dry).toMatchObject({ rijen: 1007, geland: 1000, ongewijzigd: 0, afgewezen: 7, geschreven: false });
    expect(dry.rijenRapport).toHaveLength(1007);
    expect(dry.rijenRapport![0]).toEqual({ rij: 2, uitkomst: 'nieuw' });
    expect(await count(`SELECT 1 FROM subjects WHERE import_key IS NOT NULL`)).toBe(0);

    const allOrNothing = await importeer('inwoners', lines, '&allesOfNiets=true');
    expect(allOrNothing).toMatchObject({ geland: 0, afgewezen: 7, geschreven: false });
    expect(await count(`SELECT 1 FROM subjects WHERE import_key IS NOT NULL`)).toBe(0);

    const first = await importeer('inwoners', lines);
    expect(first).toMatchObject({
      rijen: 1007,
      geland: 1000,
      ongewijzigd: 0,
      afgewezen: 7,
      geschreven: true,
    });
    expect(first.afwijzingen.map((a) => a.rij)).toEqual(Object.keys(bad).map(Number));
    for (const a of first.afwijzingen) expect(a.reden).toMatch(bad[a.rij]);
    // no BSN in any answer
    expect(JSON.stringify(first)).not.toMatch(/\d{9}/);
    expect(
      await count(`SELECT 1 FROM subjects WHERE import_key LIKE 'bsn:%' AND bsn_encrypted IS NOT NULL`),
    ).toBe(1000);

    const again = await importeer('inwoners', lines);
    expect(again).toMatchObject({ geland: 0, ongewijzigd: 1000, afgewezen: 7 });
    expect(await count(`SELECT 1 FROM subjects WHERE import_key IS NOT NULL`)).toBe(1000);

    // found by BSN as if created in Regie
    const intaker = await api.as('intaker1');
    const found = await intaker.get(`/api/v1/subjects?bsn=${INWONERS[5]}`).expect(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({ name: 'Inwoner 5', birthDate: '1945-03-15', hasBsn: true }),
    ]);
  });

  it('imports huishoudens with their members', async () => {
    const lines = [
      'sleutel,naam,leden',
      `H1,Huishouden Een,${INWONERS[0]}|${INWONERS[1]}`,
      `H2,Huishouden Twee,${INWONERS[2]} ${NOT_IMPORTED}`,
      `H1,Huishouden Een weer,${INWONERS[0]}`,
    ];
    const r = await importeer('huishoudens', lines);
    expect(r).toMatchObject({ geland: 1, afgewezen: 2 });
    expect(r.afwijzingen).toEqual([
      { rij: 3, reden: 'leden: lid 2 is geen inwoner in Regie: importeer eerst de inwoners' },
      { rij: 4, reden: 'dubbel: dezelfde rij als rij 2' },
    ]);
    expect((await importeer('huishoudens', lines)).ongewijzigd).toBe(1);
    expect(await count(`SELECT 1 FROM subjects WHERE kind = 'huishouden' AND cardinality(members) = 2`)).toBe(
      1,
    );
  });

  it('records voorzieningen as the effect would: herindicaties, 18-/18+ enrolment, and nothing twice', async () => {
    const lines = [
      'bsn;wet;product;aanbieder;startdatum;einddatum;volume_aantal;volume_eenheid;regiehouder;team',
    ];
    let running = 0;
    INWONERS.slice(0, 980).forEach((bsn, i) => {
      const kind = i % 4;
      if (kind === 0) {
        lines.push(
          `${bsn};Wmo;Huishoudelijke hulp;Thuiszorg Twente;2024-06-01;2025-12-31;3;uur per week;intaker1;wijkteam-noord`,
        );
        running++;
      } else if (kind === 1)
        lines.push(`${bsn};Wmo;rolstoel;Hulpmiddelen BV;2023-01-01;;1;stuk;intaker1;wijkteam-noord`);
      else if (kind === 2)
        lines.push(
          `${bsn};Participatiewet;algemene bijstand;Gemeente;2020-01-01;2024-12-31;1;maand;intaker1;`,
        );
      else {
        lines.push(
          `${bsn};Wmo;dagbesteding;Wijkkamer;2024-09-01;2026-08-31;2;dagdeel per week;intaker1;wijkteam-noord`,
        );
        running++;
      }
      // a second voorziening for some: the key is (BSN, product, startdatum)
      if (i < 200)
        lines.push(
          `${bsn};Wmo;individuele begeleiding;Zorg BV;2025-01-06;;2;uur per week;intaker1;wijkteam-noord`,
        );
    });
    for (const bsn of YOUTHS) {
      lines.push(
        `${bsn};Jeugdwet;jeugd-ggz behandeling;GGZ Jeugd Twente;2024-11-01;2025-10-31;2;uur per week;intaker1;wijkteam-noord`,
      );
      running++;
    }
    const good = 980 + 200 + YOUTHS.length;
    const bad: [string, RegExp][] = [
      [`${INWONERS[0]};Wlz;verpleging;Zorg;2024-01-01;;1;dag;intaker1;`, /onbekende wet "Wlz"/],
      [
        `${INWONERS[1]};Wmo;tuinonderhoud;Zorg;2024-01-01;;1;dag;intaker1;`,
        /onbekend product "tuinonderhoud" onder de Wmo/,
      ],
      [
        `${INWONERS[2]};Wmo;dagbesteding;Zorg;2024-06-01;2024-05-31;1;dag;intaker1;`,
        /einddatum 2024-05-31 ligt vóór de startdatum 2024-06-01/,
      ],
      [
        `${INWONERS[3]};Wmo;dagbesteding;Zorg;2025-05-01;;1;dag;intaker1;`,
        /startdatum: 2025-05-01 ligt in de toekomst/,
      ],
      [`${NOT_IMPORTED};Wmo;dagbesteding;Zorg;2024-01-01;;1;dag;intaker1;`, /geen inwoner met dit BSN/],
      [`${BAD_ELFPROEF};Wmo;dagbesteding;Zorg;2024-01-01;;1;dag;intaker1;`, /elfproef/],
      [
        `${INWONERS[0]};Wmo;huishoudelijke hulp;Ander;2024-06-01;;1;uur;intaker1;`,
        /dubbel: dezelfde rij als rij 2$/,
      ],
      [`${INWONERS[4]};Wmo;dagbesteding;Zorg;2024-01-01;;nul;dag;intaker1;`, /volume_aantal/],
    ];
    for (const [line] of bad) lines.push(line);

    const first = await importeer('voorzieningen', lines);
    expect(first).toMatchObject({
      rijen: good + bad.length,
      geland: good,
      ongewijzigd: 0,
      afgewezen: bad.length,
    });
    expect(first.gevolgen).toEqual({ herindicaties: running, transities18: YOUTHS.length, casussen: 0 });
    first.afwijzingen.forEach((a, i) => {
      expect(a.rij).toBe(good + 2 + i);
      expect(a.reden).toMatch(bad[i][1]);
    });
    // nothing half-written: every landed voorziening and its follow-up, nothing of a refused row
    expect(await count(`SELECT 1 FROM voorzieningen WHERE import_key IS NOT NULL`)).toBe(good);
    expect(await count(`SELECT 1 FROM voorzieningen WHERE herindicatie_case_id IS NOT NULL`)).toBe(running);
    expect(await count(`SELECT 1 FROM cases WHERE workflow = 'herindicatie'`)).toBe(running);
    expect(await count(`SELECT 1 FROM cases WHERE workflow = 'transitie18'`)).toBe(YOUTHS.length);
    expect(await count(`SELECT 1 FROM voorzieningen WHERE wet = 'Jeugdwet' AND ggz`)).toBe(YOUTHS.length);

    const again = await importeer('voorzieningen', lines);
    expect(again).toMatchObject({ geland: 0, ongewijzigd: good, afgewezen: bad.length });
    expect(again.gevolgen).toEqual({ herindicaties: 0, transities18: 0, casussen: 0 });
    expect(await count(`SELECT 1 FROM voorzieningen`)).toBe(good);
    expect(await count(`SELECT 1 FROM cases WHERE workflow IN ('herindicatie', 'transitie18')`)).toBe(
      running + YOUTHS.length,
    );

    // seen through the API like any voorziening, without a granting case
    const intaker = await api.as('intaker1');
    const subject = (await intaker.get(`/api/v1/subjects?bsn=${INWONERS[0]}`).expect(200)).body.items[0];
    const list = await intaker.get(`/api/v1/subjects/${subject.id}/voorzieningen`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ product: 'individuele begeleiding', caseId: null, einddatum: null }),
      expect.objectContaining({
        product: 'huishoudelijke hulp',
        caseId: null,
        actief: true,
        einddatum: '2025-12-31',
        herindicatieCaseId: expect.any(String),
      }),
    ]);
  });

  it('starts open meldingen, aanvragen and AVE tracks with their dates of receipt', async () => {
    const meldingen = [
      'bsn;huishouden;ontvangen_op;kanaal;leefgebieden;wetten;gevraagde_voorziening;regiehouder;team',
      `${INWONERS[100]};;2025-04-22;inwoner_zelf;huishouden|financien;Wmo|Wgs;;intaker1;wijkteam-noord`,
      `${INWONERS[101]};;2025-04-25;inwoner_zelf;huishouden;Wmo;;intaker1;wijkteam-noord`,
      `${INWONERS[102]};;2025-04-22;telepathie;huishouden;Wmo;;intaker1;wijkteam-noord`,
      `${INWONERS[103]};;1899-01-01;inwoner_zelf;huishouden;Wmo;;intaker1;wijkteam-noord`,
      `${INWONERS[104]};;1941-01-01;inwoner_zelf;huishouden;Wmo;;intaker1;wijkteam-noord`,
    ];
    const m = await importeer('meldingen', meldingen);
    expect(m).toMatchObject({ geland: 1, afgewezen: 4, gevolgen: { casussen: 1 } });
    expect(m.afwijzingen.map((a) => [a.rij, a.reden])).toEqual([
      [3, expect.stringMatching(/ontvangen_op: 2025-04-25 ligt in de toekomst/)],
      [4, 'kanaal: onbekend: telepathie'],
      [5, expect.stringMatching(/ontvangen_op: geen geldige datum/)],
      [6, 'ontvangen_op 1941-01-01 ligt vóór de geboortedatum van de inwoner'],
    ]);

    const aanvragen = [
      'bsn,ontvangen_op,melding_ontvangen_op,wet,voorziening,leefgebieden,regiehouder,team',
      `${INWONERS[200]},2025-04-21,2025-04-14,Wmo,huishoudelijke hulp,huishouden,intaker1,wijkteam-noord`,
      `${INWONERS[201]},2025-04-21,,Wmo,kapsalon,huishouden,intaker1,wijkteam-noord`,
    ];
    const a = await importeer('aanvragen', aanvragen);
    expect(a).toMatchObject({ geland: 1, afgewezen: 1, gevolgen: { casussen: 1 } });
    expect(a.afwijzingen).toEqual([
      { rij: 3, reden: 'voorziening: onbekend product "kapsalon" onder de Wmo' },
    ]);

    const ave = await importeer('ave', [
      'huishouden;niveau;kinderen_in_huishouden;regiehouder;reden;criteria;team',
      'H1;2;nee;intaker1;Meerdere hulpverleners;meerdere_domeinen;wijkteam-noord',
      'H9;2;nee;intaker1;;;wijkteam-noord',
      'H1;5;ja;intaker1;;;wijkteam-noord',
    ]);
    expect(ave).toMatchObject({ geland: 1, afgewezen: 2 });
    expect(ave.afwijzingen.map((x) => x.rij)).toEqual([3, 4]);

    // terms run from the day after the date of receipt
    const intaker = await api.as('intaker1');
    const caseOf = async (bsn: string) => {
      const subject = (await intaker.get(`/api/v1/subjects?bsn=${bsn}`).expect(200)).body.items[0];
      const [{ id }] = await api.db.query(
        `SELECT id FROM cases WHERE subject_id = $1 AND workflow = 'intake'`,
        [subject.id],
      );
      return (await intaker.get(`/api/v1/cases/${id}`).expect(200)).body as {
        deadlines: { key: string; dueDate: string }[];
        context: Record<string, unknown>;
      };
    };
    const aanvraag = await caseOf(INWONERS[200]);
    expect(aanvraag.deadlines.find((d) => d.key === 'wmo_beschikking')).toMatchObject({
      dueDate: '2025-05-06',
    });
    expect(aanvraag.context).toMatchObject({ ontvangenOp: '2025-04-14' });
    const melding = await caseOf(INWONERS[100]);
    expect(melding.context).toMatchObject({ ontvangenOp: '2025-04-22' });

    // the same files again: nothing changes
    const cases = await count(`SELECT 1 FROM cases`);
    expect(await importeer('meldingen', meldingen)).toMatchObject({
      geland: 0,
      ongewijzigd: 1,
      afgewezen: 4,
    });
    expect(await importeer('aanvragen', aanvragen)).toMatchObject({
      geland: 0,
      ongewijzigd: 1,
      afgewezen: 1,
    });
    expect(await count(`SELECT 1 FROM cases`)).toBe(cases);
  });
});
