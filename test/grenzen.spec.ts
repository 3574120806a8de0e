/**
 * The fences of `.dependency-cruiser.cjs` (run by `npm run lint` over apps, libs and workflows) each catch what
 * they forbid: in test/fixtures/grenzen every rule is broken once, and the cruise reports each rule there exactly
 * once, on the import that breaks it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const fixture = join(__dirname, 'fixtures', 'grenzen');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(): Violation[] {
  const args = [
    'apps',
    'libs',
    'workflows',
    '--config',
    join(root, '.dependency-cruiser.cjs'),
    '--output-type',
    'json',
  ];
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules', '.bin', 'depcruise'), args, {
      cwd: fixture,
      encoding: 'utf8',
    });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // violations found: a non-zero exit, the report on stdout
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

it('reports each fence broken in the fixture once, on the import that breaks it', () => {
  const found = cruise().map((v) => [v.rule.name, v.from, v.to]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['workflows-alleen-kalender', 'workflows/reis.ts', 'libs/persistence/src/tabel.ts'],
      [
        'engine-geen-app-of-persistence-binnenkant',
        'libs/engine/src/motor.ts',
        'libs/persistence/src/tabel.ts',
      ],
      ['engine-alleen-generiek-contract', 'libs/engine/src/regel.ts', 'workflows/reis.ts'],
      ['persistence-geen-engine-of-reizen', 'libs/persistence/src/repositories/rij.ts', 'workflows/reis.ts'],
      ['web-alleen-api-client', 'apps/web/src/scherm.ts', 'workflows/reis.ts'],
      ['geld-is-een-blad', 'libs/geld/src/euro.ts', 'libs/calendar/src/maand.ts'],
      ['apps-niet-elkaar', 'apps/api/src/dienst.ts', 'apps/worker/src/taak.ts'],
    ]),
  );
  const rules = found.map(([rule]) => rule);
  expect(rules).toContain('geen-kringen');
  // one broken import per rule (a cycle is reported from each of its two modules)
  expect(rules.filter((r) => r !== 'geen-kringen')).toHaveLength(7);
});
