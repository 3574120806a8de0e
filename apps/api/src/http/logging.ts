import type { Params } from 'nestjs-pino';

/**
 * Logs carry ids, never personal data: no bodies, no query strings (names could be searched for), no
 * Authorization header.
 */
export function loggerOptions(): Params {
  return {
    pinoHttp: {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
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
