/** Creates the database when it is missing and runs every pending migration. Used by the start script. */
import { config } from '@regie/config';
import { Client } from 'pg';
import { createDataSource } from '../data-source';

export async function ensureDatabase(url = config().databaseUrl): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function migrate(url = config().databaseUrl): Promise<string[]> {
  await ensureDatabase(url);
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations();
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  migrate()
    .then((ran) => console.log(ran.length ? `migrations applied: ${ran.join(', ')}` : 'schema up to date'))
    .catch((err: Error) => {
      console.error(`migration failed: ${err.message}`);
      process.exit(1);
    });
}
