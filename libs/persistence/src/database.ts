/**
 * The two ways into Postgres, told apart by type.
 *
 * - `TenantDb`: one gemeente's work. Its connection has switched to the `regie_app` role with the gemeente set, so
 *   row level security hides every other gemeente's rows: a query that forgets its gemeente filter still returns
 *   nothing foreign. Only `asTenant` makes one; a request gets the one its TenantInterceptor opened
 *   (`TenantDatabase.current()`).
 * - `SystemDb`: the owner role, every gemeente, no row level security: migrations, the worker's sweeps over all
 *   gemeenten, the clock. Only `SystemDatabase` holds one, and request code may not import it (eslint).
 *
 * A repository method's first parameter says which it needs: `TenantDb`, `SystemDb`, or `Db` where either is
 * right because the rows it touches carry their gemeente explicitly (the case store, written by a request and by
 * the worker's firing alike). The brands are declared symbols: no object literal passes for a handle.
 *
 * Both carry a Kysely query builder typed by `schema.ts` (generated from the migrated schema, see
 * scripts/db-types.sh) on the handle's own connection; TypeORM keeps the pool and the migrations.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import type { DB } from './schema';

declare const tenantBrand: unique symbol;
declare const systemBrand: unique symbol;

export type Sql = Kysely<DB>;

/** One gemeente's connection, row level security on. */
export interface TenantDb {
  readonly [tenantBrand]: true;
  readonly gemeente: string;
  readonly sql: Sql;
  /** the same connection for TypeORM's raw `query` (the few statements the builder cannot say) */
  readonly manager: EntityManager;
}

/** The owner's pool: every gemeente, no row level security. */
export interface SystemDb {
  readonly [systemBrand]: true;
  readonly sql: Sql;
  readonly manager: EntityManager;
}

/** Either handle: for methods whose rows name their gemeente and that requests and system work both call. */
export type Db = TenantDb | SystemDb;

/** Thrown when tenant work runs outside a tenant scope: a programming error, never the owner by default. */
export class NoTenantScope extends Error {
  constructor() {
    super('Geen gemeente in deze context: tenantwerk loopt alleen binnen asTenant.');
  }
}

const scope = new AsyncLocalStorage<TenantDb>();

/** A pool of one: Kysely borrows the tenant's connection and gives it back without releasing it (asTenant does). */
function borrowed(client: PostgresPoolClient): PostgresPool {
  const lent: PostgresPoolClient = {
    query: client.query.bind(client) as PostgresPoolClient['query'],
    release: () => undefined,
  };
  return { connect: () => Promise.resolve(lent), end: () => Promise.resolve() };
}

type EmittingClient = PostgresPoolClient & { on(event: 'error', listener: (err: Error) => void): unknown };
const listening = new WeakSet<PostgresPoolClient>();

/**
 * The owner's pool as Kysely borrows from it, every client with an 'error' listener. pg's pool listens only to its
 * idle clients: a client lent out when Postgres ends its connection (a restart: 57P01) would otherwise emit an
 * unhandled 'error' and end the process. The query on it fails by itself, and the pool drops the broken client
 * when it comes back.
 */
function listened(pool: PostgresPool): PostgresPool {
  return {
    connect: async () => {
      const client = (await pool.connect()) as EmittingClient;
      if (!listening.has(client)) {
        listening.add(client);
        client.on('error', () => undefined);
      }
      return client;
    },
    end: () => pool.end(),
  };
}

function tenantHandle(gemeente: string, sql: Sql, manager: EntityManager): TenantDb {
  return { gemeente, sql, manager } as unknown as TenantDb;
}

/**
 * Runs `work` on one connection switched to the `regie_app` role with `gemeente` set, and gives it the handle.
 * Code called inside finds the same handle through `TenantDatabase.current()`.
 */
export async function asTenant<T>(
  ds: DataSource,
  gemeente: string,
  work: (db: TenantDb) => Promise<T>,
): Promise<T> {
  const runner = ds.createQueryRunner();
  const client = (await runner.connect()) as PostgresPoolClient;
  try {
    await runner.query(
      `SELECT set_config('role', 'regie_app', false), set_config('regie.gemeente', $1, false)`,
      [gemeente],
    );
    const db = tenantHandle(
      gemeente,
      new Kysely<DB>({ dialect: new PostgresDialect({ pool: borrowed(client) }) }),
      runner.manager,
    );
    return await scope.run(db, () => work(db));
  } finally {
    // A pooled connection must never carry one request's role and gemeente into the next. If the reset fails
    // the connection is broken, and pg's pool drops broken connections.
    await runner.query(`RESET ROLE; RESET regie.gemeente`).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Runs `work` outside any tenant scope: background work started during a request (the outbox relay) must not
 * borrow that request's connection, which is released when the request ends.
 */
export function outsideTenant<T>(work: () => T): T {
  return scope.exit(work);
}

/** One transaction on the handle's connection, as a handle of the same kind. */
export function transaction<H extends Db, T>(db: H, work: (tx: H) => Promise<T>): Promise<T> {
  return db.sql.transaction().execute((trx) => work({ ...db, sql: trx } as H));
}

/** The request's tenant handle, for request code: the only handle it can reach. */
@Injectable()
export class TenantDatabase {
  constructor(private readonly ds: DataSource) {}

  /** The handle of the tenant scope this runs in; NoTenantScope outside one. */
  current(): TenantDb {
    const db = scope.getStore();
    if (!db) throw new NoTenantScope();
    return db;
  }

  /**
   * Runs `work` on another connection of the same gemeente: independent reads of one request side by side (a
   * report's indicator families), where one connection would make them take turns.
   */
  beside<T>(work: (db: TenantDb) => Promise<T>): Promise<T> {
    return asTenant(this.ds, this.current().gemeente, work);
  }
}

/** The owner's handle, for system work only: request code may not import this (see eslint.config.mjs). */
@Injectable()
export class SystemDatabase {
  readonly handle: SystemDb;

  constructor(private readonly ds: DataSource) {
    const pool = (ds.driver as unknown as { master: PostgresPool }).master;
    this.handle = {
      sql: new Kysely<DB>({ dialect: new PostgresDialect({ pool: listened(pool) }) }),
      manager: ds.manager,
    } as unknown as SystemDb;
  }

  /** System work for one gemeente under its row level security (a monitor made for each gemeente). */
  asTenant<T>(gemeente: string, work: (db: TenantDb) => Promise<T>): Promise<T> {
    return asTenant(this.ds, gemeente, work);
  }
}
