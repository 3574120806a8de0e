/**
 * `npm run import -- --gemeente=<id> [--dry-run] [--alles-of-niets] [--rapport] files...`: imports the running work
 * of a gemeente from CSV files (docs/import.md) through the engine, as POST /api/v1/import does, for files of any
 * size. Progress per 1,000 rows on stderr, the counts per file (and each refused row) on stdout; `--rapport` also
 * prints a dry run's outcome per row. Exit code 0: every row landed or was already there; 2: rows were refused;
 * 1: a file could not be imported at all.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { config } from '@regie/config';
import { Clock, Engine } from '@regie/engine';
import { ImportRepository, SystemDatabase, VoorzieningenRepository } from '@regie/persistence';
import { RuntimeModule } from '@regie/runtime';
import { ImportBestandFout, Importer } from '@regie/sociaal-domein';
import { importRun, samenvatting } from './import-run';

@Module({ imports: [RuntimeModule] })
class ImportCliModule {}

const USAGE =
  'gebruik: npm run import -- --gemeente=<id> [--dry-run] [--alles-of-niets] [--rapport] bestand.csv...';

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const gemeente =
    flags.find((f) => f.startsWith('--gemeente='))?.slice('--gemeente='.length) ?? process.env.REGIE_GEMEENTE;
  const unknown = flags.filter(
    (f) => !['--dry-run', '--alles-of-niets', '--rapport'].includes(f) && !f.startsWith('--gemeente='),
  );
  if (!gemeente || !files.length || unknown.length) {
    console.error(unknown.length ? `onbekende optie: ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 1;
  }
  config();
  const app = await NestFactory.createApplicationContext(ImportCliModule, { logger: ['error', 'warn'] });
  try {
    const system = app.get(SystemDatabase);
    const imports = app.get(ImportRepository);
    if (!(await imports.gemeenteBestaat(system.handle, gemeente))) {
      console.error(`gemeente ${gemeente} bestaat niet`);
      return 1;
    }
    const importer = new Importer(app.get(Engine), app.get(Clock), imports, app.get(VoorzieningenRepository));
    // the gemeente's work under its row level security, as POST /api/v1/import does it
    const results = await system.asTenant(gemeente, (db) =>
      importRun(
        importer,
        db,
        files,
        { dryRun: flags.includes('--dry-run'), allesOfNiets: flags.includes('--alles-of-niets') },
        (line) => process.stderr.write(`${line}\n`),
      ),
    );
    for (const r of results) {
      for (const line of samenvatting(r, flags.includes('--rapport') ? Infinity : 50)) console.log(line);
      if (flags.includes('--rapport'))
        for (const x of r.resultaat.rijenRapport ?? [])
          console.log(`  rij ${x.rij}: ${x.uitkomst}${x.reden ? ` (${x.reden})` : ''}`);
    }
    return results.some((r) => r.resultaat.afgewezen > 0) ? 2 : 0;
  } catch (err) {
    if (err instanceof ImportBestandFout) {
      console.error(`niet te importeren: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`import mislukt: ${err.message}`);
    process.exit(1);
  },
);
