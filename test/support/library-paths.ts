/**
 * jest maps `@regie/*` to libs/ for test files (moduleNameMapper), but loads its global setup with Node's own
 * resolution. This applies the same mapping, taken from jest.config.js (its projects share it), to what the global setup imports.
 */
import Module from 'node:module';
import { join } from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;

export function mapLibraryPaths(): void {
  const root = join(__dirname, '..', '..');
  type Config = { projects: { moduleNameMapper: Record<string, string> }[] };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { moduleNameMapper } = (require(join(root, 'jest.config.js')) as Config).projects[0];
  const rules = Object.entries(moduleNameMapper).map(
    ([pattern, target]) => [new RegExp(pattern), target.replace('<rootDir>', root)] as const,
  );
  // Node's resolver is internal API; this is the hook tsconfig-paths and module-alias use as well.
  const loader = Module as unknown as { _resolveFilename: Resolve };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = (request, ...rest) => {
    const rule = rules.find(([pattern]) => pattern.test(request));
    return resolve(rule ? request.replace(rule[0], rule[1]) : request, ...rest);
  };
}
