import type { Config } from '@regie/config';
import type { Params } from 'nestjs-pino';

/**
 * Logs carry ids, never personal data: no bodies, no query strings (names could be searched for), no
 * Authorization header.
 */
export function loggerOptions(level: Config['logLevel']): Params {
  return {
    pinoHttp: {
      level,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
