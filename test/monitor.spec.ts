/**
 * The monitor for the council, through HTTP against the real Postgres: the HTML page and
 * the PDF carry every indicator's number and definition, the charts' SVGs carry the plotted values, a bad period
 * is a Dutch 400; the monthly monitor is made once, on the first working day of the month, for the previous month
 * and the year to date, and beleid hears of it.
 */
import type { components } from '@regie/api-client';
import { ATW_KALENDER } from '@regie/calendar';
import { Clock } from '@regie/engine';
import type { IndicatorCel, IndicatorRapport, IndicatorUitkomst } from '@regie/sociaal-domein';
import { IndicatorsService } from '../apps/api/src/indicatoren/indicatoren.service';
import { esc } from '../apps/api/src/monitor/html';
import { winAnsi } from '../apps/api/src/monitor/pdf';
import { DomainRecords, Maandmonitor, maandmonitorJob } from '@regie/sociaal-domein';
import { PeriodicJobsRepository, SystemDatabase } from '@regie/persistence';
import { PeriodicJobs } from '@regie/scheduling';
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let beleid: AgentFor;

beforeAll(async () => {
  // Thursday 31 December 2026; 1 January 2027 is a holiday and the 2nd and 3rd a weekend
  api = await startApi('2026-12-31T12:00:00+01:00', {}, { effects: false });
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

/**
 * The text of a PDF whose content streams are not compressed (as the monitor's are): the strings of its text
 * operators (Tj, TJ), in the WinAnsi encoding of the standard fonts. Kerning inside one TJ array joins a word;
 * separate operators are separate words or lines.
 */
function pdfTekst(pdf: Buffer): string {
  const bytes = pdf.toString('latin1');
  // WinAnsi is Latin-1 but for 0x80-0x9f; of those the monitor writes the euro sign and the dashes
  const winAnsi: Record<number, string> = { 0x80: '€', 0x96: '–', 0x97: '—', 0x91: '‘', 0x92: '’' };
  const hex = (h: string) =>
    [...Buffer.from(h, 'hex')].map((b) => winAnsi[b] ?? String.fromCharCode(b)).join('');
  const parts: string[] = [];
  for (const m of bytes.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (m[2] !== undefined) parts.push(hex(m[2]));
    else parts.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((s) => hex(s[1]!)).join(''));
  }
  return parts.join(' ').replace(/[\s\u00a0]+/g, ' ');
}

/** supertest's parser for a binary body (in Node, superagent hands the parser the response stream) */
function alsBuffer(res: unknown, done: (err: Error | null, body: Buffer) => void) {
  const r = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
}

const spaties = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

function cel(waarde: number | null, weergave: string, onderdrukt = false): IndicatorCel {
  return { waarde, weergave, basis: waarde, onderdrukt };
}

function indicator(
  over: Partial<IndicatorUitkomst> & Pick<IndicatorUitkomst, 'key' | 'naam' | 'waarde'>,
): IndicatorUitkomst {
  const [bron, nummer] = over.key.split(' ') as [IndicatorUitkomst['bron'], string];
  return {
    bron,
    nummer,
    definitie: '',
    berekening: '',
    eenheid: 'inwoners',
    soort: 'stroom',
    reeks: 'kwartaal',
    optelbaar: true,
    status: 'beschikbaar',
    uitsplitsingen: [],
    punten: [],
    ...over,
  };
}

/** A report with known numbers: a count with a breakdown and a hidden cell, an amount, one not yet available. */
const RAPPORT: IndicatorRapport = {
  gemeente: 'almelo',
  van: '2026-01-01',
  tot: '2026-06-30',
  indicatoren: [
    indicator({
      key: 'almelo 4.1.1',
      naam: 'Aantal inwoners dat zich meldt voor voorzieningen',
      definitie: 'Unieke inwoners met een melding in de periode, per gevraagde voorziening.',
      berekening: 'Elke inwoner telt eenmaal, hoeveel meldingen ook (melding → voorziening).',
      waarde: cel(1234, '1.234'),
      uitsplitsingen: [
        {
          naar: 'voorziening',
          cellen: [
            { label: 'Hulp bij het huishouden', cel: cel(17, '17') },
            { label: 'Begeleiding individueel', cel: cel(null, '< 5', true) },
          ],
        },
      ],
      punten: [
        { periode: '2026-K1', van: '2026-01-01', tot: '2026-03-31', cel: cel(812, '812') },
        { periode: '2026-K2', van: '2026-04-01', tot: '2026-06-30', cel: cel(null, '< 5', true) },
      ],
    }),
    indicator({
      key: 'borne 2.1',
      naam: 'Totaal bedrag Hulp bij huishouden',
      definitie: 'De kosten van de geleverde uren hulp bij het huishouden, tarief maal volume.',
      eenheid: 'eurocent',
      waarde: cel(123456, '€ 1.234,56'),
      punten: [
        { periode: '2026-K1', van: '2026-01-01', tot: '2026-03-31', cel: cel(100000, '€ 1.000,00') },
        { periode: '2026-K2', van: '2026-04-01', tot: '2026-06-30', cel: cel(23456, '€ 234,56') },
      ],
    }),
    indicator({
      key: 'regie B.1',
      naam: 'Wachtlijst beschermd wonen aan het eind van de periode',
      definitie: 'Inwoners die op een plaats in beschermd wonen wachten.',
      status: 'nog niet beschikbaar',
      nietBeschikbaar: 'de reis beschermd wonen legt de wachtlijst nog niet vast',
      waarde: cel(null, 'nog niet beschikbaar'),
      reeks: null,
    }),
  ],
};

describe('GET /monitor', () => {
  it('renders every indicator with its number, its definition, its breakdown and its series as a chart', async () => {
    const compute = jest.spyOn(api.app.get(IndicatorsService), 'compute').mockResolvedValueOnce(RAPPORT);
    const res = await beleid.get('/api/v1/monitor?from=2026-01-01&to=2026-06-30').expect(200);
    // the gemeente is the request's tenant (almelo's row level security), not a parameter
    expect(compute).toHaveBeenCalledWith('2026-01-01', '2026-06-30');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = spaties(res.text);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Monitor Sociaal Domein gemeente Almelo</h1>');
    expect(html).toContain('1 januari 2026 tot en met 30 juni 2026');
    for (const i of RAPPORT.indicatoren) {
      expect(html).toContain(esc(i.naam));
      expect(html).toContain(esc(i.definitie));
      expect(html).toContain(`<td class="getal">${esc(spaties(i.waarde.weergave))}</td>`);
    }
    expect(html).toContain('<th scope="row">Hulp bij het huishouden</th><td class="getal">17</td>');
    expect(html).toContain('<th scope="row">Begeleiding individueel</th><td class="getal">&lt; 5</td>');
    expect(html).toContain('Nog niet beschikbaar: de reis beschermd wonen legt de wachtlijst nog niet vast');

    // one chart per indicator with a series, each labelled with the values it plots, as the table writes them
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toContain('role="img"');
    for (const label of ['K1 2026', 'K2 2026', '812', '&lt; 5']) expect(svgs[0]).toContain(`>${label}<`);
    for (const label of ['€ 1.000,00', '€ 234,56']) expect(svgs[1]).toContain(`>${label}<`);
  });

  it('renders the same as a PDF for the council, whose text holds the numbers and definitions', async () => {
    jest.spyOn(api.app.get(IndicatorsService), 'compute').mockResolvedValueOnce(RAPPORT);
    const res = await beleid
      .get('/api/v1/monitor?from=2026-01-01&to=2026-06-30&format=pdf')
      .buffer(true)
      .parse(alsBuffer)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(pdf);
    expect(tekst).toContain('Monitor Sociaal Domein gemeente Almelo');
    for (const i of RAPPORT.indicatoren) {
      expect(tekst).toContain(i.naam);
      expect(tekst).toContain(i.definitie);
      expect(tekst).toContain(spaties(i.waarde.weergave));
    }
    // a sign the standard font cannot write is spelled out, not garbled (a line may break after the hyphen)
    expect(tekst.replace(/ /g, '')).toContain('(melding->voorziening)');
    // the charts' labels are drawn as text too
    for (const t of ['Hulp bij het huishouden 17', 'Begeleiding individueel < 5', '€ 1.000,00', '€ 234,56'])
      expect(tekst).toContain(t);
  });

  it('shows the catalogue as computed from history: every indicator of GET /indicators, with its cell', async () => {
    const period = 'from=2026-01-01&to=2026-12-31';
    const rapport = (await beleid.get(`/api/v1/indicators?${period}&weergave=volledig`).expect(200))
      .body as components['schemas']['IndicatorRapport'];
    const html = spaties((await beleid.get(`/api/v1/monitor?${period}`).expect(200)).text);
    for (const i of rapport.indicatoren) {
      expect(html).toContain(esc(i.naam));
      expect(html).toContain(esc(spaties(i.weergave)));
    }
    if (rapport.indicatoren.length === 0) expect(html).toContain('Geen indicatoren in de catalogus.');
    // and the PDF: every name and definition in its text (compared without spaces: lines break anywhere)
    const pdf = await beleid
      .get(`/api/v1/monitor?${period}&format=pdf`)
      .buffer(true)
      .parse(alsBuffer)
      .expect(200);
    const tekst = pdfTekst(pdf.body as Buffer).replace(/ /g, '');
    for (const i of rapport.indicatoren) {
      expect(tekst).toContain(winAnsi(i.naam).replace(/\s/g, ''));
      expect(tekst).toContain(winAnsi(i.definitie).replace(/\s/g, ''));
    }
  });

  it('refuses a bad period with a Dutch problem, and every role but beleid', async () => {
    for (const [query, detail] of [
      ['from=2026-03-01&to=2026-02-01', /de periode eindigt voor zij begint/],
      ['from=2026-13-01&to=2026-12-31', /verwacht een datum JJJJ-MM-DD/],
      ['from=2020-01-01&to=2026-12-31', /een monitor beslaat hooguit vijf jaar/],
    ] as const) {
      const res = await beleid.get(`/api/v1/monitor?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).toMatch(detail);
    }
    await beleid.get('/api/v1/monitor?from=2026-01-01').expect(400);
    await beleid.get('/api/v1/monitor?from=2026-01-01&to=2026-12-31&format=docx').expect(400);
    const intaker = await api.as('intaker1');
    await intaker.get('/api/v1/monitor?from=2026-01-01&to=2026-12-31').expect(403);
    await intaker.get('/api/v1/monitors').expect(403);
    await beleid.get('/api/v1/monitors/geen-uuid').expect(400);
  });
});

describe('the monthly monitor', () => {
  it('is made once per gemeente on the first working day, for the previous month and the year to date', async () => {
    const clock = api.app.get(Clock);
    const records = api.app.get(DomainRecords);
    const job = new Maandmonitor(records, clock, ATW_KALENDER);
    const gemeenten = (
      (await api.db.query(`SELECT count(*)::int AS n FROM gemeenten`)) as { n: number }[]
    )[0]!.n;

    // 31 December: December's first working day has passed, so November's monitor is made (caught up)
    expect(await job.run()).toBe(`maandmonitor 2026-11: ${gemeenten} gemaakt, 0 bestond al`);
    // New Year's Day is a holiday, the 2nd and 3rd a weekend: December waits for Monday 4 January
    for (const at of ['2027-01-01T08:00:00+01:00', '2027-01-03T20:00:00+01:00']) {
      await clock.set(new Date(at));
      expect(await job.run()).toBe('nog niet: de eerste werkdag is 2027-01-04');
    }
    await clock.set(new Date('2027-01-04T06:30:00+01:00'));
    expect(await job.run()).toBe(`maandmonitor 2026-12: ${gemeenten} gemaakt, 0 bestond al`);
    // a second run (another worker, a retry, the next morning) makes nothing again
    expect(await job.run()).toBe(`maandmonitor 2026-12: 0 gemaakt, ${gemeenten} bestond al`);
    await clock.set(new Date('2027-01-05T06:30:00+01:00'));
    expect(await job.run()).toBe(`maandmonitor 2026-12: 0 gemaakt, ${gemeenten} bestond al`);

    const lijst = await beleid.get('/api/v1/monitors').expect(200);
    expect(lijst.body.items.map((m: { maand: string }) => m.maand)).toEqual(['2026-12', '2026-11']);
    expect(lijst.body.items[0]).toMatchObject({
      van: '2026-12-01',
      tot: '2026-12-31',
      jaarVan: '2026-01-01',
    });

    const html = spaties((await beleid.get(`/api/v1/monitors/${lijst.body.items[0].id}`).expect(200)).text);
    expect(html).toContain('<h1>Maandmonitor december 2026 gemeente Almelo</h1>');
    expect(html).toContain(
      '<h2>De maand december 2026</h2><p>1 december 2026 tot en met 31 december 2026.</p>',
    );
    expect(html).toContain(
      '<h2>Het jaar tot en met december 2026</h2><p>1 januari 2026 tot en met 31 december 2026.</p>',
    );
    const pdf = await beleid.get(`/api/v1/monitors/${lijst.body.items[0].id}?format=pdf`).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // every beleid user of the gemeente is told, once per month, in their messages
    const berichten = (await beleid.get('/api/v1/notifications').expect(200)).body.items as {
      kind: string;
      message: string;
      createdAt: string;
    }[];
    expect(berichten.filter((b) => b.kind === 'maandmonitor').map((b) => [b.message, b.createdAt])).toEqual([
      [
        'De maandmonitor van december 2026 staat klaar: de maand en het jaar tot en met december 2026.',
        '2027-01-04T05:30:00.000Z',
      ],
      [
        'De maandmonitor van november 2026 staat klaar: de maand en het jaar tot en met november 2026.',
        '2026-12-31T11:00:00.000Z',
      ],
    ]);
    const collega = await api.as('beleid3', ['beleid'], 'almelo', null);
    const bijCollega = (await collega.get('/api/v1/notifications').expect(200)).body.items as {
      kind: string;
    }[];
    expect(bijCollega.filter((b) => b.kind === 'maandmonitor')).toHaveLength(2);
    const intaker = (await (await api.as('intaker1')).get('/api/v1/notifications').expect(200)).body
      .items as {
      kind: string;
    }[];
    expect(intaker.filter((b) => b.kind === 'maandmonitor')).toHaveLength(0);

    // scheduled as the worker schedules it (a PeriodicJob claimed in Postgres): Monday 1 February at 06:30
    const jobs = new PeriodicJobs(
      api.app.get(SystemDatabase).handle,
      api.app.get(PeriodicJobsRepository),
      clock,
      [maandmonitorJob(records, clock, ATW_KALENDER)],
    );
    await clock.set(new Date('2027-02-01T06:00:00+01:00'));
    expect(await jobs.tick()).toEqual([]);
    await clock.set(new Date('2027-02-01T06:31:00+01:00'));
    expect(await Promise.all([jobs.tick(), jobs.tick()])).toEqual(
      expect.arrayContaining([['maandmonitor'], []]),
    );
    const maanden = (await beleid.get('/api/v1/monitors').expect(200)).body.items.map(
      (m: { maand: string }) => m.maand,
    );
    expect(maanden).toEqual(['2027-01', '2026-12', '2026-11']);

    // another gemeente's beleid sees none of almelo's monitors
    const ander = await api.as('beleid2', ['beleid'], 'hengelo', null);
    const andere = await ander.get('/api/v1/monitors').expect(200);
    expect(andere.body.items.map((m: { id: string }) => m.id)).not.toContain(lijst.body.items[0].id);
    await ander.get(`/api/v1/monitors/${lijst.body.items[0].id}`).expect(404);
  });
});
