/** @regie/config: every environment variable Regie reads, checked once, typed and frozen. */
export { ConfigError, type ConfigProblem, config, loadConfig } from './load';
export { type Config, type ConfigUse, configSchema } from './schema';
