/**
 * Import of running work from the system a gemeente leaves (docs/import.md): one CSV file of one kind at a time,
 * through the repositories and the engine with the original dates, so that terms, herindicaties and 18-/18+
 * enrolments come out as if the cases had started in Regie.
 *
 * - Each row is checked on its own (formats.ts), then against the file (a duplicate of an earlier row) and the
 *   database (does the inwoner or huishouden exist; is the row there already: its import key).
 * - A row that is there already changes nothing (`ongewijzigd`); a new one lands (`geland`); a bad one is refused
 *   (`afgewezen`) with its line number and reason. `allesOfNiets`: one refused row and nothing is written.
 * - `dryRun` writes nothing and answers per row what would happen. One `ImportSessie` over several files lets a
 *   dry run of voorzieningen see the inwoners a dry run of the inwoners file before it would have added.
 * - Inwoners, huishoudens and voorzieningen are written a thousand rows a statement (ImportRepository); the
 *   voorzieningen as the `recordVoorziening` effect records one (ggz from the product, the regie holder as owner,
 *   a herindicatie review for one that is still running with an einddatum, enrolment in the 18-/18+ transition).
 *   Those reviews and enrolments are engine starts in bulk (`Engine.startMany`, starts.ts): the start step of a
 *   single start, a few hundred cases a statement.
 * - Meldingen, aanvragen and AVE tracks start cases through the engine with a stable Idempotency-Key per row,
 *   and their date of receipt (`ontvangenOp`): the engine refuses one before the inwoner's birth.
 *
 * An import is one gemeente's work, through the API or the command line alike: it runs on that gemeente's tenant
 * handle (row level security), one connection, so its cases start one after another.
 *
 * Nothing personal is logged or put in a reason: line numbers, counts and ids only.
 */
import { localDate } from '@regie/calendar';
import { type Actor, type Clock, type Engine, EngineError, startKeyScope } from '@regie/engine';
import {
  type ImportRepository,
  type TenantDb,
  type VoorzieningenRepository,
  bsnHash,
} from '@regie/persistence';
import { workflows } from '@regie/workflows';
import { herindicatieStart, isGgz, systeemActor } from '../voorzieningen';
import { csvRecords, soortRegel } from './csv';
import {
  type AanvraagRij,
  Afgewezen,
  type AveRij,
  type HuishoudenRij,
  type InwonerRij,
  KOLOMMEN,
  type MeldingRij,
  type Rij,
  SOORTEN,
  type Soort,
  type SubjectRef,
  type VoorzieningRij,
  importSleutel,
  kolomNamen,
  leesRij,
  soortUitNaam,
  verplicht,
} from './formats';
import { startAll, transities18Starten } from './starts';

export const BATCH = 1000;
/** a case worker's rights: who imports acts for the regie holder named in the row */
const CASE_WORKER_ROLES = ['intaker', 'procesmanager', 'teamleider'] as const;

export type Uitkomst = 'nieuw' | 'ongewijzigd' | 'afgewezen';

export interface RijRapport {
  rij: number;
  uitkomst: Uitkomst;
  reden?: string;
}

export interface ImportResultaat {
  soort: Soort;
  dryRun: boolean;
  allesOfNiets: boolean;
  /** data rows in the file (the header line, comments and empty lines not counted) */
  rijen: number;
  /** new rows written (a dry run: that would be written) */
  geland: number;
  /** rows already in Regie: nothing changed */
  ongewijzigd: number;
  afgewezen: number;
  /** whether anything was written: false for a dry run and for all-or-nothing with a refused row */
  geschreven: boolean;
  /** the refused rows, by line number */
  afwijzingen: { rij: number; reden: string }[];
  /** a dry run only: what would happen to each row */
  rijenRapport?: RijRapport[];
  /** 18-/18+ transitions started for imported Jeugdwet voorzieningen, herindicaties opened */
  gevolgen: { herindicaties: number; transities18: number; casussen: number };
}

export interface ImportOpties {
  dryRun?: boolean;
  allesOfNiets?: boolean;
  /** after every 1,000 rows (and at the end): how far the file is */
  onProgress?: (v: {
    soort: Soort;
    fase: 'controle' | 'schrijven';
    verwerkt: number;
    totaal: number;
  }) => void;
}

/** A file that cannot be read as an import at all (no kind, a missing or unknown column): a 400. */
export class ImportBestandFout extends Error {}

/** What a dry run over several files would have added, so a later file of the same run can refer to it. */
export class ImportSessie {
  readonly inwoners = new Map<string, string>(); // bsn hash -> birth date
  readonly huishoudens = new Set<string>(); // import key
}

interface Gelezen {
  rij: number;
  waarde?: Rij;
  sleutel?: string;
  uitkomst?: Uitkomst;
  reden?: string;
  subjectId?: string | null;
  birthDate?: string | null;
}

/** Which kind the file holds: given, its `# soort:` line, or its name. */
export function bepaalSoort(tekst: string, naam?: string, gegeven?: string): Soort {
  const s = gegeven ?? soortRegel(tekst) ?? (naam ? soortUitNaam(naam) : undefined);
  if (!s)
    throw new ImportBestandFout(
      `welke soort? Noem die in de regel "# soort: ..." of in de bestandsnaam (${SOORTEN.join(', ')})`,
    );
  if (!(SOORTEN as readonly string[]).includes(s))
    throw new ImportBestandFout(`onbekende soort ${s} (${SOORTEN.join(', ')})`);
  return s as Soort;
}

export class Importer {
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly repo: ImportRepository,
    private readonly voorzieningen: VoorzieningenRepository,
  ) {}

  private hash = (bsn: string): string => {
    let h = this.hashes.get(bsn);
    if (!h) {
      h = bsnHash(bsn);
      if (this.hashes.size > 100_000) this.hashes.clear();
      this.hashes.set(bsn, h);
    }
    return h;
  };

  /** Imports the file into the gemeente of `db` (its tenant handle). */
  async importFile(
    db: TenantDb,
    bestand: { tekst: string; naam?: string; soort?: string },
    opties: ImportOpties = {},
    sessie = new ImportSessie(),
  ): Promise<ImportResultaat> {
    const soort = bepaalSoort(bestand.tekst, bestand.naam, bestand.soort);
    const dryRun = opties.dryRun ?? false;
    const allesOfNiets = opties.allesOfNiets ?? false;
    const now = await this.clock.now();
    const vandaag = localDate(now);
    const rows = this.lees(soort, bestand.tekst, vandaag);
    const voortgang = (fase: 'controle' | 'schrijven', verwerkt: number) =>
      opties.onProgress?.({ soort, fase, verwerkt, totaal: rows.length });

    for (let i = 0; i < rows.length; i += BATCH) {
      await this.controleer(db, soort, rows.slice(i, i + BATCH), sessie);
      voortgang('controle', Math.min(i + BATCH, rows.length));
    }
    const afgewezen = () => rows.filter((r) => r.uitkomst === 'afgewezen');
    const gevolgen = { herindicaties: 0, transities18: 0, casussen: 0 };
    const schrijven = !dryRun && !(allesOfNiets && afgewezen().length > 0);
    if (dryRun) this.onthoud(soort, rows, sessie);
    if (schrijven) {
      for (let i = 0; i < rows.length; i += BATCH) {
        await this.schrijf(db, soort, rows.slice(i, i + BATCH), now, gevolgen);
        voortgang('schrijven', Math.min(i + BATCH, rows.length));
      }
      if (soort === 'voorzieningen') {
        const jeugd = [
          ...new Set(
            rows
              .filter((r) => r.uitkomst !== 'afgewezen' && (r.waarde as VoorzieningRij).wet === 'Jeugdwet')
              .map((r) => r.subjectId!),
          ),
        ];
        // the daily scan's rule for these youths, enrolled in bulk through the engine (starts.ts)
        for (let i = 0; i < jeugd.length; i += BATCH)
          gevolgen.transities18 += await transities18Starten(
            this.engine,
            this.voorzieningen,
            db,
            jeugd.slice(i, i + BATCH),
            vandaag,
          );
      }
    }
    const count = (u: Uitkomst) => rows.filter((r) => r.uitkomst === u).length;
    // all or nothing with a refused row: nothing landed; the per-row report says what would have
    const rapport = dryRun || (!schrijven && allesOfNiets);
    return {
      soort,
      dryRun,
      allesOfNiets,
      rijen: rows.length,
      geland: dryRun || schrijven ? count('nieuw') : 0,
      ongewijzigd: count('ongewijzigd'),
      afgewezen: count('afgewezen'),
      geschreven: schrijven,
      afwijzingen: afgewezen().map((r) => ({ rij: r.rij, reden: r.reden! })),
      ...(rapport
        ? {
            rijenRapport: rows.map((r) => ({
              rij: r.rij,
              uitkomst: r.uitkomst!,
              ...(r.reden ? { reden: r.reden } : {}),
            })),
          }
        : {}),
      gevolgen,
    };
  }

  /** The file's rows, each checked on its own and against the rows before it (a duplicate). */
  private lees(soort: Soort, tekst: string, vandaag: string): Gelezen[] {
    const records = csvRecords(tekst);
    const header = records.next();
    if (header.done) throw new ImportBestandFout('het bestand is leeg: geen kopregel');
    const kolommen = header.value.fields.map((k) => k.trim().toLowerCase());
    const bekend = kolomNamen(soort);
    const onbekend = kolommen.filter((k) => !bekend.includes(k));
    if (onbekend.length)
      throw new ImportBestandFout(
        `onbekende kolom(men) voor ${soort}: ${onbekend.join(', ')} (bekend: ${bekend.join(', ')})`,
      );
    const ontbreekt = verplicht(soort).filter((k) => !kolommen.includes(k));
    if (ontbreekt.length)
      throw new ImportBestandFout(`kolom(men) ontbreken voor ${soort}: ${ontbreekt.join(', ')}`);
    void KOLOMMEN;

    const eerder = new Map<string, number>();
    const rows: Gelezen[] = [];
    for (const rec of records) {
      if (rec.fields.length === 1 && rec.fields[0].trim() === '') continue;
      const row: Gelezen = { rij: rec.line };
      rows.push(row);
      if (rec.fields.length !== kolommen.length) {
        row.uitkomst = 'afgewezen';
        row.reden = `${rec.fields.length} velden, de kopregel heeft er ${kolommen.length}`;
        continue;
      }
      const r: Record<string, string> = {};
      for (const k of bekend) r[k] = '';
      kolommen.forEach((k, i) => (r[k] = rec.fields[i]));
      try {
        row.waarde = leesRij(soort, r, vandaag);
        row.sleutel = importSleutel(soort, row.waarde, this.hash);
        const dubbel = eerder.get(row.sleutel);
        if (dubbel !== undefined) {
          row.uitkomst = 'afgewezen';
          row.reden = `dubbel: dezelfde ${soort === 'inwoners' ? 'inwoner (BSN)' : 'rij'} als rij ${dubbel}`;
        } else eerder.set(row.sleutel, rec.line);
      } catch (err) {
        if (!(err instanceof Afgewezen)) throw err;
        row.uitkomst = 'afgewezen';
        row.reden = err.message;
      }
    }
    return rows;
  }

  /** What the database says about a batch: the subjects rows refer to, and which rows are there already. */
  private async controleer(db: TenantDb, soort: Soort, batch: Gelezen[], sessie: ImportSessie) {
    const gemeente = db.gemeente;
    const open = batch.filter((r) => !r.uitkomst);
    const weiger = (r: Gelezen, reden: string) => {
      r.uitkomst = 'afgewezen';
      r.reden = reden;
    };
    if (soort === 'inwoners') {
      const found = await this.repo.inwonersByBsnHash(
        db,
        open.map((r) => r.sleutel!.slice(4)),
      );
      const byHash = new Map(found.map((f) => [f.bsn_hash!, f]));
      for (const r of open) {
        const f = byHash.get(r.sleutel!.slice(4));
        const rij = r.waarde as InwonerRij;
        if (!f) r.uitkomst = 'nieuw';
        else if (f.birth_date && f.birth_date !== rij.geboortedatum)
          weiger(r, 'dit BSN staat al in Regie met een andere geboortedatum');
        else r.uitkomst = 'ongewijzigd';
      }
      return;
    }
    if (soort === 'huishoudens') {
      const bestaand = new Set(
        (
          await this.repo.subjectsByImportKey(
            db,
            open.map((r) => r.sleutel!),
          )
        ).map((s) => s.import_key),
      );
      const leden = await this.subjecten(
        db,
        open.flatMap((r) => (r.waarde as HuishoudenRij).leden.map((bsn) => ({ bsn }))),
        sessie,
      );
      for (const r of open) {
        if (bestaand.has(r.sleutel!)) {
          r.uitkomst = 'ongewijzigd';
          continue;
        }
        const ids = (r.waarde as HuishoudenRij).leden.map((bsn) => leden.get(this.refKey({ bsn })));
        const missing = ids.findIndex((id) => id === undefined);
        if (missing >= 0)
          weiger(r, `leden: lid ${missing + 1} is geen inwoner in Regie: importeer eerst de inwoners`);
        else {
          r.uitkomst = 'nieuw';
          (r as Gelezen & { leden?: (string | null)[] }).leden = ids.map((i) => i!.id);
        }
      }
      return;
    }
    const refs = open.map((r) =>
      soort === 'voorzieningen'
        ? { bsn: (r.waarde as VoorzieningRij).bsn }
        : (r.waarde as MeldingRij).subject,
    );
    const subjects = await this.subjecten(db, refs, sessie);
    open.forEach((r, i) => {
      const s = subjects.get(this.refKey(refs[i]));
      if (!s)
        weiger(
          r,
          'bsn' in refs[i]
            ? 'geen inwoner met dit BSN in Regie: importeer eerst de inwoners'
            : 'geen huishouden met deze sleutel in Regie: importeer eerst de huishoudens',
        );
      else {
        r.subjectId = s.id;
        r.birthDate = s.birthDate;
      }
    });
    const rest = open.filter((r) => !r.uitkomst);
    if (soort === 'voorzieningen') {
      const bestaand = new Set(
        (
          await this.repo.voorzieningenByImportKey(
            db,
            rest.map((r) => r.sleutel!),
          )
        ).map((v) => v.import_key),
      );
      for (const r of rest) r.uitkomst = bestaand.has(r.sleutel!) ? 'ongewijzigd' : 'nieuw';
      return;
    }
    // a case start: the date of receipt against the birth date, the workflow's own input check, the start key
    const started = new Set<string>();
    const byScope = new Map<string, Gelezen[]>();
    for (const r of rest) {
      const scope = startKeyScope(gemeente, this.starter(gemeente, soort, r).id, r.sleutel!);
      byScope.set(scope.caseId, [...(byScope.get(scope.caseId) ?? []), r]);
      (r as Gelezen & { startKey?: string }).startKey = scope.key;
    }
    for (const [scope, rs] of byScope) {
      for (const k of await this.repo.startedKeys(
        db,
        scope,
        rs.map((r) => (r as Gelezen & { startKey: string }).startKey),
      ))
        started.add(k);
    }
    for (const r of rest) {
      if (started.has((r as Gelezen & { startKey: string }).startKey)) {
        r.uitkomst = 'ongewijzigd';
        continue;
      }
      const ontvangen =
        soort === 'meldingen'
          ? (r.waarde as MeldingRij).ontvangenOp
          : soort === 'aanvragen'
            ? (r.waarde as AanvraagRij).meldingOntvangenOp
            : null;
      if (ontvangen && r.birthDate && ontvangen < r.birthDate) {
        weiger(r, `ontvangen_op ${ontvangen} ligt vóór de geboortedatum van de inwoner`);
        continue;
      }
      const { workflow, input } = this.startInput(soort, r);
      const def = workflows.find((w) => w.name === workflow)!;
      const parsed = def.input.safeParse(input);
      if (!parsed.success) {
        weiger(r, parsed.error.issues.map((i) => `${i.path.join('.') || workflow}: ${i.message}`).join('; '));
        continue;
      }
      r.uitkomst = 'nieuw';
    }
  }

  private refKey(ref: SubjectRef): string {
    return 'bsn' in ref ? `b:${this.hash(ref.bsn)}` : `h:huishouden:${ref.huishouden}`;
  }

  /** The subjects these refs name (in Regie, or added by a dry run before in this session: id null). */
  private async subjecten(
    db: TenantDb,
    refs: SubjectRef[],
    sessie: ImportSessie,
  ): Promise<Map<string, { id: string | null; birthDate: string | null }>> {
    const out = new Map<string, { id: string | null; birthDate: string | null }>();
    const hashes = [
      ...new Set(refs.filter((r) => 'bsn' in r).map((r) => this.hash((r as { bsn: string }).bsn))),
    ];
    const keys = [
      ...new Set(
        refs
          .filter((r) => 'huishouden' in r)
          .map((r) => `huishouden:${(r as { huishouden: string }).huishouden}`),
      ),
    ];
    for (const h of hashes)
      if (sessie.inwoners.has(h)) out.set(`b:${h}`, { id: null, birthDate: sessie.inwoners.get(h)! });
    for (const k of keys) if (sessie.huishoudens.has(k)) out.set(`h:${k}`, { id: null, birthDate: null });
    for (const s of await this.repo.inwonersByBsnHash(db, hashes))
      out.set(`b:${s.bsn_hash}`, { id: s.id, birthDate: s.birth_date });
    for (const s of await this.repo.subjectsByImportKey(db, keys))
      if (s.kind === 'huishouden') out.set(`h:${s.import_key}`, { id: s.id, birthDate: null });
    return out;
  }

  private onthoud(soort: Soort, rows: Gelezen[], sessie: ImportSessie) {
    for (const r of rows) {
      if (r.uitkomst !== 'nieuw') continue;
      if (soort === 'inwoners')
        sessie.inwoners.set(r.sleutel!.slice(4), (r.waarde as InwonerRij).geboortedatum);
      if (soort === 'huishoudens') sessie.huishoudens.add(r.sleutel!);
    }
  }

  /** Who starts the row's case: the regie holder for a melding or aanvraag, the system for an AVE track. */
  private starter(gemeente: string, soort: Soort, r: Gelezen): Actor {
    const w = r.waarde as MeldingRij | AanvraagRij | AveRij;
    if (soort === 'ave') return systeemActor(gemeente, w.team);
    return { id: w.regiehouder, gemeente, roles: CASE_WORKER_ROLES, ...(w.team ? { team: w.team } : {}) };
  }

  private startInput(soort: Soort, r: Gelezen): { workflow: string; input: Record<string, unknown> } {
    if (soort === 'meldingen') {
      const m = r.waarde as MeldingRij;
      return {
        workflow: 'intake',
        input: {
          channel: m.kanaal,
          lifeAreas: m.leefgebieden,
          laws: m.wetten,
          ontvangenOp: m.ontvangenOp,
          ...(m.gevraagdeVoorziening ? { requestedVoorziening: m.gevraagdeVoorziening } : {}),
        },
      };
    }
    if (soort === 'aanvragen') {
      const a = r.waarde as AanvraagRij;
      return {
        workflow: 'intake',
        input: {
          channel: 'inwoner_zelf',
          lifeAreas: a.leefgebieden,
          laws: [a.wet],
          requestedVoorziening: a.voorziening,
          ontvangenOp: a.meldingOntvangenOp,
        },
      };
    }
    const a = r.waarde as AveRij;
    return {
      workflow: 'ave',
      input: {
        startLevel: a.niveau,
        kinderenInHuishouden: a.kinderen,
        regisseur: a.regiehouder,
        ...(a.procesregisseur ? { procesregisseur: a.procesregisseur } : {}),
        ...(a.reden ? { reden: a.reden } : {}),
        ...(a.criteria ? { criteria: a.criteria } : {}),
      },
    };
  }

  /** Writes a checked batch: its new rows land; a row the engine still refuses is refused with its message. */
  private async schrijf(
    db: TenantDb,
    soort: Soort,
    batch: Gelezen[],
    now: Date,
    gevolgen: ImportResultaat['gevolgen'],
  ) {
    const gemeente = db.gemeente;
    const nieuw = batch.filter((r) => r.uitkomst === 'nieuw');
    if (soort === 'inwoners') {
      await this.repo.insertInwoners(
        db,
        nieuw.map((r) => {
          const w = r.waarde as InwonerRij;
          return { bsn: w.bsn, bsnHash: r.sleutel!.slice(4), name: w.naam, birthDate: w.geboortedatum };
        }),
        now,
      );
      return;
    }
    if (soort === 'huishoudens') {
      await this.repo.insertHuishoudens(
        db,
        nieuw.map((r) => ({
          key: r.sleutel!,
          name: (r.waarde as HuishoudenRij).naam,
          members: (r as Gelezen & { leden: string[] }).leden,
        })),
        now,
      );
      return;
    }
    const vandaag = localDate(now);
    if (soort === 'voorzieningen') {
      const rijen = batch.filter((r) => r.uitkomst !== 'afgewezen');
      await this.repo.insertVoorzieningen(
        db,
        nieuw.map((r) => {
          const v = r.waarde as VoorzieningRij;
          return {
            key: r.sleutel!,
            subjectId: r.subjectId!,
            wet: v.wet,
            product: v.product,
            aanbieder: v.aanbieder,
            volume: v.volume,
            ...(v.tarief ? { tarief: v.tarief } : {}),
            startdatum: v.startdatum,
            einddatum: v.einddatum,
            ggz: isGgz(v.product),
            eigenaar: v.regiehouder,
            team: v.team,
          };
        }),
        now,
      );
      // every running one with an einddatum gets its herindicatie review, also one a previous run left without
      const records = await this.repo.voorzieningenByImportKey(
        db,
        rijen.map((r) => r.sleutel!),
      );
      const byKey = new Map(records.map((v) => [v.import_key, v]));
      const reviews = rijen.filter((r) => {
        const v = byKey.get(r.sleutel!);
        return v && v.einddatum && v.einddatum >= vandaag && !v.herindicatie_case_id;
      });
      // started in bulk through the engine, each as the recordVoorziening effect starts one (starts.ts)
      const outcomes = await startAll(
        this.engine,
        db,
        reviews.map((r) => {
          const w = r.waarde as VoorzieningRij;
          const v = byKey.get(r.sleutel!)!;
          return herindicatieStart(systeemActor(gemeente, w.team), {
            voorzieningId: v.id,
            subjectId: v.subject_id,
            wet: w.wet,
            product: w.product,
            einddatum: v.einddatum!,
            eigenaar: w.regiehouder,
          });
        }),
      );
      const links: { id: string; caseId: string }[] = [];
      reviews.forEach((r, i) => {
        const o = outcomes[i];
        if (!('view' in o)) return;
        links.push({ id: byKey.get(r.sleutel!)!.id, caseId: o.view.id });
        gevolgen.herindicaties++;
        if (r.uitkomst === 'ongewijzigd') r.uitkomst = 'nieuw';
      });
      // linked in one statement: interrupted before it, the next run starts nothing new (the start's key) and links
      await this.repo.linkHerindicaties(db, links);
      // a review the engine refused stops the import, as a single start's refusal did; a re-run retries it
      const refused = outcomes.find((o) => 'error' in o);
      if (refused && 'error' in refused) throw refused.error;
      return;
    }
    // meldingen, aanvragen, AVE tracks: one case each, its start (and aanvraag) under the row's stable key, one
    // after another (one tenant connection carries one transaction at a time)
    for (const r of nieuw) {
      const actor = this.starter(gemeente, soort, r);
      const { workflow, input } = this.startInput(soort, r);
      try {
        const c = await this.engine.start(db, {
          actor,
          workflow,
          subjectId: r.subjectId!,
          input,
          idempotencyKey: r.sleutel!,
        });
        if (soort === 'aanvragen') {
          const a = r.waarde as AanvraagRij;
          await this.engine.dispatch(db, {
            actor,
            caseId: c.id,
            event: {
              type: 'AANVRAAG_INGEDIEND',
              laws: [a.wet],
              voorziening: a.voorziening,
              ontvangenOp: a.ontvangenOp,
            },
            idempotencyKey: `${r.sleutel}:aanvraag`,
          });
        }
        gevolgen.casussen++;
      } catch (err) {
        if (!(err instanceof EngineError)) throw err;
        r.uitkomst = 'afgewezen';
        r.reden = err.message;
      }
    }
  }
}
