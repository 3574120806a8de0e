/**
 * Row-level security per request. `asTenant` runs a unit of work on one connection that has switched to the
 * `regie_app` role with the caller's gemeente set, so Postgres itself hides every other gemeente's rows: a query
 * that forgets its gemeente filter still returns nothing foreign. Code that runs inside finds that connection
 * through `sqlFor(dataSource)`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

const scope = new AsyncLocalStorage<EntityManager>();

export async function asTenant<T>(ds: DataSource, gemeente: string, work: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(
      `SELECT set_config('role', 'regie_app', false), set_config('regie.gemeente', $1, false)`,
      [gemeente],
    );
    return await scope.run(runner.manager, work);
  } finally {
    // A pooled connection must never carry one request's role and gemeente into the next. If the reset fails
    // the connection is broken, and pg's pool drops broken connections.
    await runner.query(`RESET ROLE; RESET regie.gemeente`).catch(() => undefined);
    await runner.release();
  }
}

/** The connection of the current tenant scope, or the data source itself outside one (system work). */
export function sqlFor(ds: DataSource): EntityManager {
  return scope.getStore() ?? ds.manager;
}

/**
 * Runs `work` outside any tenant scope: background work started during a request (the outbox relay) must not
 * borrow that request's connection, which is released when the request ends.
 */
export function outsideTenant<T>(work: () => T): T {
  return scope.exit(work);
}
