/**
 * Builds the test template database once per run; each jest worker clones it (test/support/env.ts), so test
 * files run in parallel without touching each other or a running demo.
 */
import { Client } from 'pg';
import { mapLibraryPaths } from './library-paths';
import { adminUrl, templateName, urlFor } from './urls';

export default async function globalSetup(): Promise<void> {
  // jest starts its workers after this, with this environment
  process.env.REGIE_TEST_RUN = `r${process.pid}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateName()} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  mapLibraryPaths(); // before the migrations load: they import @regie/config
  const { migrate } = await import('../../libs/persistence/src/cli/migrate');
  await migrate(urlFor(templateName()));
}
