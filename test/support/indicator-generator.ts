/**
 * A history with known answers for the indicator catalogue: several thousand inwoners over 2025 and
 * 2026 in every journey, written straight into the tables the engine writes (cases, case_history, deadlines,
 * voorzieningen), plus a second gemeente whose rows must never count. `verwacht` computes every indicator's value
 * from the same model by the plain reading of its definition, independently of the SQL.
 *
 * Every event happens at 10:00 UTC, so its Amsterdam day is its UTC day (both in winter and summer time).
 */
import { randomUUID } from 'node:crypto';
import { addDays, startOfLocalDay } from '@regie/calendar';
import type { DataSource } from 'typeorm';

export const GEMEENTE = 'indicatorgem';
export const ANDERE_GEMEENTE = 'anderegem';

interface Event {
  type: string;
  data: Record<string, unknown>;
  dag: string;
  naar: string;
}
interface Casus {
  id: string;
  gemeente: string;
  workflow: string;
  subject: string;
  team: string | null;
  events: Event[];
}
interface Termijn {
  caseId: string;
  gemeente: string;
  key: string;
  name: string;
  law: string | null;
  party: 'gemeente' | 'inwoner';
  dueDate: string;
  metDag: string | null;
  cancelledDag: string | null;
  createdDag: string;
}
export interface Voorziening {
  id: string;
  gemeente: string;
  subject: string;
  caseId: string;
  wet: string;
  product: string;
  aanbieder: string;
  volume: number;
  startdatum: string;
  einddatum: string | null;
  tarief: number | null;
  tariefEenheid: 'uur' | 'week' | 'etmaal' | 'stuk' | null;
  createdDag: string;
}
export interface Model {
  subjects: { id: string; gemeente: string }[];
  cases: Casus[];
  termijnen: Termijn[];
  voorzieningen: Voorziening[];
}

/** mulberry32: the same history on every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EERSTE = '2025-01-01';
const DAGEN = 730;

const PRODUCTEN = [
  { wet: 'Wmo', product: 'huishoudelijke hulp', eenheid: 'uur', tarief: 3150 },
  { wet: 'Wmo', product: 'individuele begeleiding', eenheid: 'uur', tarief: 6520 },
  { wet: 'Wmo', product: 'groepsbegeleiding', eenheid: 'week', tarief: 11075 },
  { wet: 'Wmo', product: 'rolstoel', eenheid: 'stuk', tarief: 125000 },
  { wet: 'Jeugdwet', product: 'ambulante jeugdhulp', eenheid: 'uur', tarief: 8890 },
  { wet: 'Jeugdwet', product: 'jeugdhulp met verblijf', eenheid: 'etmaal', tarief: 24500 },
] as const;
const AANBIEDERS = ['Zorg Oost', 'Thuishulp Twente', 'Carinova', 'Jeugdzorg Plus', 'De Brug', 'Avedan'];
const KANALEN = ['inwoner_zelf', 'huisarts', 'school', 'externe_verwijzer', 'netwerk', 'aanbieder'];
const VERWIJZERS = ['huisarts', 'jeugdarts', 'medisch_specialist', 'gecertificeerde_instelling', 'rechter'];
const GEVRAAGD = ['huishoudelijke hulp', 'begeleiding', 'dagbesteding', 'jeugdhulp', undefined];
const TEAMS = ['wijkteam-noord', 'wijkteam-zuid', 'jeugdteam'];
const ALGEMEEN = ['Formulierenbrigade', 'Buurtkamer', 'Maatjesproject'];

/** Builds the model: `inwoners` in GEMEENTE, a tenth of that in ANDERE_GEMEENTE. */
export function genereer(inwoners = 3000, seed = 13): Model {
  const r = rng(seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const dagNa = (dag: string, max: number, min = 0) => addDays(dag, min + Math.floor(r() * (max - min + 1)));
  const m: Model = { subjects: [], cases: [], termijnen: [], voorzieningen: [] };

  const casus = (
    gemeente: string,
    workflow: string,
    subject: string,
    dag: string,
    staat: string,
    input: object,
  ) => {
    const c: Casus = {
      id: randomUUID(),
      gemeente,
      workflow,
      subject,
      team: kies(TEAMS),
      events: [{ type: 'CASE_GESTART', data: { input, workflow, workflowVersion: 1 }, dag, naar: staat }],
    };
    m.cases.push(c);
    return c;
  };
  const ev = (c: Casus, type: string, dag: string, naar: string, data: Record<string, unknown> = {}) =>
    c.events.push({ type, data, dag, naar });

  const intake = (gemeente: string, subject: string, start: string) => {
    const channel = kies(KANALEN);
    const gevraagd = kies(GEVRAAGD);
    const wgs = r() < 0.1;
    const ontvangen = r() < 0.2 ? addDays(start, -3) : undefined;
    const c = casus(gemeente, 'intake', subject, start, 'melding', {
      channel,
      ...(channel === 'externe_verwijzer' ? { externeVerwijzer: kies(VERWIJZERS) } : {}),
      ...(gevraagd ? { requestedVoorziening: gevraagd } : {}),
      lifeAreas: ['huishouden'],
      laws: wgs ? ['Wgs'] : ['Wmo'],
      ...(ontvangen ? { ontvangenOp: ontvangen } : {}),
    });
    // the Wmo onderzoek term: 6 weeks from the day after receipt; met, late, on its very last day, or cancelled
    const due = addDays(ontvangen ?? start, 42);
    const lot = r();
    let afgerond: string | null = null;
    if (r() < 0.85) {
      afgerond = lot < 0.1 ? due : lot < 0.25 ? dagNa(due, 20, 1) : dagNa(start, 40, 1);
    }
    const ingetrokken = afgerond === null && r() < 0.3 ? dagNa(start, 10, 1) : null;
    m.termijnen.push({
      caseId: c.id,
      gemeente,
      key: 'wmo_onderzoek',
      name: 'Wmo onderzoek',
      law: 'Wmo 2015 art. 2.3.2',
      party: 'gemeente',
      dueDate: due,
      metDag: afgerond,
      cancelledDag: ingetrokken,
      createdDag: start,
    });
    // the inwoner's own term never counts among the gemeente's
    m.termijnen.push({
      caseId: c.id,
      gemeente,
      key: 'wmo_persoonlijk_plan',
      name: 'Wmo persoonlijk plan',
      law: 'Wmo 2015 art. 2.3.2',
      party: 'inwoner',
      dueDate: addDays(start, 7),
      metDag: null,
      cancelledDag: null,
      createdDag: start,
    });
    if (ingetrokken) return ev(c, 'INGETROKKEN', ingetrokken, 'ingetrokken');
    if (r() < 0.1) return; // never taken up
    const triage = dagNa(start, 12);
    ev(c, 'TRIAGE_GESTART', triage, 'triage');
    if (wgs) {
      const besch = dagNa(triage, 30, 5);
      ev(c, 'WGS_BESCHIKKING', besch, 'wgs', { toegang: r() < 0.8 ? 'toegelaten' : 'afgewezen' });
      if (r() < 0.5)
        ev(c, 'AFGESLOTEN', dagNa(besch, 200, 20), 'afgesloten', { resultaatcode: 'doel_bereikt' });
      return;
    }
    const uitkomst = r();
    if (uitkomst < 0.25) {
      return ev(c, 'VERWEZEN', dagNa(triage, 30, 1), 'verwezen', {
        soort: r() < 0.8 ? 'algemene_voorziening' : 'netwerk',
        voorziening: kies(ALGEMEEN),
      });
    }
    if (uitkomst < 0.35) return ev(c, 'GEEN_HULP', dagNa(triage, 20, 1), 'geen_hulp', { reden: 'zelf' });
    const p = kies(PRODUCTEN);
    const aanvraag = dagNa(triage, 30, 2);
    ev(c, 'AANVRAAG_INGEDIEND', aanvraag, 'aanvraag', { laws: [p.wet], voorziening: p.product });
    const besluit = dagNa(aanvraag, 40, 1);
    const toegekend = r() < 0.85;
    ev(c, 'BESLUIT_GENOMEN', besluit, 'besluit', {
      uitkomst: toegekend ? (r() < 0.1 ? 'deels' : 'toegekend') : 'afgewezen',
      grondslag: 'Wmo 2015 art. 2.3.5',
    });
    if (!toegekend) return;
    const startdatum = dagNa(besluit, 14, 1);
    const einddatum = r() < 0.2 ? null : dagNa(startdatum, 400, 30);
    const metTarief = r() < 0.9;
    m.voorzieningen.push({
      id: randomUUID(),
      gemeente,
      subject,
      caseId: c.id,
      wet: p.wet,
      product: p.product,
      aanbieder: kies(AANBIEDERS),
      volume: 1 + Math.floor(r() * 6),
      startdatum,
      einddatum,
      tarief: metTarief ? p.tarief : null,
      tariefEenheid: metTarief ? p.eenheid : null,
      createdDag: startdatum,
    });
    ev(c, 'INZET_GESTART', startdatum, 'inzet', { product: p.product });
    if (r() < 0.05) {
      ev(c, 'BW_WACHTLIJST_OPGENOMEN', besluit, 'inzet', { grond: 'toegekend', overbrugging: 'thuis' });
      if (r() < 0.5) ev(c, 'BW_GEPLAATST', dagNa(besluit, 200, 10), 'inzet', { aanbieder: 'Het Anker' });
    }
  };

  const ave = (gemeente: string, subject: string, start: string) => {
    let niveau = 1 + Math.floor(r() * 3);
    const c = casus(gemeente, 'ave', subject, start, `niveau_${niveau}`, { startLevel: niveau });
    let dag = start;
    const acceptaties: Termijn[] = [];
    for (let i = 0; i < 4; i++) {
      dag = dagNa(dag, 120, 5);
      if (dag >= addDays(EERSTE, DAGEN)) break;
      const op = niveau < 4 && (niveau === 0 || r() < 0.55);
      if (op) {
        niveau += 1;
        ev(c, 'OPSCHALEN', dag, `niveau_${niveau}`, { naarNiveau: niveau });
        // a new acceptance replaces one still running (one pending term per key and case)
        for (const t of acceptaties)
          if (t.cancelledDag === null && (t.metDag === null || t.metDag > dag)) {
            t.metDag = null;
            t.cancelledDag = dag;
          }
        if (niveau >= 3) {
          const t: Termijn = {
            caseId: c.id,
            gemeente,
            key: 'regie_acceptatie',
            name: 'Regie accepteren',
            law: null,
            party: 'gemeente',
            dueDate: addDays(dag, 3),
            metDag: r() < 0.7 ? dagNa(dag, 6, 1) : null,
            cancelledDag: null,
            createdDag: dag,
          };
          acceptaties.push(t);
          m.termijnen.push(t);
        }
      } else if (niveau > 0) {
        niveau -= 1;
        ev(c, 'AFSCHALEN', dag, `niveau_${niveau}`, { reden: 'het gaat beter' });
      }
      // a review keeps the level: not a stay of its own
      if (r() < 0.3)
        ev(c, 'REVIEW_UITGEVOERD', dagNa(dag, 10, 1), `niveau_${niveau}`, { besluit: 'handhaven' });
    }
    if (niveau <= 1 && r() < 0.4) ev(c, 'AFGESLOTEN', dagNa(dag, 60, 1), 'afgesloten', { reden: 'klaar' });
  };

  const transitie = (gemeente: string, subject: string, start: string) => {
    const c = casus(gemeente, 'transitie18', subject, start, 'voorbereiding', {});
    const bw = dagNa(start, 200, 10);
    if (r() < 0.3)
      ev(c, 'VERVOLGROUTE_BIJGEWERKT', bw, 'voorbereiding', { domein: 'beschermd_wonen', status: 'actief' });
    if (r() < 0.4)
      ev(c, 'TERMIJN_VERSTREKEN', dagNa(start, 150, 20), 'voorbereiding', {
        key: kies(['mijlpaal_toekomstplan_afgesproken', 'mijlpaal_aanvragen_ingediend']),
        name: 'mijlpaal',
      });
    const einde = dagNa(start, 400, 200);
    if (r() < 0.2) ev(c, 'NAZORG_UITGEVOERD', einde, 'hiaat');
    if (r() < 0.5) ev(c, 'AFGESLOTEN', dagNa(einde, 60, 1), 'afgesloten');
  };

  const doorbraak = (gemeente: string, subject: string, start: string) => {
    const c = casus(gemeente, 'doorbraak', subject, start, 'aangemeld', {});
    const analyse = dagNa(start, 30, 1);
    const wetten = kies([['Jeugdwet'], ['Wmo'], ['Jeugdwet', 'Wmo'], ['Participatiewet']]);
    ev(c, 'ANALYSE_VASTGELEGD', analyse, 'analyse', { betrokkenen: wetten.map((wet) => ({ wet })) });
    if (r() < 0.3) return;
    const evaluatie = dagNa(analyse, 200, 30);
    ev(c, 'EVALUATIE_VASTGELEGD', evaluatie, 'evaluatie', {
      besparingen: [
        {
          soort: kies(['situationeel', 'structureel', 'incidenteel']),
          gerealiseerdPerJaar: 100 * Math.floor(r() * 50000),
        },
      ],
    });
    if (r() < 0.4) ev(c, 'AFGESLOTEN', dagNa(evaluatie, 90, 1), 'afgesloten');
  };

  for (const [gemeente, aantal] of [
    [GEMEENTE, inwoners],
    [ANDERE_GEMEENTE, Math.ceil(inwoners / 10)],
  ] as const) {
    for (let i = 0; i < aantal; i++) {
      const subject = randomUUID();
      m.subjects.push({ id: subject, gemeente });
      const start = dagNa(EERSTE, DAGEN - 60);
      intake(gemeente, subject, start);
      // some inwoners report twice: counted once where inwoners are counted
      if (r() < 0.15) intake(gemeente, subject, dagNa(start, 60, 1));
      if (r() < 0.12) ave(gemeente, subject, dagNa(EERSTE, DAGEN - 30));
      if (r() < 0.05) transitie(gemeente, subject, dagNa(EERSTE, DAGEN - 30));
      if (r() < 0.03) doorbraak(gemeente, subject, dagNa(EERSTE, DAGEN - 30));
    }
  }
  randen(m);
  return m;
}

/** The named edge cases, on their own inwoners so their effect on the answers is plain. */
function randen(m: Model): void {
  const subject = () => {
    const id = randomUUID();
    m.subjects.push({ id, gemeente: GEMEENTE });
    return id;
  };
  // a case across the boundary of 2026: melding in December 2025, besluit and voorziening in 2026
  const grens = subject();
  const c: Casus = {
    id: randomUUID(),
    gemeente: GEMEENTE,
    workflow: 'intake',
    subject: grens,
    team: 'wijkteam-noord',
    events: [
      {
        type: 'CASE_GESTART',
        data: { input: { channel: 'inwoner_zelf', laws: ['Wmo'], lifeAreas: ['huishouden'] } },
        dag: '2025-12-20',
        naar: 'melding',
      },
      { type: 'TRIAGE_GESTART', data: {}, dag: '2025-12-22', naar: 'triage' },
      {
        type: 'AANVRAAG_INGEDIEND',
        data: { laws: ['Wmo'], voorziening: 'rolstoel' },
        dag: '2025-12-29',
        naar: 'aanvraag',
      },
      {
        type: 'BESLUIT_GENOMEN',
        data: { uitkomst: 'toegekend', grondslag: 'Wmo' },
        dag: '2026-01-05',
        naar: 'besluit',
      },
    ],
  };
  m.cases.push(c);
  // a term met on its very last day: on time
  m.termijnen.push({
    caseId: c.id,
    gemeente: GEMEENTE,
    key: 'wmo_onderzoek',
    name: 'Wmo onderzoek',
    law: 'Wmo 2015 art. 2.3.2',
    party: 'gemeente',
    dueDate: '2026-01-31',
    metDag: '2026-01-31',
    cancelledDag: null,
    createdDag: '2025-12-20',
  });
}

/** Writes the model; the gemeenten are created when missing. Bulk statements of at most 2,000 rows. */
export async function schrijf(db: DataSource, m: Model): Promise<void> {
  const at = (dag: string) => `${dag}T10:00:00Z`;
  await db.query(
    `INSERT INTO gemeenten (id, name) VALUES ($1, 'Indicatorgemeente'), ($2, 'Andere gemeente') ON CONFLICT DO NOTHING`,
    [GEMEENTE, ANDERE_GEMEENTE],
  );
  const bulk = async (sql: string, rows: object[]) => {
    for (let i = 0; i < rows.length; i += 2000)
      await db.query(sql, [JSON.stringify(rows.slice(i, i + 2000))]);
  };
  await bulk(
    `INSERT INTO subjects (id, gemeente, kind, name, created_at)
     SELECT id, gemeente, 'inwoner', 'Inwoner', '2024-12-01' FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, gemeente text)`,
    m.subjects,
  );
  await bulk(
    `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
       regie_holder, version, created_at, updated_at, team)
     SELECT id, gemeente, workflow, 1, subject, '{}', staat, 'regisseur', 'regisseur1', versie, created_at, updated_at, team
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, gemeente text, workflow text, subject uuid, staat text,
       versie int, created_at timestamptz, updated_at timestamptz, team text)`,
    m.cases.map((c) => ({
      id: c.id,
      gemeente: c.gemeente,
      workflow: c.workflow,
      subject: c.subject,
      staat: c.events.at(-1)!.naar,
      versie: c.events.length,
      created_at: at(c.events[0]!.dag),
      updated_at: at(c.events.at(-1)!.dag),
      team: c.team,
    })),
  );
  await bulk(
    `INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state)
     SELECT gemeente, case_id, seq, type, data, 'generator', at, from_state, to_state
     FROM jsonb_to_recordset($1::jsonb) AS x(gemeente text, case_id uuid, seq int, type text, data jsonb,
       at timestamptz, from_state text, to_state text)`,
    m.cases.flatMap((c) =>
      c.events.map((e, i) => ({
        gemeente: c.gemeente,
        case_id: c.id,
        seq: i + 1,
        type: e.type,
        data: e.data,
        at: at(e.dag),
        from_state: i === 0 ? null : c.events[i - 1]!.naar,
        to_state: e.naar,
      })),
    ),
  );
  await bulk(
    `INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status, due_date, due_at,
       met_at, cancelled_at, created_at)
     SELECT gen_random_uuid(), gemeente, case_id, key, name, law, party, created_at, '{}', true,
       CASE WHEN met_at IS NOT NULL THEN 'met' WHEN cancelled_at IS NOT NULL THEN 'cancelled' ELSE 'pending' END,
       due_date, due_at, met_at, cancelled_at, created_at
     FROM jsonb_to_recordset($1::jsonb) AS x(gemeente text, case_id uuid, key text, name text, law text, party text,
       due_date date, due_at timestamptz, met_at timestamptz, cancelled_at timestamptz, created_at timestamptz)`,
    m.termijnen.map((t) => ({
      gemeente: t.gemeente,
      case_id: t.caseId,
      key: t.key,
      name: t.name,
      law: t.law,
      party: t.party,
      due_date: t.dueDate,
      due_at: startOfLocalDay(addDays(t.dueDate, 1)).toISOString(),
      met_at: t.metDag && at(t.metDag),
      cancelled_at: t.cancelledDag && at(t.cancelledDag),
      created_at: at(t.createdDag),
    })),
  );
  await bulk(
    `INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
       volume_eenheid, startdatum, einddatum, eigenaar, created_at, tarief_centen, tarief_eenheid)
     SELECT id, gemeente, subject, case_id, wet, product, aanbieder, volume, 'uur per week', startdatum, einddatum,
       'regisseur1', created_at, tarief, tarief_eenheid
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, gemeente text, subject uuid, case_id uuid, wet text,
       product text, aanbieder text, volume numeric, startdatum date, einddatum date, created_at timestamptz,
       tarief bigint, tarief_eenheid text)`,
    m.voorzieningen.map((v) => ({
      id: v.id,
      gemeente: v.gemeente,
      subject: v.subject,
      case_id: v.caseId,
      wet: v.wet,
      product: v.product,
      aanbieder: v.aanbieder,
      volume: v.volume,
      startdatum: v.startdatum,
      einddatum: v.einddatum,
      created_at: at(v.createdDag),
      tarief: v.tarief,
      tarief_eenheid: v.tariefEenheid,
    })),
  );
  await db.query('ANALYZE subjects, cases, case_history, deadlines, voorzieningen');
}

/** Percentile as percentile_disc: the smallest value with at least `p` of the values at or below it. */
function percentiel(waarden: number[], p: number): number | null {
  if (!waarden.length) return null;
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
}

const dagenTussen = (van: string, tot: string) => (Date.parse(tot) - Date.parse(van)) / 86_400_000;
const procent = (teller: number, noemer: number) =>
  noemer ? Math.round((teller * 1000) / noemer) / 10 : null;

/** The product group as Borne reports it. */
export function productgroep(v: Voorziening): string {
  if (v.wet === 'Jeugdwet') return 'Jeugd';
  if (v.product.includes('huishoud')) return 'Hulp bij huishouden';
  if (v.product.includes('groep') || v.product.includes('dagbesteding')) return 'Wmo groep';
  return 'Wmo individueel';
}

/** The cost of a voorziening in [from, to] in whole cents, by its tariff. */
export function kosten(v: Voorziening, from: string, to: string): number {
  if (v.tarief === null) return 0;
  const eind = v.einddatum && v.einddatum < to ? v.einddatum : to;
  const dagen = dagenTussen(v.startdatum > from ? v.startdatum : from, eind) + 1;
  switch (v.tariefEenheid) {
    case 'stuk':
      return v.startdatum >= from ? v.tarief * v.volume : 0;
    case 'etmaal':
      return v.tarief * dagen;
    case 'week':
      return Math.round((v.tarief * dagen) / 7);
    case 'uur':
      return Math.round((v.tarief * v.volume * dagen) / 7);
    default:
      return 0;
  }
}

/** Every indicator's value for GEMEENTE over [from, to], read straight from the model. */
export function verwacht(m: Model, from: string, to: string): Record<string, number | null> {
  const inP = (dag: string) => dag >= from && dag <= to;
  const voorEinde = (dag: string) => dag <= to;
  const cases = m.cases.filter((c) => c.gemeente === GEMEENTE);
  const van = (w: string) => cases.filter((c) => c.workflow === w);
  const uniek = (xs: string[]) => new Set(xs).size;
  const EINDE = ['afgesloten', 'ingetrokken', 'geen_hulp', 'verwezen', 'beeindigd'];
  const geeindigdVoor = (c: Casus) => c.events.some((e) => EINDE.includes(e.naar) && e.dag < from);

  const intakes = van('intake');
  const meldingen = intakes.filter((c) => inP(c.events[0]!.dag));
  const input = (c: Casus) => (c.events[0]!.data as { input: Record<string, string> }).input;
  const verwezen = intakes.filter((c) =>
    c.events.some((e) => e.type === 'VERWEZEN' && e.data.soort === 'algemene_voorziening' && inP(e.dag)),
  );
  const vz = m.voorzieningen.filter((v) => v.gemeente === GEMEENTE && voorEinde(v.createdDag));
  const lopend = vz.filter((v) => v.startdatum <= to && (v.einddatum === null || v.einddatum >= from));
  const opgepakt = meldingen.filter((c) =>
    c.events.some((e) => e.type === 'TRIAGE_GESTART' && voorEinde(e.dag)),
  );
  const toegekend = intakes.flatMap((c) =>
    c.events.filter(
      (e) =>
        e.type === 'BESLUIT_GENOMEN' &&
        ['toegekend', 'deels'].includes(e.data.uitkomst as string) &&
        inP(e.dag),
    ),
  );

  const termijnen = m.termijnen.filter((t) => {
    const c = cases.find((x) => x.id === t.caseId);
    return (
      c?.workflow === 'intake' &&
      t.party === 'gemeente' &&
      t.law !== null &&
      inP(t.dueDate) &&
      !(t.cancelledDag && voorEinde(t.cancelledDag)) &&
      !(t.metDag === null && t.dueDate >= to)
    );
  });
  const tijdig = termijnen.filter((t) => t.metDag !== null && t.metDag <= t.dueDate);

  const doorlooptijden = intakes.flatMap((c) => {
    const besluit = c.events.find((e) => e.type === 'BESLUIT_GENOMEN');
    if (!besluit || !inP(besluit.dag)) return [];
    return [dagenTussen(input(c).ontvangenOp ?? c.events[0]!.dag, besluit.dag)];
  });

  const wgs = intakes.filter(
    (c) =>
      c.events.some(
        (e) => e.type === 'WGS_BESCHIKKING' && e.data.toegang === 'toegelaten' && voorEinde(e.dag),
      ) && !geeindigdVoor(c),
  );

  const laatsteStaat = (c: Casus) => [...c.events].reverse().find((e) => voorEinde(e.dag))?.naar;
  const aves = van('ave');
  const aveNiveau = aves.filter((c) => laatsteStaat(c)?.startsWith('niveau_'));
  const aveSubjects = (type: string) =>
    uniek(aves.filter((c) => c.events.some((e) => e.type === type && inP(e.dag))).map((c) => c.subject));
  const wacht = m.termijnen.filter(
    (t) =>
      t.gemeente === GEMEENTE &&
      t.key === 'regie_acceptatie' &&
      voorEinde(t.createdDag) &&
      !(t.metDag && voorEinde(t.metDag)) &&
      !(t.cancelledDag && voorEinde(t.cancelledDag)),
  );

  const t18 = van('transitie18');
  const doorbraken = van('doorbraak');
  const metWet = (wet: string) =>
    doorbraken.filter(
      (c) =>
        voorEinde(c.events[0]!.dag) &&
        c.events.some(
          (e) =>
            e.type === 'ANALYSE_VASTGELEGD' &&
            voorEinde(e.dag) &&
            (e.data.betrokkenen as { wet: string }[]).some((b) => b.wet === wet),
        ) &&
        !c.events.some((e) => e.naar === 'afgesloten' && e.dag < from),
    ).length;
  const besparing = doorbraken.reduce((som, c) => {
    const laatste = [...c.events].reverse().find((e) => e.type === 'EVALUATIE_VASTGELEGD' && inP(e.dag));
    const b = (laatste?.data.besparingen ?? []) as { gerealiseerdPerJaar: number }[];
    return som + b.reduce((s, x) => s + x.gerealiseerdPerJaar, 0);
  }, 0);
  const bw = intakes.filter((c) => {
    const op = c.events.findLastIndex((e) => e.type === 'BW_WACHTLIJST_OPGENOMEN' && voorEinde(e.dag));
    return (
      op >= 0 &&
      !c.events
        .slice(op + 1)
        .some((e) => ['BW_GEPLAATST', 'INGETROKKEN'].includes(e.type) && voorEinde(e.dag))
    );
  });

  const totaalKosten = lopend.reduce((s, v) => s + kosten(v, from, to), 0);
  const clienten = uniek(lopend.map((v) => v.subject));
  return {
    'almelo 4.1.1': uniek(meldingen.map((c) => c.subject)),
    'almelo 4.1.2': uniek(verwezen.map((c) => c.subject)),
    'almelo 4.2.1': meldingen.filter((c) => input(c).channel === 'externe_verwijzer').length,
    'almelo 2.3.1': verwezen.length,
    'almelo 3.1.1': vz.filter((v) => inP(v.startdatum)).length,
    'almelo 3.3.1/3.1': clienten,
    'almelo 3.4A.1': metWet('Jeugdwet'),
    'almelo 3.4B.1': metWet('Wmo'),
    'almelo 3.4C.1': t18.filter((c) => {
      const e = c.events.find((x) => x.type === 'VERVOLGROUTE_BIJGEWERKT');
      return e !== undefined && inP(e.dag);
    }).length,
    'almelo 3.4C.2': uniek(bw.map((c) => c.subject)),
    'almelo 1.14.3': uniek(wgs.map((c) => c.subject)),
    'twenterand wmo-inwoners': uniek(lopend.filter((v) => v.wet === 'Wmo').map((v) => v.subject)),
    'twenterand maatwerk-toegekend': toegekend.length,
    'twenterand signaalpunt': procent(opgepakt.length, meldingen.length),
    'borne unieke-clienten': clienten,
    'borne aanbieders': uniek(lopend.map((v) => v.aanbieder)),
    'borne totaal-bedrag': totaalKosten,
    'borne gemiddeld-per-client': clienten ? Math.round(totaalKosten / clienten) : null,
    'regie termijnen': procent(tijdig.length, termijnen.length),
    'regie doorlooptijd-mediaan': percentiel(doorlooptijden, 0.5),
    'regie doorlooptijd-p90': percentiel(doorlooptijden, 0.9),
    'regie meldingen': meldingen.length,
    'regie ave-niveau': uniek(aveNiveau.map((c) => c.subject)),
    'regie ave-opgeschaald': aveSubjects('OPSCHALEN'),
    'regie ave-afgeschaald': aveSubjects('AFSCHALEN'),
    'regie ave-tijd-op-niveau': null,
    'regie ave-wacht-op-acceptatie': uniek(wacht.map((t) => cases.find((c) => c.id === t.caseId)!.subject)),
    'regie t18-lopend': uniek(
      t18.filter((c) => voorEinde(c.events[0]!.dag) && !geeindigdVoor(c)).map((c) => c.subject),
    ),
    'regie t18-mijlpaal-gemist': uniek(
      t18
        .filter((c) => c.events.some((e) => e.type === 'TERMIJN_VERSTREKEN' && inP(e.dag)))
        .map((c) => c.subject),
    ),
    'regie t18-gat-in-zorg': uniek(
      t18.filter((c) => c.events.some((e) => e.naar === 'hiaat' && inP(e.dag))).map((c) => c.subject),
    ),
    'regie doorbraak-status': doorbraken.filter((c) => voorEinde(c.events[0]!.dag)).length,
    'regie doorbraak-besparing': besparing,
  };
}
