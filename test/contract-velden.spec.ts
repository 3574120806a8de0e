/**
 * The fields a client acts on are fields of the OpenAPI document, not values to dig out of a
 * case's free-form `context`. For each: the document names it (required where every answer has it, with its type),
 * and real answers over HTTP fill it from the case's own data:
 *
 * - doorbraak: who approved the plan (`goedgekeurdDoor`, a user id) apart from the mandate level
 *   (`goedgekeurdNiveau`) and the moment (`goedgekeurdOp`);
 * - an event that creates something (ACTIE_TOEGEVOEGD) answers with it: `aangemaakt` = its id and its term's key;
 * - a case's deadlines: a missed AVE acceptance term replaced by the next receiver's under the same key is
 *   `huidig: false` with `vervangenDoor`, the one that counts `huidig: true`;
 * - herindicatie: the day it opens and the day the teamleider hears (`openDatum`, `signaleringsDatum`), on the case
 *   and on the worklist;
 * - AVE levels 3 and 4: who must still accept regie (`regieOntvanger`, or only `regieOntvangerRol` when routed).
 *
 * Every answer is also checked against the document by the harness (support/api-harness.ts).
 */
import { JANSEN_AANMELDING, JANSEN_ANALYSE, jansenPlan } from '../workflows/doorbraak/test-helpers';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { jeugdwetVoorziening } from './support/klantreis';

type Json = Record<string, unknown>;
interface Schema {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
  description?: string;
}
interface CaseDeadline {
  id: string;
  key: string;
  status: string;
  dueDate: string | null;
  remindAt: string | null;
  huidig: boolean;
  vervangenDoor: string | null;
}
type CaseView = Json & { id: string; context: Json; deadlines: CaseDeadline[] };

let api: Api;
let schemas: Record<string, Schema>;
let paths: Record<
  string,
  Record<
    string,
    { responses: Record<string, { description: string; content: Record<string, { schema: Schema }> }> }
  >
>;
let intaker: AgentFor;
let regisseur: AgentFor;
let teamleider: AgentFor;
let pm: AgentFor;
let oov: AgentFor;
/** every case view an answer carried in this file: each of its fields must be one the document names */
const seen: CaseView[] = [];

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  const doc = (await api.http.get('/api/v1/openapi.json').expect(200)).body;
  schemas = doc.components.schemas;
  paths = doc.paths;
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  regisseur = await api.as('regisseur1', ['procesmanager'], 'almelo', 'wijkteam-noord');
  teamleider = await api.as('teamleider1', ['teamleider'], 'almelo', 'wijkteam-noord', 'teamleider');
  pm = await api.as('pm1', ['procesmanager'], 'almelo', null);
  oov = await api.as('oov1', ['procesmanager'], 'almelo', null);
});
afterAll(async () => {
  await api?.close();
});

const gezien = (v: CaseView) => (seen.push(v), v);

async function ok(agent: AgentFor, id: string, body: Json): Promise<CaseView> {
  const res = await agent.event(id, body);
  if (res.status !== 200) throw new Error(`${String(body.type)}: ${res.status} ${JSON.stringify(res.body)}`);
  return gezien(res.body);
}

const view = async (agent: AgentFor, id: string): Promise<CaseView> =>
  gezien((await agent.get(`/api/v1/cases/${id}`).expect(200)).body);

async function start(agent: AgentFor, workflow: string, subjectId: string, input: Json): Promise<CaseView> {
  return gezien(
    (await agent.post('/api/v1/cases').send({ workflow, subjectId, input }).expect(201)).body as CaseView,
  );
}

async function subject(body: Json): Promise<string> {
  return (await intaker.post('/api/v1/subjects').send(body).expect(201)).body.id;
}

async function huishouden(naam: string): Promise<string> {
  const ouder = await subject({ kind: 'inwoner', name: `Ouder ${naam}` });
  const kind = await subject({ kind: 'inwoner', name: `Kind ${naam}`, birthDate: '2014-05-01' });
  return subject({ kind: 'huishouden', name: `Huishouden ${naam}`, members: [ouder, kind] });
}

/** The schema a property points at, through `allOf: [{ $ref }]` (a described reference) or `$ref`. */
function resolve(s: Schema): Schema {
  const ref = s.$ref ?? (s.allOf?.length === 1 ? s.allOf[0].$ref : undefined);
  return ref ? schemas[ref.replace('#/components/schemas/', '')] : s;
}

/** A property of a component: its schema and whether the component requires it. */
function veld(component: string, name: string): { schema: Schema; required: boolean } {
  const c = schemas[component];
  expect(c?.properties).toHaveProperty([name]);
  return { schema: c.properties![name], required: (c.required ?? []).includes(name) };
}

/** `2026-03-04T23:00:00.000Z` -> `2026-03-05`: the day in Amsterdam. */
const dagInAmsterdam = (iso: string) =>
  new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('the document names every field a client acts on', () => {
  it('doorbraak approval: the person, the mandate level and the moment, each optional beside the fixed fields', () => {
    for (const [name, format] of [
      ['goedgekeurdDoor', undefined],
      ['goedgekeurdNiveau', undefined],
      ['goedgekeurdOp', 'date-time'],
    ] as const) {
      const v = veld('CaseView', name);
      expect(v).toMatchObject({ required: false, schema: { type: 'string', nullable: true } });
      expect(v.schema.format).toBe(format);
      expect(v.schema.description).toMatch(/^doorbraak: /);
    }
    expect(veld('CaseView', 'goedgekeurdDoor').schema.description).toContain('gebruikers-id');
    expect(veld('CaseView', 'goedgekeurdNiveau').schema.description).toContain('mandaatniveau');
  });

  it('an event that creates something: `aangemaakt` (only in that answer) with a required id and deadline key', () => {
    const v = veld('CaseView', 'aangemaakt');
    expect(v.required).toBe(false);
    const a = resolve(v.schema);
    expect(a).toBe(schemas.Aangemaakt);
    expect(a).toMatchObject({
      type: 'object',
      required: ['id', 'deadlineKey'],
      additionalProperties: false,
      properties: { id: { type: 'string' }, deadlineKey: { type: 'string', nullable: true } },
    });
    // the answer of the event operation is that case view, and says so
    const answer = paths['/cases/{id}/events'].post.responses['200'];
    expect(answer.description).toContain('aangemaakt');
    expect(resolve(answer.content['application/json'].schema)).toBe(schemas.CaseView);
  });

  it("a case's deadlines: each says whether it counts now and which one replaced it, always", () => {
    const items = resolve(veld('CaseView', 'deadlines').schema.items!);
    expect(items).toBe(schemas.CaseDeadline);
    expect(veld('CaseDeadline', 'huidig')).toMatchObject({ required: true, schema: { type: 'boolean' } });
    expect(veld('CaseDeadline', 'vervangenDoor')).toMatchObject({
      required: true,
      schema: { type: 'string', format: 'uuid', nullable: true },
    });
    // every field of a deadline of a list is on the case's deadline too
    for (const k of schemas.Deadline.required ?? []) expect(schemas.CaseDeadline.required).toContain(k);
  });

  it('herindicatie: the day it opens and the day the teamleider hears, on the case and on the worklist', () => {
    for (const name of ['openDatum', 'signaleringsDatum']) {
      expect(veld('CaseView', name)).toMatchObject({
        required: false,
        schema: { type: 'string', format: 'date', description: expect.stringMatching(/^herindicatie: /) },
      });
      expect(veld('CaseView', name).schema.nullable).toBeUndefined();
      expect(veld('WorklistItem', name)).toMatchObject({
        required: true,
        schema: { type: 'string', format: 'date', nullable: true },
      });
    }
  });

  it('AVE: who must still accept regie, the person or only the role', () => {
    for (const name of ['regieOntvanger', 'regieOntvangerRol'])
      expect(veld('CaseView', name)).toMatchObject({
        required: false,
        schema: { type: 'string', nullable: true, description: expect.stringMatching(/^AVE: /) },
      });
    expect(veld('CaseView', 'aveLevel').required).toBe(false);
  });
});

describe('doorbraak: real answers fill them', () => {
  let id: string;

  it('names who approved (a user id) apart from the mandate level, on the answer and on the case', async () => {
    const gezin = await huishouden('Doorbraak');
    await regisseur
      .post(`/api/v1/subjects/${gezin}/consents`)
      .send({ scope: 'doorbraak', grantedTo: 'betrokken instanties', grantedBy: 'ouder' })
      .expect(201);
    const c = await start(regisseur, 'doorbraak', gezin, JANSEN_AANMELDING);
    id = c.id;
    expect(c).toMatchObject({ goedgekeurdDoor: null, goedgekeurdNiveau: null, goedgekeurdOp: null });
    for (const e of [
      { type: 'ANALYSE_GESTART' },
      { type: 'ANALYSE_VASTGELEGD', ...JANSEN_ANALYSE },
      { type: 'ANALYSE_AFGEROND' },
      { type: 'PLAN_VASTGELEGD', ...jansenPlan(320_000) },
      { type: 'PLAN_INGEDIEND' },
    ])
      await ok(regisseur, id, e);
    const goed = await ok(teamleider, id, { type: 'PLAN_GOEDGEKEURD', toelichting: 'Akkoord.' });
    expect(goed).toMatchObject({
      state: 'uitvoering',
      goedgekeurdDoor: 'teamleider1',
      goedgekeurdNiveau: 'teamleider',
      goedgekeurdOp: new Date('2026-03-02T09:00:00+01:00').toISOString(),
    });
    // filled from the case's own record of the approval
    expect(goed.context.goedkeuring).toMatchObject({
      actor: goed.goedgekeurdDoor,
      mandaat: goed.goedgekeurdNiveau,
      at: goed.goedgekeurdOp,
    });
    expect(await view(regisseur, id)).toMatchObject({
      goedgekeurdDoor: 'teamleider1',
      goedgekeurdNiveau: 'teamleider',
    });
  });

  it('answers ACTIE_TOEGEVOEGD with the action it created and the key of its term; a repeat answers the same', async () => {
    const actie = {
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: 'regisseur1',
      omschrijving: 'Huurachterstand betalen',
      uiterlijk: '2026-03-20',
    };
    const een = await ok(regisseur, id, actie);
    expect(een.aangemaakt).toEqual({ id: 'actie-1', deadlineKey: 'actie_actie-1' });
    const res = await regisseur
      .post(`/api/v1/cases/${id}/events`)
      .set('Idempotency-Key', 'contract-velden-actie-2')
      .send({ ...actie, omschrijving: 'Verhuizing regelen' })
      .expect(200);
    expect(res.body.aangemaakt).toEqual({ id: 'actie-2', deadlineKey: 'actie_actie-2' });
    const herhaald = await regisseur
      .post(`/api/v1/cases/${id}/events`)
      .set('Idempotency-Key', 'contract-velden-actie-2')
      .send({ ...actie, omschrijving: 'Verhuizing regelen' })
      .expect(200);
    expect(herhaald.body.aangemaakt).toEqual({ id: 'actie-2', deadlineKey: 'actie_actie-2' });
    seen.push(res.body, herhaald.body);

    // the key names the action's running term, the id the action a later event names
    const key = res.body.aangemaakt.deadlineKey as string;
    expect(res.body.deadlines).toContainEqual(
      expect.objectContaining({
        key,
        status: 'pending',
        dueDate: '2026-03-20',
        huidig: true,
        vervangenDoor: null,
      }),
    );
    const af = await ok(regisseur, id, { type: 'ACTIE_AFGEROND', actieId: res.body.aangemaakt.id });
    // an event that creates nothing, and the case read later, carry no `aangemaakt`
    expect(af).not.toHaveProperty('aangemaakt');
    expect(af.deadlines.find((d) => d.key === key)).toMatchObject({ status: 'met', huidig: true });
    expect(await view(regisseur, id)).not.toHaveProperty('aangemaakt');
  });
});

describe('AVE: real answers fill them', () => {
  let id: string;

  it('names the receiver who must accept at level 3, and nobody once accepted', async () => {
    const gezin = await huishouden('Ave');
    const c = await start(intaker, 'ave', gezin, { kinderenInHuishouden: true, regisseur: 'intaker1' });
    id = c.id;
    expect(c).toMatchObject({ aveLevel: 1, regieOntvanger: null, regieOntvangerRol: null });
    const up = await ok(intaker, id, {
      type: 'OPSCHALEN',
      naarNiveau: 3,
      reden: 'Veiligheid van de kinderen',
      criteria: ['veiligheid'],
      ontvanger: 'pm1',
    });
    expect(up).toMatchObject({
      aveLevel: 3,
      regie: { holder: 'intaker1' },
      regieOntvanger: 'pm1',
      regieOntvangerRol: 'procesmanager',
    });
    expect(up.context.pendingRegie).toMatchObject({ holder: up.regieOntvanger, role: up.regieOntvangerRol });
    const term = up.deadlines.filter((d) => d.key === 'regie_acceptatie');
    expect(term).toEqual([expect.objectContaining({ status: 'pending', huidig: true, vervangenDoor: null })]);
  });

  it('marks the missed acceptance term replaced when the next receiver gets a term under the same key', async () => {
    await intaker.post('/api/v1/clock/advance').send({ by: 'P3D' }).expect(200); // Thursday: 2 werkdagen passed
    const gemist = (await view(pm, id)).deadlines.filter((d) => d.key === 'regie_acceptatie');
    expect(gemist).toEqual([
      expect.objectContaining({ status: 'missed', huidig: true, vervangenDoor: null }),
    ]);

    const vier = await ok(intaker, id, {
      type: 'OPSCHALEN',
      naarNiveau: 4,
      reden: 'Acute onveiligheid',
      criteria: ['veiligheid'],
      ontvanger: 'oov1',
    });
    expect(vier).toMatchObject({ aveLevel: 4, regieOntvanger: 'oov1' });
    expect(vier.regieOntvangerRol).toBe((vier.context.pendingRegie as Json).role);
    const rows = vier.deadlines.filter((d) => d.key === 'regie_acceptatie');
    const nieuw = rows.find((d) => d.status === 'pending')!;
    expect(rows).toHaveLength(2);
    expect(rows.find((d) => d.status === 'missed')).toMatchObject({ huidig: false, vervangenDoor: nieuw.id });
    expect(nieuw).toMatchObject({ huidig: true, vervangenDoor: null });
    // one current row per key, on every case view
    const keys = vier.deadlines.filter((d) => d.huidig).map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);

    const accepted = await ok(oov, id, { type: 'REGIE_GEACCEPTEERD' });
    expect(accepted).toMatchObject({
      regie: { holder: 'oov1' },
      regieOntvanger: null,
      regieOntvangerRol: null,
    });
    expect(accepted.deadlines.filter((d) => d.key === 'regie_acceptatie' && d.huidig)).toEqual([
      expect.objectContaining({ id: nieuw.id, status: 'met' }),
    ]);
  });

  it('names only the role when the transfer is routed to it', async () => {
    const gezin = await huishouden('Ave-rol');
    const c = await start(intaker, 'ave', gezin, { kinderenInHuishouden: true, regisseur: 'intaker1' });
    const up = await ok(intaker, c.id, {
      type: 'OPSCHALEN',
      naarNiveau: 3,
      reden: 'Samenwerking vastgelopen',
      criteria: ['stagnatie'],
    });
    expect(up).toMatchObject({ regieOntvanger: null, regieOntvangerRol: 'procesmanager' });
    expect(up.context.pendingRegie).toMatchObject({ holder: null, role: 'procesmanager' });
  });
});

describe('herindicatie: real answers fill them', () => {
  it('names the day it opens and the day the teamleider hears, on the case and on the worklist', async () => {
    // ends 20 April: the review opened 23 February (8 weeks before), the teamleider hears after 6 April
    const { subjectId, intakeId } = await jeugdwetVoorziening(intaker, {
      name: 'Inwoner herindicatie',
      grantedBy: 'inwoner',
      lifeArea: 'opvoeding',
      product: 'jeugdhulp ambulant',
      aanbieder: 'Zorg Twente',
      volume: { aantal: 2, eenheid: 'uur per week' },
      startdatum: '2026-03-02',
      einddatum: '2026-04-20',
    });
    await api.drained();
    const [v] = (await intaker.get(`/api/v1/subjects/${subjectId}/voorzieningen`).expect(200)).body.items;
    expect(v.herindicatieCaseId).toEqual(expect.any(String));
    const caseId = v.herindicatieCaseId as string;
    const h = await view(intaker, caseId);
    expect(h).toMatchObject({
      workflow: 'herindicatie',
      openDatum: '2026-02-23',
      signaleringsDatum: '2026-04-06',
    });
    expect(h.context).toMatchObject({ openDatum: h.openDatum, uiterlijkDatum: h.signaleringsDatum });
    // the same days the deadline carries as its reminder and its due date
    const [termijn] = h.deadlines;
    expect(termijn).toMatchObject({ key: 'herindicatie', dueDate: h.signaleringsDatum, huidig: true });
    expect(dagInAmsterdam(termijn.remindAt!)).toBe(h.openDatum);

    const werk = (await intaker.get('/api/v1/worklist').expect(200)).body.items as Json[];
    expect(werk).toContainEqual(
      expect.objectContaining({
        soort: 'herindicatie',
        caseId,
        openDatum: '2026-02-23',
        signaleringsDatum: '2026-04-06',
      }),
    );
    const termijnen = werk.filter((w) => w.soort === 'termijn');
    expect(termijnen.length).toBeGreaterThan(0);
    for (const item of termijnen) expect(item).toMatchObject({ openDatum: null, signaleringsDatum: null });
    await view(intaker, intakeId);
  });
});

describe('no field of a case view is left undocumented', () => {
  it('every field of every case view answered in this file is one the CaseView schema names', () => {
    const documented = new Set(Object.keys(schemas.CaseView.properties ?? {}));
    const workflows = new Set(seen.map((v) => v.workflow));
    expect([...workflows].sort()).toEqual(['ave', 'doorbraak', 'herindicatie', 'intake']);
    const undocumented = new Set(seen.flatMap((v) => Object.keys(v).filter((k) => !documented.has(k))));
    expect([...undocumented]).toEqual([]);
  });
});
