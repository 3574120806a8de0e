import { type Config, type ConfigUse, SECRET_VARIABLES, type Variable, configSchema } from './schema';

export interface ConfigProblem {
  variable: string;
  reason: string;
}

/** Every invalid variable at once, so an operator fixes the environment in one go rather than one per restart. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(['Ongeldige configuratie:', ...problems.map((p) => `- ${p.variable}: ${p.reason}`)].join('\n'));
  }
}

/** What the operator set, for the message; secrets stay hidden and so does a password inside a URL. */
function shown(variable: string, raw: string | undefined): string {
  if (raw === undefined) return '';
  if (SECRET_VARIABLES.has(variable as Variable)) return ' (nu: verborgen)';
  return ` (nu: ${JSON.stringify(raw.replace(/(\/\/[^/@:]*:)[^/@]*@/, '$1***@'))})`;
}

/**
 * Reads and checks the configuration from `env`: a frozen object with camelCase keys, or one ConfigError naming
 * every invalid variable with its reason. An empty variable counts as unset, as `FOO=` in a compose file means.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, use: ConfigUse = {}): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema(use).safeParse(given);
  if (result.success) return Object.freeze(result.data);
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '');
      return { variable, reason: issue.message + shown(variable, given[variable]) };
    }),
  );
}

let loaded: { config: Config; use: ConfigUse } | undefined;

/**
 * The process's configuration, read on first use and kept: after the tests (and tools) have set process.env,
 * and never at import time. A later call that asks for more (`verifiesTokens`) checks those rules too but keeps
 * the object it already handed out, so every holder of it keeps seeing the same values.
 */
export function config(use: ConfigUse = {}): Config {
  if (!loaded || (use.verifiesTokens && !loaded.use.verifiesTokens)) {
    const fresh = loadConfig(process.env, use);
    loaded = { config: loaded?.config ?? fresh, use: { ...loaded?.use, ...use } };
  }
  return loaded.config;
}
