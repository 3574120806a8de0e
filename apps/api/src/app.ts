import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { config } from '@regie/config';
import { OutboxRelay } from '@regie/runtime';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

/** The API as an application: used by main.ts and by the end-to-end tests. */
export async function createApi(): Promise<NestExpressApplication> {
  // Refuses a wrong environment (dev tokens in production, OIDC without its settings) with one message, before
  // Nest would abort the process on the same error during its start.
  const { outboxPollMs } = config({ verifiesTokens: true });
  // main.ts drains in-flight requests before closing the app; whatever connection is left then (a client that
  // keeps its connection) is closed with it, or the process would linger.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  const docs = new DocumentBuilder()
    .setTitle('Regie API')
    .setDescription('Klantreizen van het sociaal domein: casussen, events, termijnen en de klok.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, docs));
  const web = join(__dirname, '..', 'public');
  if (existsSync(web)) app.useStaticAssets(web, { index: 'index.html' });
  // The API process relays what it commits right away and polls as a safety net.
  app.get(OutboxRelay).start(outboxPollMs);
  return app;
}
