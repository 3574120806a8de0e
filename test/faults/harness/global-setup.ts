/**
 * Starts the suite's own Postgres and Redis (free ports below the kernel's ephemeral range, a temporary directory)
 * and migrates the template every scenario's database is cloned from. Test files find them through REGIE_FAULTS_DIR.
 */
import { migrate } from './processes';
import { Services } from './services';
import { TEMPLATE_DATABASE } from './stage';

export default async function globalSetup(): Promise<void> {
  const services = await Services.start();
  // jest runs the test files after this, with this environment
  process.env.REGIE_FAULTS_DIR = services.state.dir;
  try {
    migrate(services.databaseUrl(TEMPLATE_DATABASE));
  } catch (err) {
    await services.stop();
    throw err;
  }
  process.stdout.write(
    `\n[faults] own Postgres on 127.0.0.1:${services.pgPort}, Redis on 127.0.0.1:${services.redisPort}, ` +
      `in ${services.state.dir}\n`,
  );
}
