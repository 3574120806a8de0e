/**
 * Must not compile: a request handler, holding the request's tenant handle, reaching system work. Each line below
 * carries `@ts-expect-error`, so the type check fails the day one of them compiles (the separation is gone).
 * Never run; only type-checked (tsconfig.json includes test/).
 */
import type { GemeentenRepository, SystemDb, TenantDatabase } from '@regie/persistence';

export function requestHandler(tenant: TenantDatabase, gemeenten: GemeentenRepository): void {
  const db = tenant.current();
  // @ts-expect-error a system method (every gemeente's ids) does not take the request's tenant handle
  void gemeenten.ids(db);
  // @ts-expect-error no object can pass for the owner's handle: its brand is a declared symbol
  const forged: SystemDb = { sql: db.sql, manager: db.manager };
  void forged;
  // @ts-expect-error the tenant database hands out tenant handles only
  const system: SystemDb = tenant.current();
  void system;
}
