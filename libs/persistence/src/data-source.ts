import { type Config, config } from '@regie/config';
import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Foundation1763900000000 } from './migrations/1763900000000-Foundation';
import { TenancyAndAudit1763900000001 } from './migrations/1763900000001-TenancyAndAudit';
import { BoardAndEscalation1763900000002 } from './migrations/1763900000002-BoardAndEscalation';
import { Voorzieningen1763900000003 } from './migrations/1763900000003-Voorzieningen';
import { BoardIndexes1763900000004 } from './migrations/1763900000004-BoardIndexes';
import { PeriodicJobs1763900000005 } from './migrations/1763900000005-PeriodicJobs';
import { Effects1763900000006 } from './migrations/1763900000006-Effects';
import { CaseProjection1763900000007 } from './migrations/1763900000007-CaseProjection';
import { RemindBefore1763900000008 } from './migrations/1763900000008-RemindBefore';
import { AtwKalender1763900000009 } from './migrations/1763900000009-AtwKalender';
import { Import1763900000020 } from './migrations/1763900000020-Import';
import { NotificationReads1763900000021 } from './migrations/1763900000021-NotificationReads';
import { Systeemsignalen1763900000022 } from './migrations/1763900000022-Systeemsignalen';
import { IndicatorKosten1763900000023 } from './migrations/1763900000023-IndicatorKosten';
import { Monitors1763900000025 } from './migrations/1763900000025-Monitors';
import { DeadlineNotify1763900000026 } from './migrations/1763900000026-DeadlineNotify';
import { IndicatorIndexes1763900000027 } from './migrations/1763900000027-IndicatorIndexes';
import { IndicatorStatistics1763900000028 } from './migrations/1763900000028-IndicatorStatistics';
import { DevAuthSecret1763900000029 } from './migrations/1763900000029-DevAuthSecret';
import { EffectFailures1763900000030 } from './migrations/1763900000030-EffectFailures';
import { AvePendingRegieFields1763900000031 } from './migrations/1763900000031-AvePendingRegieFields';
import { LevelFromProjection1763900000032 } from './migrations/1763900000032-LevelFromProjection';

// A DATE is a calendar day (a term's last day in Amsterdam), not an instant: keep it as 'YYYY-MM-DD' instead of
// letting pg turn it into midnight in the process's time zone.
const PG_DATE = 1082;
types.setTypeParser(PG_DATE, (value: string) => value);

export const migrations = [
  Foundation1763900000000,
  TenancyAndAudit1763900000001,
  BoardAndEscalation1763900000002,
  Voorzieningen1763900000003,
  BoardIndexes1763900000004,
  PeriodicJobs1763900000005,
  Effects1763900000006,
  CaseProjection1763900000007,
  RemindBefore1763900000008,
  AtwKalender1763900000009,
  Import1763900000020,
  NotificationReads1763900000021,
  Systeemsignalen1763900000022,
  IndicatorKosten1763900000023,
  Monitors1763900000025,
  DeadlineNotify1763900000026,
  IndicatorIndexes1763900000027,
  IndicatorStatistics1763900000028,
  DevAuthSecret1763900000029,
  EffectFailures1763900000030,
  AvePendingRegieFields1763900000031,
  LevelFromProjection1763900000032,
];

type DatabaseSettings = Pick<Config, 'databaseUrl' | 'databasePool' | 'databaseConnectTimeoutMs'>;

export function dataSourceOptions(settings: DatabaseSettings = config()): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.databaseUrl,
    // No entities: every query is SQL through the request's tenant connection; the schema is the migrations'.
    entities: [],
    migrations,
    migrationsTransactionMode: 'each',
    // Never synchronize: the schema changes only through reviewed migrations.
    synchronize: false,
    extra: {
      max: settings.databasePool,
      // Without a bound, a request waits for ever for a connection while Postgres is unreachable; with it, the
      // request fails and is answered 503 (see isDatabaseUnavailable).
      connectionTimeoutMillis: settings.databaseConnectTimeoutMs,
    },
  };
}

/** `url` and `settings` point a tool, a test or the bench elsewhere than the configuration says. */
export function createDataSource(url?: string, settings: Partial<DatabaseSettings> = {}): DataSource {
  return new DataSource(
    dataSourceOptions({ ...config(), ...(url ? { databaseUrl: url } : {}), ...settings }),
  );
}
