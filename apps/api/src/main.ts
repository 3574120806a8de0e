import 'reflect-metadata';
import { createApi } from './app';

async function main(): Promise<void> {
  const app = await createApi();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  console.log(`Regie API op http://localhost:${port} (OpenAPI op /docs)`);
}

main().catch((err: Error) => {
  console.error(`Regie API kon niet starten: ${err.message}`);
  process.exit(1);
});
