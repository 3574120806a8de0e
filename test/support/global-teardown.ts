/** Drops this run's databases, so repeated runs leave nothing behind. */
import { Client } from 'pg';
import { adminUrl, runId } from './urls';

export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const rows: { datname: string }[] = (
      await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`regie_test_${runId()}_%`])
    ).rows;
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
