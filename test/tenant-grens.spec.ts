/**
 * The gemeente boundary, method by method. Gemeente A (almelo) builds a little of everything through the API;
 * gemeente B (borne), with every role, then does its own day's work, asks every GET route of the OpenAPI document
 * with its own ids and with A's, and sends every write whose path names a record with A's ids and a valid body.
 * Meanwhile every call of every repository the API holds is recorded with the HTTP request it serves:
 *
 * - each call of a tenant method made in a request's tenant scope got B's tenant handle, never the owner's or A's;
 *   the owner's handle served a request only for national rows (the manual clock, the Atw calendar);
 * - no answer to B holds an id, a name or a BSN of A (but the id B itself put in the request);
 * - a request with A's id in its path answers 403 or 404, and a write with A's id changes nothing of A;
 * - every repository method whose signature takes the tenant handle (`TenantDb` or `Db`, read from the source)
 *   was called with B's handle while serving B: a method added on a request path without a call here fails.
 *
 * One method is only reachable outside dev tokens (`GET /users` reads the regie holders with OIDC): the last block
 * starts the API again with an OIDC issuer of its own and asks it there.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { Engine } from '@regie/engine';
import { CaseRepository } from '@regie/persistence';
import { DomainRecords, domainEffects } from '@regie/sociaal-domein';
import { JANSEN_AANMELDING } from '@regie/workflows/doorbraak/test-helpers';
import { type JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import request from 'supertest';
import * as ts from 'typescript';
import { type Api, startApi } from './support/api-harness';
import { useTestEnvironment } from './support/env';

const REPOSITORIES = join(__dirname, '../libs/persistence/src/repositories');

/** The handle type (`TenantDb`, `Db`, `SystemDb`) of every public repository method, by `Class.method`. */
function repositoryMethods(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(REPOSITORIES).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(REPOSITORIES, file), 'utf8'),
      ts.ScriptTarget.Latest,
    );
    source.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) continue;
        const first = member.parameters[0]?.type?.getText(source);
        if (first) found.set(`${node.name.text}.${member.name.text}`, first);
      }
    });
  }
  return found;
}

/** `Class.method` for every repository method whose first parameter is typed `TenantDb` or `Db`. */
function requestPathMethods(): string[] {
  return [...repositoryMethods()]
    .filter(([, handle]) => handle === 'TenantDb' || handle === 'Db')
    .map(([method]) => method)
    .sort();
}

/** The HTTP request a repository call serves; `systemScope`: a route that acts for every gemeente (the clock). */
interface Served {
  route: string;
  systemScope: boolean;
}

interface Call {
  method: string;
  /** the tenant handle's gemeente; null: the owner's handle */
  gemeente: string | null;
  /** the request served, null outside one (the relay, the sweep, the effects worker) */
  served: Served | null;
  /** whether a tenant scope was open (a request's, or system work's for one gemeente) */
  inScope: boolean;
}

const requests = new AsyncLocalStorage<Served>();
const calls: Call[] = [];
let recording = false;
// a test that fails half-way stops recording with it: what follows is not B's
afterEach(() => {
  recording = false;
});

/**
 * Follows each HTTP request of the application through everything it awaits, and marks the routes that act for
 * every gemeente (`SystemScope`, read by the TenantInterceptor as it decides whether to open a tenant scope).
 * Answers a function that undoes the marking.
 */
function traceRequests(
  app: INestApplication,
  interceptor: { prototype: { intercept(...args: unknown[]): unknown } },
  systemScopeKey: string,
  reflectorClass: typeof Reflector,
): () => void {
  const server = app.getHttpServer() as Server;
  for (const listener of server.listeners('request') as ((...a: unknown[]) => void)[]) {
    server.removeListener('request', listener);
    server.on('request', (req: { method: string; url: string }, res: unknown) =>
      requests.run({ route: `${req.method} ${req.url}`, systemScope: false }, () => listener(req, res)),
    );
  }
  const reflector = app.get(reflectorClass);
  const intercept = interceptor.prototype.intercept;
  interceptor.prototype.intercept = function (this: unknown, ...args: unknown[]) {
    const ctx = args[0] as { getHandler(): () => unknown; getClass(): new () => unknown };
    const served = requests.getStore();
    if (served)
      served.systemScope = Boolean(
        reflector.getAllAndOverride<boolean>(systemScopeKey, [ctx.getHandler(), ctx.getClass()]),
      );
    return intercept.apply(this, args);
  };
  return () => {
    interceptor.prototype.intercept = intercept;
  };
}

/** Wraps every method of every repository instance the application holds, recording each call's handle. */
function recordRepositoryCalls(
  app: INestApplication,
  repositories: readonly (abstract new () => object)[],
  scope: { current(): unknown },
): void {
  for (const cls of repositories) {
    const instance = app.get(cls as new () => object) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(cls.prototype)) {
      const original = instance[name];
      if (name === 'constructor' || typeof original !== 'function') continue;
      instance[name] = function (this: unknown, ...args: unknown[]) {
        if (recording) {
          const handle = args[0] as { gemeente?: string; manager?: { queryRunner?: unknown } } | undefined;
          let inScope = true;
          try {
            scope.current();
          } catch {
            inScope = false;
          }
          const served = requests.getStore();
          calls.push({
            method: `${cls.name}.${name}`,
            // a tenant handle is one connection (asTenant's query runner), the owner's the pool: told apart by
            // that, not by a gemeente the handle might carry
            gemeente: handle?.manager?.queryRunner ? (handle.gemeente ?? null) : null,
            served: served ? { ...served } : null,
            inScope,
          });
        }
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
}

const A = 'almelo';
const B = 'borne';
const ROLES = ['intaker', 'teamleider', 'procesmanager', 'beleid', 'admin'];
const A_USER = 'almelo-regisseur';
const B_USER = 'borne-regisseur';

/** `count` valid BSNs (elfproef) from `base` on. */
function bsns(count: number, base: number): string[] {
  const out: string[] = [];
  for (let n = base; out.length < count; n++) {
    const d = String(n).padStart(8, '0');
    const sum = [...d].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0);
    if (sum % 11 === 10 || sum === 0) continue;
    out.push(d + String(sum % 11));
  }
  return out;
}
const A_BSN = bsns(3, 41_000_000);
const B_BSN = bsns(6, 52_000_000);

let api: Api;
let undoTrace: () => void;
let openApi: { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
interface Parameter {
  in: string;
  name: string;
  required?: boolean;
}

/** A request as one user, with any method, headers and body. */
type Send = (
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  body?: string | object,
  headers?: Record<string, string>,
) => Promise<request.Response>;

function agent(token: string): Send {
  let keys = 0;
  return async (method, path, body, headers = {}) => {
    let t = api.http[method](path).set('Authorization', `Bearer ${token}`);
    if (method === 'post' && path.includes('/events'))
      t = t.set('Idempotency-Key', `grens-${token.slice(-8)}-${++keys}`);
    for (const [k, v] of Object.entries(headers)) t = t.set(k, v);
    return body === undefined ? t : t.send(body);
  };
}

/** Fails with the answer when the status is not one of `ok`. */
async function expectStatus(res: Promise<request.Response> | request.Response, ...ok: number[]) {
  const r = await res;
  if (!ok.includes(r.status)) {
    const { method, path } = (r as unknown as { req: { method: string; path: string } }).req;
    throw new Error(`${method} ${path}: ${r.status}, verwacht ${ok.join('/')}: ${r.text}`);
  }
  return r;
}

let a: Send;
let b: Send;

/** A's records as the sweep fills them into paths */
const idsOfA: Record<string, string> = {};
/** B's own, for the same routes */
const idsOfB: Record<string, string> = {};
/** every id, name and BSN of A (from its rows): none may appear in an answer to B */
const ofA = new Map<string, string>();

const csv = (lines: string[]) => lines.join('\n');
const importeer = (send: Send, soort: string, lines: string[]) =>
  expectStatus(
    send('post', `/api/v1/import?soort=${soort}`, csv(lines), { 'Content-Type': 'text/csv' }),
    200,
  );

async function subject(send: Send, body: object): Promise<string> {
  return (await expectStatus(send('post', '/api/v1/subjects', body), 201)).body.id as string;
}

async function startCase(send: Send, workflow: string, subjectId: string, input: object): Promise<string> {
  const res = send(
    'post',
    '/api/v1/cases',
    { workflow, subjectId, input },
    { 'Idempotency-Key': `start-${subjectId}-${workflow}` },
  );
  return (await expectStatus(res, 201)).body.id as string;
}

/** Runs the worker's handler of the systeemsignaal effect, as the effects worker does for a closing doorbraak. */
async function signaal(gemeente: string, caseId: string, signaal: string) {
  const handlers = domainEffects(api.app.get(Engine), api.app.get(DomainRecords));
  await handlers.systeemsignaal(`grens-${gemeente}`, {
    gemeente,
    caseId,
    team: 'wijkteam-noord',
    actor: gemeente === A ? A_USER : B_USER,
    effect: {
      type: 'systeemsignaal',
      soort: 'regel',
      signaal,
      voorstel: 'een afspraak met de corporatie',
      at: '2026-02-27T10:00:00.000Z',
    },
  });
}

/**
 * Makes the next firing of passed terms lose the race for its case, as when a colleague's event lands between the
 * firing's read of the case and its write: the firing then goes again, one term at a time, on the same handle.
 */
function loseNextRace(send: Send): void {
  const repo = api.app.get(CaseRepository) as unknown as Record<
    string,
    (...a: unknown[]) => Promise<unknown>
  >;
  const read = repo.loadByDeadlines;
  if (typeof read !== 'function') throw new Error('waar leest het afgaan van termijnen nu de casus?');
  repo.loadByDeadlines = async function (this: unknown, ...args: unknown[]) {
    repo.loadByDeadlines = read;
    const rows = (await read.apply(this, args)) as { id: string }[];
    for (const { id } of rows)
      await expectStatus(send('post', `/api/v1/cases/${id}/events`, { type: 'TRIAGE_GESTART' }), 200);
    return rows;
  };
}

/** One gemeente's day: subjects, a huishouden, consents, cases of every kind, an import, admin config, a signal. */
async function buildGemeente(send: Send, who: 'A' | 'B') {
  const gemeente = who === 'A' ? A : B;
  const user = who === 'A' ? A_USER : B_USER;
  const bsn = who === 'A' ? A_BSN : B_BSN;
  const naam = who === 'A' ? 'Almelo-Achterberg' : 'Borne-Bos';
  const ids = who === 'A' ? idsOfA : idsOfB;

  const ouder = await subject(send, {
    kind: 'inwoner',
    name: `Ouder ${naam}`,
    birthDate: '1981-05-04',
    bsn: bsn[0],
  });
  const kind = await subject(send, { kind: 'inwoner', name: `Kind ${naam}`, birthDate: '2014-06-01' });
  const gezin = await subject(send, {
    kind: 'huishouden',
    name: `Huishouden ${naam}`,
    members: [ouder, kind],
  });
  ids.subject = ouder;
  ids.gezin = gezin;
  ids.consent = (
    await expectStatus(
      send('post', `/api/v1/subjects/${gezin}/consents`, {
        scope: 'doorbraak',
        grantedTo: 'wijkteam',
        grantedBy: `Ouder ${naam}`,
      }),
      201,
    )
  ).body.id;

  // a melding received long ago: its terms are recorded as passed at once, and the holder is told
  ids.case = await startCase(send, 'intake', ouder, {
    channel: 'inwoner_zelf',
    lifeAreas: ['huishouden'],
    laws: ['Wmo'],
    ontvangenOp: '2026-01-05',
  });
  // an AVE track escalated to a procesmanager: on the board
  ids.ave = await startCase(send, 'ave', gezin, { kinderenInHuishouden: true, regisseur: user });
  await expectStatus(
    send('post', `/api/v1/cases/${ids.ave}/events`, {
      type: 'OPSCHALEN',
      naarNiveau: 3,
      reden: 'Veiligheid van de kinderen',
      criteria: ['veiligheid'],
      ontvanger: `${gemeente}-procesmanager`,
    }),
    200,
  );
  ids.doorbraak = await startCase(send, 'doorbraak', gezin, JANSEN_AANMELDING);
  await signaal(gemeente, ids.doorbraak, `de corporatie van ${naam} weigert een huurcontract`);

  // running work brought in: inwoners, a huishouden, voorzieningen (a herindicatie, a youth's 18-/18+ transition)
  const [, volwassene, jongere] = bsn;
  await importeer(send, 'inwoners', [
    'bsn;naam;geboortedatum',
    `${volwassene};Volwassene ${naam};1960-03-15`,
    `${jongere};Jongere ${naam};2009-06-01`,
  ]);
  await importeer(send, 'huishoudens', [
    'sleutel;naam;leden',
    `HH-${naam};Import ${naam};${volwassene}|${jongere}`,
  ]);
  await importeer(send, 'voorzieningen', [
    'bsn;wet;product;aanbieder;startdatum;einddatum;volume_aantal;volume_eenheid;regiehouder;team',
    `${volwassene};Wmo;huishoudelijke hulp;Thuiszorg Twente;2025-01-01;2026-12-31;3;uur per week;${user};wijkteam-noord`,
    `${jongere};Jeugdwet;jeugd-ggz behandeling;GGZ Jeugd Twente;2025-01-01;2026-10-31;2;uur per week;${user};wijkteam-noord`,
  ]);
  ids.voorzieningen = (
    await expectStatus(send('get', `/api/v1/subjects?bsn=${volwassene}`), 200)
  ).body.items[0].id;
  await expectStatus(
    send('put', '/api/v1/admin/config/ave', {
      config: { niveaus: { '3': { acceptatietermijn: { amount: 3, unit: 'werkdagen' } } } },
    }),
    200,
  );
}

/** The rows of A in every table that has a gemeente, as the owner reads them: what B may not change. */
async function rowsOfA(): Promise<Record<string, unknown[]>> {
  const tables: { table: string }[] = await api.db.query(
    `SELECT table_name AS table FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'gemeente' AND table_name <> 'audit_log'
      ORDER BY table_name`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { table } of tables) {
    const rows: { row: unknown }[] = await api.db.query(
      `SELECT to_jsonb(t) AS row FROM ${table} t WHERE gemeente = $1 ORDER BY to_jsonb(t)::text`,
      [A],
    );
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** Every id (uuid) of every row of A, the names of its subjects, its BSNs, its users and its signal's words. */
async function collectOfA(): Promise<void> {
  const tables: { table: string }[] = await api.db.query(
    `SELECT c.table_name AS table FROM information_schema.columns c
       JOIN information_schema.columns g
         ON g.table_schema = c.table_schema AND g.table_name = c.table_name AND g.column_name = 'gemeente'
      WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'`,
  );
  const rows = async <T>(sql: string) => (await api.db.query(sql, [A])) as T[];
  for (const { table } of tables)
    for (const { id } of await rows<{ id: string }>(`SELECT id::text FROM ${table} WHERE gemeente = $1`))
      ofA.set(id, `${table} ${id}`);
  for (const { name } of await rows<{ name: string }>(`SELECT name FROM subjects WHERE gemeente = $1`))
    ofA.set(name, `de naam ${name}`);
  for (const { signaal } of await rows<{ signaal: string }>(
    `SELECT signaal FROM systeemsignalen WHERE gemeente = $1`,
  ))
    ofA.set(signaal, 'het signaal');
  for (const bsn of A_BSN) ofA.set(bsn, `BSN ${bsn}`);
  for (const user of [A_USER, `${A}-procesmanager`]) ofA.set(user, `de gebruiker ${user}`);
}

const leaks: string[] = [];

/** Searches B's answer for anything of A, but for the values B put in the request itself. */
function checkAnswer(what: string, given: string, res: request.Response): void {
  let text = JSON.stringify(res.body ?? '') + (res.text ?? '');
  for (const value of ofA.keys()) if (given.includes(value)) text = text.split(value).join('');
  for (const [value, label] of ofA)
    if (text.includes(value)) leaks.push(`${what} (${res.status}) toont ${label} van A`);
}

describe('another gemeente, with dev tokens', () => {
  beforeAll(async () => {
    // Friday 27 February 2026: moving to Monday 2 March makes February's monthly monitor
    api = await startApi('2026-02-27T09:00:00+01:00');
    const { openApiDocument } = await import('../apps/api/src/http/openapi');
    openApi = openApiDocument(api.app) as unknown as typeof openApi;
    const { TenantInterceptor, SystemScope } = await import('../apps/api/src/access/tenant.interceptor');
    const { TenantDatabase, repositories } = await import('@regie/persistence');
    const { Reflector } = await import('@nestjs/core');
    undoTrace = traceRequests(
      api.app,
      TenantInterceptor as unknown as Parameters<typeof traceRequests>[1],
      (SystemScope() as unknown as { KEY: string }).KEY,
      Reflector,
    );
    recordRepositoryCalls(api.app, repositories, api.app.get(TenantDatabase));

    a = agent(await api.token(A_USER, ROLES, A, 'wijkteam-noord'));
    b = agent(await api.token(B_USER, ROLES, B, 'wijkteam-noord'));
    await buildGemeente(a, 'A');
    // the clock over a first working day: each gemeente's monthly monitor, the digest, the 18-/18+ scan
    await expectStatus(a('put', '/api/v1/clock', { now: '2026-03-02T09:00:00+01:00' }), 200);
    await api.drained();

    const one = async (sql: string) => ((await api.db.query(sql, [A])) as { id: string }[])[0]?.id;
    idsOfA.notification = (await one(
      `SELECT id FROM notifications WHERE gemeente = $1 AND recipient = '${A_USER}' ORDER BY created_at LIMIT 1`,
    ))!;
    idsOfA.monitor = (await one(`SELECT id FROM monitors WHERE gemeente = $1 ORDER BY maand LIMIT 1`))!;
    idsOfA.signal = (await one(`SELECT id FROM systeemsignalen WHERE gemeente = $1`))!;
    for (const what of ['notification', 'monitor', 'signal'])
      expect({ what, id: idsOfA[what] }).toEqual({ what, id: expect.any(String) });
    await collectOfA();
  }, 60_000);
  afterAll(async () => {
    undoTrace?.();
    await api?.close();
  });

  /** B's request, its answer searched for anything of A. */
  const ask: Send = async (method, path, body, headers) => {
    const res = await b(method, path, body, headers);
    checkAnswer(
      `${method.toUpperCase()} ${path}`,
      path + (typeof body === 'string' ? body : JSON.stringify(body ?? '')),
      res,
    );
    return res;
  };

  /** Paths for every GET of the OpenAPI document, with `ids`' records in the path and in the id-like queries. */
  function getRoutes(ids: Record<string, string>): { path: string; named: boolean }[] {
    const out: { path: string; named: boolean }[] = [];
    for (const [template, ops] of Object.entries(openApi.paths)) {
      const op = ops.get;
      if (!op) continue;
      // server-sent events: the stream does not end, and carries nothing but case ids and versions of the
      // caller's own gemeente's changes (the board refetches); test/scenario-ave.spec.ts reads it
      if (template === '/board/stream') continue;
      let named = false;
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
        // a workflow's name: the same definitions for every gemeente
        if (name === 'workflow' || name === 'name') return 'ave';
        named = true;
        const id = pathId(template, name, ids);
        if (!id) throw new Error(`welk record hoort in {${name}} van GET ${template}?`);
        return id;
      });
      const query = new URLSearchParams();
      for (const p of (op.parameters ?? []).filter((x) => x.in === 'query')) {
        const value = queryValue(template, p.name, ids);
        if (value !== undefined) query.set(p.name, value);
        else if (p.required) throw new Error(`welke waarde voor ${p.name} van GET ${template}?`);
      }
      out.push({ path: `/api/v1${path}${query.size ? `?${query}` : ''}`, named });
    }
    return out;
  }

  function pathId(template: string, name: string, ids: Record<string, string>): string | undefined {
    if (name === 'consentId') return ids.consent;
    const [, root, , rest] = template.split('/');
    if (root === 'cases') return ids.case;
    if (root === 'subjects')
      return rest === 'voorzieningen' ? ids.voorzieningen : rest === 'consents' ? ids.gezin : ids.subject;
    return { systeemsignalen: ids.signal, monitors: ids.monitor, notifications: ids.notification }[root!];
  }

  function queryValue(template: string, name: string, ids: Record<string, string>): string | undefined {
    if (name === 'subjectId') return ids.subject;
    if (name === 'caseId') return ids.case;
    if (name === 'from') return '2026-01-01';
    if (name === 'to') return '2026-03-31';
    if (template === '/subjects' && name === 'bsn') return ids === idsOfA ? A_BSN[0] : B_BSN[0];
    if (template === '/subjects' && name === 'naam') return ids === idsOfA ? 'Almelo' : 'Borne';
    return undefined;
  }

  it('answers B with B’s own records on every route, and never with anything of A', async () => {
    recording = true;
    // a second user of B: its token is made under B's tenant (the gemeente is created when new)
    const beleid = await api.token('borne-beleid', ['beleid'], B, null);
    await buildGemeente(ask, 'B');
    // the consent that a melding by the huisarts asks, then a consent withdrawn
    const aanvrager = await subject(ask, {
      kind: 'inwoner',
      name: 'Aanvrager Borne-Bos',
      birthDate: '1950-01-01',
    });
    const consent = async (scope: string) =>
      (
        await expectStatus(
          ask('post', `/api/v1/subjects/${aanvrager}/consents`, {
            scope,
            grantedTo: 'gemeente',
            grantedBy: 'Aanvrager',
          }),
          201,
        )
      ).body.id as string;
    await consent('melding');
    await expectStatus(
      ask('post', `/api/v1/subjects/${aanvrager}/consents/${await consent('verwijzing')}/withdraw`, {
        reden: 'bedacht',
      }),
      200,
    );
    const melding = await startCase(ask, 'intake', aanvrager, {
      channel: 'huisarts',
      lifeAreas: ['huishouden'],
      laws: ['Wmo'],
    });
    // an aanvraag whose beschikking term's reminder is due at once: reminded on registration
    await expectStatus(
      ask('post', `/api/v1/cases/${melding}/events`, {
        type: 'AANVRAAG_INGEDIEND',
        laws: ['Wmo'],
        voorziening: 'huishoudelijke hulp',
        ontvangenOp: '2026-02-20',
      }),
      200,
    );
    await expectStatus(ask('post', `/api/v1/cases/${idsOfB.case}/events`, { type: 'TRIAGE_GESTART' }), 200);
    // a melding received long ago, and a colleague's event on it while its passed terms are recorded
    const laat = await subject(ask, { kind: 'inwoner', name: 'Laat Borne-Bos', birthDate: '1950-01-01' });
    loseNextRace(ask);
    await startCase(ask, 'intake', laat, {
      channel: 'inwoner_zelf',
      lifeAreas: ['huishouden'],
      laws: ['Wmo'],
      ontvangenOp: '2026-01-05',
    });
    // the import of B's running work: meldingen, aanvragen and an AVE track started in bulk, and a voorziening
    // ending within 8 weeks, whose herindicatie opened before it was registered
    await importeer(ask, 'inwoners', [
      'bsn;naam;geboortedatum',
      `${B_BSN[3]};Melder Borne-Bos;1970-01-01`,
      `${B_BSN[4]};Aanvrager Twee Borne-Bos;1970-01-01`,
      `${B_BSN[5]};Eindigend Borne-Bos;1950-01-01`,
    ]);
    await importeer(ask, 'meldingen', [
      'bsn;ontvangen_op;leefgebieden;wetten;regiehouder;team',
      `${B_BSN[3]};2026-01-05;huishouden;Wmo;${B_USER};wijkteam-noord`,
    ]);
    await importeer(ask, 'aanvragen', [
      'bsn;ontvangen_op;wet;voorziening;leefgebieden;regiehouder;team',
      `${B_BSN[4]};2026-02-20;Wmo;huishoudelijke hulp;huishouden;${B_USER};wijkteam-noord`,
    ]);
    await importeer(ask, 'ave', [
      'bsn;niveau;kinderen_in_huishouden;regiehouder;team',
      `${B_BSN[1]};1;nee;${B_USER};wijkteam-noord`,
    ]);
    await importeer(ask, 'voorzieningen', [
      'bsn;wet;product;aanbieder;startdatum;einddatum;volume_aantal;volume_eenheid;regiehouder;team',
      `${B_BSN[5]};Wmo;dagbesteding;Wijkkamer;2025-01-01;2026-04-15;2;dagdeel per week;${B_USER};wijkteam-noord`,
    ]);
    const kalender = (await expectStatus(ask('get', '/api/v1/admin/kalender'), 200)).body;
    await expectStatus(
      ask('put', '/api/v1/admin/kalender', { dagen: [...kalender.dagen, '2026-12-24'] }),
      200,
    );
    idsOfB.signal = (await expectStatus(ask('get', '/api/v1/systeemsignalen'), 200)).body.items[0].id;
    await expectStatus(
      ask('patch', `/api/v1/systeemsignalen/${idsOfB.signal}`, { status: 'in_behandeling' }),
      200,
    );
    idsOfB.notification = (await expectStatus(ask('get', '/api/v1/notifications'), 200)).body.items[0].id;
    await expectStatus(ask('put', `/api/v1/notifications/${idsOfB.notification}/gelezen`), 200);
    await expectStatus(ask('delete', `/api/v1/notifications/${idsOfB.notification}/gelezen`), 200);
    await expectStatus(ask('put', '/api/v1/notifications/gelezen'), 200);
    idsOfB.monitor = (
      await expectStatus(
        ask('get', '/api/v1/monitors', undefined, { Authorization: `Bearer ${beleid}` }),
        200,
      )
    ).body.items[0].id;

    // every GET of the document with B's own records
    for (const { path } of getRoutes(idsOfB)) await expectStatus(ask('get', path), 200);

    // the clock over the next first working day: B's monthly monitor is made under B's handle
    await expectStatus(ask('put', '/api/v1/clock', { now: '2026-04-01T09:00:00+02:00' }), 200);
    await expectStatus(ask('get', '/api/v1/monitors'), 200);
    recording = false;
  }, 60_000);

  it('refuses B every record of A by its id, for reading and for writing, and changes nothing of A', async () => {
    recording = true;
    const before = await rowsOfA();
    const refused = [403, 404];
    // every GET of the document with A's records: refused when one is in the path, empty when in the query
    for (const { path, named } of getRoutes(idsOfA))
      await expectStatus(ask('get', path), ...(named ? refused : [200]));

    // every write that names a record of A, with a body that is valid for a record of B's own
    const writes: [Parameters<Send>[0], string, object | undefined][] = [
      ['post', `/cases/${idsOfA.case}/events`, { type: 'TRIAGE_GESTART' }],
      [
        'post',
        `/subjects/${idsOfA.gezin}/consents`,
        { scope: 'doorbraak', grantedTo: 'wijkteam', grantedBy: 'B' },
      ],
      ['post', `/subjects/${idsOfA.gezin}/consents/${idsOfA.consent}/withdraw`, { reden: 'door B' }],
      // A's consent under a subject of B's own
      ['post', `/subjects/${idsOfB.gezin}/consents/${idsOfA.consent}/withdraw`, { reden: 'door B' }],
      ['patch', `/systeemsignalen/${idsOfA.signal}`, { status: 'afgehandeld', reactie: 'door B' }],
      ['put', `/notifications/${idsOfA.notification}/gelezen`, undefined],
      ['delete', `/notifications/${idsOfA.notification}/gelezen`, undefined],
    ];
    const probed = new Set<string>();
    for (const [method, path, body] of writes) {
      await expectStatus(ask(method, `/api/v1${path}`, body), ...refused);
      probed.add(`${method} ${path.replace(/[0-9a-f-]{36}/g, '{id}')}`);
    }
    // A's records named in a body: a case for A's inwoner, a huishouden with A's inwoner as member
    await expectStatus(
      ask('post', '/api/v1/cases', {
        workflow: 'intake',
        subjectId: idsOfA.subject,
        input: { channel: 'inwoner_zelf', lifeAreas: ['huishouden'], laws: ['Wmo'] },
      }),
      ...refused,
    );
    await expectStatus(
      ask('post', '/api/v1/subjects', { kind: 'huishouden', name: 'Gemengd', members: [idsOfA.subject] }),
      400,
      ...refused,
    );
    recording = false;
    expect(await rowsOfA()).toEqual(before);
    // every write route of the document with a record in its path was asked with A's
    const writeRoutes = Object.entries(openApi.paths).flatMap(([template, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get' && /\{(id|consentId)\}/.test(template))
        .map((m) => `${m} ${template.replace('{consentId}', '{id}')}`),
    );
    expect(writeRoutes.filter((r) => !probed.has(r))).toEqual([]);
  }, 30_000);
});

describe('another gemeente, with OIDC tokens', () => {
  it('lists B only B’s own regie holders', async () => {
    // the users route reads the regie holders only outside dev tokens; the configuration is read once per module
    // registry, so this API is started in a registry of its own, with an issuer whose key the test holds
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'grens', alg: 'RS256', use: 'sig' };
    const issuer = createServer((_, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    const ISSUER = 'https://login.example/realms/regie';
    const token = (sub: string, gemeente: string) =>
      new SignJWT({ roles: ROLES, gemeente, team: 'wijkteam-noord' })
        .setProtectedHeader({ alg: 'RS256', kid: 'grens' })
        .setSubject(sub)
        .setIssuer(ISSUER)
        .setAudience('regie-api')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    await useTestEnvironment({
      CLOCK: 'manual',
      RATE_LIMIT: '1000000',
      AUTH_MODE: '',
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: 'regie-api',
      OIDC_JWKS_URL: `http://127.0.0.1:${(issuer.address() as AddressInfo).port}/jwks`,
    });
    try {
      await jest.isolateModulesAsync(async () => {
        const { createApi } = await import('../apps/api/src/app');
        const { TenantInterceptor, SystemScope } = await import('../apps/api/src/access/tenant.interceptor');
        const { TenantDatabase, repositories } = await import('@regie/persistence');
        const { Reflector } = await import('@nestjs/core');
        const { DataSource } = await import('typeorm');
        const app = await createApi();
        await app.init();
        const undo = traceRequests(
          app,
          TenantInterceptor as unknown as Parameters<typeof traceRequests>[1],
          (SystemScope() as unknown as { KEY: string }).KEY,
          Reflector,
        );
        try {
          recordRepositoryCalls(app, repositories, app.get(TenantDatabase));
          await app
            .get(DataSource)
            .query(`INSERT INTO gemeenten (id, name) VALUES ($1, 'Almelo'), ($2, 'Borne')`, [A, B]);
          const http = request(app.getHttpServer());
          const as =
            (bearer: string): Send =>
            (method, path, body) =>
              http[method](path).set('Authorization', `Bearer ${bearer}`).send(body);
          for (const [send, gemeente] of [
            [as(await token(A_USER, A)), A],
            [as(await token(B_USER, B)), B],
          ] as const) {
            const id = await subject(send, { kind: 'inwoner', name: `Inwoner ${gemeente}` });
            await startCase(send, 'intake', id, {
              channel: 'inwoner_zelf',
              lifeAreas: ['huishouden'],
              laws: ['Wmo'],
            });
          }
          recording = true;
          const res = await expectStatus(as(await token(B_USER, B))('get', '/api/v1/users'), 200);
          recording = false;
          checkAnswer('GET /api/v1/users', '', res);
          expect(res.body.items.map((u: { user: string }) => u.user)).toEqual([B_USER]);
        } finally {
          recording = false;
          undo();
          await app.close();
        }
      });
    } finally {
      issuer.close();
    }
  }, 30_000);
});

describe('every repository call of B', () => {
  /**
   * National rows that a request reads as the owner, by design: the manual clock's one row (Clock reads it as
   * the system in every process), and the Atw calendar in force, reloaded after the admin's change (KalenderSync).
   * Neither table is one gemeente's.
   */
  const NATIONAL = new Set(['ClockRepository.read', 'AtwKalenderRepository.current']);

  it('saw nothing of A in any answer', () => {
    expect(leaks).toEqual([]);
  });

  it('gave every tenant method B’s handle, never the owner’s or A’s, and the owner’s only for national rows', () => {
    const handles = repositoryMethods();
    // a route that acts for every gemeente (the manual clock) runs system work, each gemeente under its own handle
    const own = calls.filter((c) => c.served && c.inScope && !c.served.systemScope && handles.has(c.method));
    expect(own.length).toBeGreaterThan(100);
    const tenant = own.filter((c) => handles.get(c.method) !== 'SystemDb');
    expect(tenant.filter((c) => c.gemeente !== B)).toEqual([]);
    const system = own.filter((c) => handles.get(c.method) === 'SystemDb');
    expect([...new Set(system.map((c) => c.method))].filter((m) => !NATIONAL.has(m))).toEqual([]);
  });

  it('reached every repository method that takes the tenant handle, with B’s', () => {
    const reached = new Set(calls.filter((c) => c.served && c.gemeente === B).map((c) => c.method));
    expect(requestPathMethods().filter((m) => !reached.has(m))).toEqual([]);
  });
});
