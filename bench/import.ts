/**
 * (i) Import of running work (docs/import.md): generates an inwoners file and a voorzieningen
 * file as a gemeente's old system would export them (valid BSNs by the elfproef, birth dates over 90 years, every
 * inwoner one voorziening and every other one a second: Wmo with and without an einddatum, Participatiewet that
 * ended, Jeugdwet for youths, some of them 16.5-18), then imports them through the code path of
 * `npm run import` (apps/api/src/import/import-run.ts) on the real workflows: every running voorziening with an
 * einddatum opens its herindicatie case through the engine, youths with a Jeugdwet voorziening are enrolled in
 * the 18-/18+ transition (both as engine starts in bulk: Engine.startMany). Target: 200,000 inwoners with 300,000 voorzieningen in under 10 minutes. A smaller run
 * prints its figure and the linear projection to the target size, labelled as such.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMonths, localDate } from '@regie/calendar';
import { WorkflowRegistry } from '@regie/engine';
import { ImportRepository, SystemDatabase, VoorzieningenRepository } from '@regie/persistence';
import { Importer } from '@regie/sociaal-domein';
import { workflows } from '@regie/workflows';
import { type BestandResultaat, importRun } from '../apps/api/src/import/import-run';
import { proef } from '../test/support/proef-workflow';
import { fmt, ms } from './measure';
import { GEMEENTE, type Wired, clockOn, engineWith } from './wiring';

export const TARGET_IMPORT_MS = 600_000;
export const TARGET_INWONERS = 200_000;
export const TARGET_VOORZIENINGEN = 300_000;

export interface ImportBenchResult {
  inwoners: number;
  voorzieningen: number;
  generateMs: number;
  totalMs: number;
  files: BestandResultaat[];
  /** the whole import at the target size: measured, or projected linearly from a smaller run */
  projectedMs: number;
  full: boolean;
}

/** `count` BSNs that pass the elfproef, from 100000000 on (weights 9..2 and -1). */
export function validBsns(count: number, from = 10_000_000): string[] {
  const out: string[] = [];
  for (let n = from; out.length < count; n++) {
    const d = String(n).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
    const check = sum % 11;
    if (check !== 10) out.push(d + String(check));
  }
  return out;
}

function generate(dir: string, inwoners: number, voorzieningen: number, vandaag: string) {
  const bsns = validBsns(inwoners);
  const inw = ['# soort: inwoners', 'bsn;naam;geboortedatum'];
  const born: string[] = [];
  for (let i = 0; i < inwoners; i++) {
    // every 50th a youth between 16 and 18; the others born over 90 years
    const b =
      i % 50 === 0 ? addMonths(vandaag, -(16 * 12 + (i % 24))) : addMonths(vandaag, -(18 * 12 + (i % 864)));
    born.push(b);
    inw.push(`${bsns[i]};Inwoner ${i};${b}`);
  }
  writeFileSync(join(dir, 'inwoners.csv'), inw.join('\n'));
  const vz = [
    '# soort: voorzieningen',
    'bsn;wet;product;aanbieder;startdatum;einddatum;volume_aantal;volume_eenheid;regiehouder;team',
  ];
  const start = addMonths(vandaag, -6);
  for (let k = 0; k < voorzieningen; k++) {
    const i = k % inwoners;
    const round = Math.floor(k / inwoners); // a second voorziening: another product or start
    const s = addMonths(start, -round);
    if (i % 50 === 0) {
      vz.push(
        `${bsns[i]};Jeugdwet;jeugd-ggz behandeling;GGZ Jeugd;${s};${addMonths(vandaag, 6)};2;uur per week;coach${i % 40};team-${i % 8}`,
      );
      continue;
    }
    switch ((i + round) % 4) {
      case 0:
        vz.push(
          `${bsns[i]};Wmo;huishoudelijke hulp;Thuiszorg;${s};${addMonths(vandaag, 6 + (i % 12))};3;uur per week;coach${i % 40};team-${i % 8}`,
        );
        break;
      case 1:
        vz.push(`${bsns[i]};Wmo;rolstoel;Hulpmiddelen;${s};;1;stuk;coach${i % 40};team-${i % 8}`);
        break;
      case 2:
        vz.push(
          `${bsns[i]};Participatiewet;algemene bijstand;Gemeente;${addMonths(s, -24)};${addMonths(vandaag, -1)};1;maand;coach${i % 40};`,
        );
        break;
      default:
        vz.push(
          `${bsns[i]};Wmo;dagbesteding;Wijkkamer;${s};${addMonths(vandaag, 12)};2;dagdeel per week;coach${i % 40};team-${i % 8}`,
        );
    }
  }
  writeFileSync(join(dir, 'voorzieningen.csv'), vz.join('\n'));
  return [join(dir, 'inwoners.csv'), join(dir, 'voorzieningen.csv')];
}

export async function phaseI(
  w: Wired,
  inwoners: number,
  voorzieningen: number,
  log: (line: string) => void,
): Promise<ImportBenchResult> {
  log(
    `(i) import of running work: ${fmt(inwoners)} inwoners + ${fmt(voorzieningen)} voorzieningen as CSV, through ` +
      `the code path of npm run import; target ${fmt(TARGET_INWONERS)} + ${fmt(TARGET_VOORZIENINGEN)} <= ${TARGET_IMPORT_MS / 1000} s`,
  );
  const clock = clockOn(w.db, 'system');
  const { relay, engine } = engineWith(w.db, w.queue, clock, new WorkflowRegistry([...workflows, proef]));
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-import-'));
  try {
    const g0 = Date.now();
    const files = generate(dir, inwoners, voorzieningen, localDate(new Date()));
    const generateMs = Date.now() - g0;
    log(`  generated in ${ms(generateMs)}`);
    const t0 = Date.now();
    let lastLog = 0;
    // as the CLI does it: under the gemeente's tenant handle
    const importer = new Importer(engine, clock, new ImportRepository(), new VoorzieningenRepository());
    const results = await new SystemDatabase(w.db).asTenant(GEMEENTE, (db) =>
      importRun(importer, db, files, { dryRun: false, allesOfNiets: false }, (line) => {
        // the CLI prints every 1,000 rows on stderr; here every 10 seconds is enough
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`  ${line}`);
        }
      }),
    );
    const totalMs = Date.now() - t0;
    await relay.stop();
    for (const r of results) {
      const x = r.resultaat;
      log(
        `  ${r.bestand}: ${fmt(x.geland)} landed, ${fmt(x.ongewijzigd)} unchanged, ${fmt(x.afgewezen)} rejected in ${ms(r.ms)}` +
          (x.gevolgen.herindicaties || x.gevolgen.transities18
            ? ` (${fmt(x.gevolgen.herindicaties)} herindicaties, ${fmt(x.gevolgen.transities18)} 18-/18+ enrolments)`
            : ''),
      );
    }
    const full = inwoners >= TARGET_INWONERS && voorzieningen >= TARGET_VOORZIENINGEN;
    // each file scales with its own rows
    const projectedMs = full
      ? totalMs
      : (results[0]?.ms ?? 0) * (TARGET_INWONERS / inwoners) +
        (results[1]?.ms ?? 0) * (TARGET_VOORZIENINGEN / voorzieningen);
    return { inwoners, voorzieningen, generateMs, totalMs, files: results, projectedMs, full };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The summary line: the figure with the target beside it, a projection labelled as one. */
export function importSummary(r: ImportBenchResult): [string, string, string] {
  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const s = (millis: number) => `${fmt(millis / 1000, 0)} s`;
  if (r.full)
    return [
      `(i) import ${fmt(r.inwoners)} inwoners + ${fmt(r.voorzieningen)} voorzieningen`,
      s(r.totalMs),
      `target <= ${TARGET_IMPORT_MS / 1000} s: ${verdict(r.totalMs <= TARGET_IMPORT_MS)}`,
    ];
  return [
    `(i) import ${fmt(r.inwoners)} inwoners + ${fmt(r.voorzieningen)} voorzieningen (measured)`,
    s(r.totalMs),
    `projected to ${fmt(TARGET_INWONERS)} + ${fmt(TARGET_VOORZIENINGEN)}: ${s(r.projectedMs)} (linear, not measured), ` +
      `target <= ${TARGET_IMPORT_MS / 1000} s: ${verdict(r.projectedMs <= TARGET_IMPORT_MS)} (projected)`,
  ];
}
