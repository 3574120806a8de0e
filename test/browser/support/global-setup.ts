/**
 * Starts the product once for the whole browser run (test/browser/support/product.ts) and hands its address to
 * the tests through the environment (the workers start after this, with it); the returned function is
 * Playwright's teardown: it stops exactly these processes and drops this run's database.
 */
import { startProduct } from './product';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const product = await startProduct();
  process.env.REGIE_BROWSER_URL = product.url;
  console.log(`[regie] product voor de browsertests op ${product.url} (${Date.now() - started} ms)`);
  return () => product.stop();
}
