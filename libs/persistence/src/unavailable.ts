/**
 * Whether an error means Postgres cannot be reached right now (down, restarting, refusing connections, a
 * connection cut mid-query), as opposed to a fault in the request or in our code. The API answers the first kind
 * 503 with Retry-After, so clients and load balancers wait and retry instead of reporting a bug.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
// SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now)
const SQLSTATE = /^(08...|57P0[123])$/;
const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is not established',
];
// TypeORM's names for a query runner whose connection went away under it
const TYPEORM_NAMES = new Set(['QueryRunnerProviderAlreadyReleasedError', 'ConnectionIsNotSetError']);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof name === 'string' && TYPEORM_NAMES.has(name)) return true;
    if (typeof message === 'string' && MESSAGES.some((m) => message.includes(m))) return true;
    // TypeORM wraps the driver's error (QueryFailedError.driverError); node wraps with `cause`
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
