import { NotFoundException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { config } from '@regie/config';
import { OutboxRelay } from '@regie/runtime';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { API_PREFIX, API_VERSION, UNVERSIONED_ROUTES } from './http/api-version';
import { ErrorFilter } from './http/error.filter';
import { openApiDocument } from './http/openapi';

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
  // First of all: every response, errors, probes, static files and unknown paths included, names the version.
  // A path of the API that ends in a slash names no resource: 404, not the resource without it, not a redirect
  // (API Design Rules /core/no-trailing-slash; Express itself would ignore the slash).
  const errors = new ErrorFilter();
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('API-Version', API_VERSION);
    if (req.path.length > 1 && req.path.endsWith('/') && isApiPath(req.path))
      return errors.send(req, res, new NotFoundException(`Cannot ${req.method} ${req.originalUrl}`));
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  // Every endpoint under /api/v1 but the probes and the metrics, whose paths operators' tools fix.
  app.setGlobalPrefix(API_PREFIX, { exclude: UNVERSIONED_ROUTES });
  // The OpenAPI document, built once: at /api/v1/openapi.json for any client (CORS open: it is public), and
  // shown by Swagger UI at /docs.
  let document: ReturnType<typeof openApiDocument> | undefined;
  const openApi = () => (document ??= openApiDocument(app));
  (app.getHttpAdapter().getInstance() as Express).get(`/${API_PREFIX}/openapi.json`, (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.json(openApi());
  });
  SwaggerModule.setup('docs', app, openApi);
  // The web UI (apps/web, built by Vite into dist/apps/web): its files, and index.html for any other page a
  // browser asks for (Accept: text/html) outside the API, so every screen has its own URL.
  const web = webDirectory();
  if (web) {
    app.useStaticAssets(web, { index: 'index.html' });
    const index = join(web, 'index.html');
    (app.getHttpAdapter().getInstance() as Express).get(/^\/(?!api\/|docs)/, (req, res, next) => {
      if (isApiPath(req.path) || req.accepts(['json', 'html']) !== 'html') return next();
      res.sendFile(index);
    });
  }
  // The API process relays what it commits right away and polls as a safety net.
  app.get(OutboxRelay).start(outboxPollMs);
  return app;
}

/** The built web UI: dist/apps/web beside dist/apps/api, or the repository's dist when run from source. */
function webDirectory(): string | undefined {
  return [join(__dirname, '..', '..', 'web'), join(__dirname, '..', '..', '..', 'dist', 'apps', 'web')].find(
    (dir) => existsSync(join(dir, 'index.html')) && !existsSync(join(dir, 'src')),
  );
}

/** Whether `path` is one of the API's (the base path or the probes and metrics beside it), whatever its case. */
function isApiPath(path: string): boolean {
  const p = path.toLowerCase();
  if (p.startsWith(`/${API_PREFIX}/`)) return true;
  const bare = p.replace(/\/+$/, '');
  return UNVERSIONED_ROUTES.some((route) => bare === `/${route}` || bare.startsWith(`/${route}/`));
}
