/** Stops the suite's Postgres and Redis and removes their directory, whatever the tests' outcome. */
import { Services } from './services';

export default async function globalTeardown(): Promise<void> {
  if (!process.env.REGIE_FAULTS_DIR) return;
  await Services.attach().stop();
}
