/**
 * What `npm run import` does with its files (import-cli.ts), and the bench's phase (i) with it: each file in the
 * order the kinds depend on each other (inwoners before huishoudens before voorzieningen, meldingen, aanvragen and
 * AVE tracks), one ImportSessie over all of them (a dry run of the voorzieningen sees the inwoners a dry run of
 * their file would add), progress per 1,000 rows on `progress` (stderr). Nothing personal is printed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TenantDb } from '@regie/persistence';
import {
  type ImportResultaat,
  ImportSessie,
  type Importer,
  SOORTEN,
  bepaalSoort,
} from '@regie/sociaal-domein';

export interface ImportRunOptions {
  dryRun: boolean;
  allesOfNiets: boolean;
}

export interface BestandResultaat {
  bestand: string;
  resultaat: ImportResultaat;
  ms: number;
}

/** Imports the files into the gemeente of `db` (its tenant handle). */
export async function importRun(
  importer: Importer,
  db: TenantDb,
  paden: string[],
  opties: ImportRunOptions,
  progress: (line: string) => void,
): Promise<BestandResultaat[]> {
  const bestanden = await Promise.all(
    paden.map(async (pad) => {
      const tekst = await readFile(pad, 'utf8');
      return { pad, tekst, soort: bepaalSoort(tekst, basename(pad)) };
    }),
  );
  bestanden.sort((a, b) => SOORTEN.indexOf(a.soort) - SOORTEN.indexOf(b.soort));
  const sessie = new ImportSessie();
  const out: BestandResultaat[] = [];
  for (const b of bestanden) {
    const naam = basename(b.pad);
    const start = Date.now();
    const resultaat = await importer.importFile(
      db,
      { tekst: b.tekst, naam, soort: b.soort },
      {
        ...opties,
        onProgress: (v) =>
          progress(
            `${naam}: ${v.fase === 'controle' ? 'gecontroleerd' : 'geschreven'} ${v.verwerkt.toLocaleString('en-US')} van ${v.totaal.toLocaleString('en-US')} rijen (${((Date.now() - start) / 1000).toFixed(1)} s)`,
          ),
      },
      sessie,
    );
    out.push({ bestand: naam, resultaat, ms: Date.now() - start });
  }
  return out;
}

/** One line per file: the counts, then each refused row. */
export function samenvatting(r: BestandResultaat, rijenTonen = 50): string[] {
  const x = r.resultaat;
  const lines = [
    `${r.bestand} (${x.soort}${x.dryRun ? ', dry run' : ''}${x.allesOfNiets ? ', alles of niets' : ''}): ` +
      `${x.rijen} rijen: ${x.geland} ${x.dryRun ? 'zouden landen' : 'geland'}, ${x.ongewijzigd} ongewijzigd, ` +
      `${x.afgewezen} afgewezen` +
      (x.allesOfNiets && x.afgewezen && !x.dryRun ? ' - niets geschreven' : '') +
      (x.gevolgen.herindicaties || x.gevolgen.transities18 || x.gevolgen.casussen
        ? `; ${x.gevolgen.herindicaties} herindicaties, ${x.gevolgen.transities18} 18-/18+-overgangen, ${x.gevolgen.casussen} casussen`
        : '') +
      ` (${(r.ms / 1000).toFixed(1)} s)`,
  ];
  for (const a of x.afwijzingen.slice(0, rijenTonen)) lines.push(`  rij ${a.rij}: ${a.reden}`);
  if (x.afwijzingen.length > rijenTonen) lines.push(`  ... en nog ${x.afwijzingen.length - rijenTonen}`);
  return lines;
}
