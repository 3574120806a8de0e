/**
 * A command is one transaction, against the real database: the audit entry of a start or an
 * event is written with the step, by the same statement, so a failure of either leaves neither; a command loads
 * its case once, the access check done on that row inside the engine's command; a repeat under the same
 * Idempotency-Key changes nothing and is recorded once more, as before.
 */
import { CaseRepository } from '@regie/persistence';
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;
let teamleider: AgentFor;
let zuid: AgentFor;
let subjectId: string;

const START = {
  workflow: 'intake',
  input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
};
const EXTEND = {
  type: 'TERMIJN_VERLENGEN',
  key: 'wmo_onderzoek',
  reden: 'aanvullende stukken',
  met: { amount: 1, unit: 'days' },
};

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  teamleider = await api.as('tl1', ['teamleider'], 'almelo', 'wijkteam-noord');
  zuid = await api.as('intaker7', ['intaker'], 'almelo', 'wijkteam-zuid');
  subjectId = (
    await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Transactie' }).expect(201)
  ).body.id;
});
afterAll(async () => {
  await api.close();
});

const startCase = async (agent = intaker) =>
  (
    await agent
      .post('/api/v1/cases')
      .send({ ...START, subjectId })
      .expect(201)
  ).body as {
    id: string;
    version: number;
  };

interface AuditRow {
  actor: string;
  action: string;
  record_type: string;
  reason: string;
  status: number;
  tx: string;
}
const commandsOn = (caseId: string): Promise<AuditRow[]> =>
  api.db.query(
    `SELECT actor, action, record_type, reason, status, xmin::text AS tx FROM audit_log
     WHERE record_id = $1 AND action = 'command' ORDER BY id`,
    [caseId],
  );
/**
 * The case row, its history and its deadlines as they stand: what a step changes. (Its outbox rows are written by
 * the same statement, but the relay takes them away as it goes.)
 */
const stateOf = async (caseId: string) => {
  const [c] = await api.db.query(`SELECT version, state_value FROM cases WHERE id = $1`, [caseId]);
  const history = await api.db.query(
    `SELECT seq, type, xmin::text AS tx FROM case_history WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  );
  const deadlines = await api.db.query(
    `SELECT id, token, extended_days FROM deadlines WHERE case_id = $1 ORDER BY id`,
    [caseId],
  );
  return { case: c, history, deadlines };
};

describe('the audit entry of a command', () => {
  it('is written once, by the transaction that writes the step', async () => {
    const c = await startCase();
    await intaker.event(c.id, EXTEND).expect(200);
    const { history } = await stateOf(c.id);
    const audit = await commandsOn(c.id);
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'intaker1',
        record_type: 'case',
        status: 201,
        reason: 'medewerker (intaker)',
      }),
      expect.objectContaining({ actor: 'intaker1', status: 200, reason: 'houdt de regie' }),
    ]);
    // a row's xmin is the transaction that inserted it: each entry went in with its history entry
    expect(history.map((h: { type: string }) => h.type)).toEqual(['CASE_GESTART', 'TERMIJN_VERLENGEN']);
    expect(audit.map((a) => a.tx)).toEqual(history.map((h: { tx: string }) => h.tx));
  });

  it('takes the step down with it when it cannot be written, and the step takes it down', async () => {
    const c = await startCase();
    // a trigger that refuses one actor's audit entries, and one that refuses another actor's history entries
    await api.db.query(`
      CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'geweigerd door de test'; END $$;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log
        FOR EACH ROW WHEN (NEW.actor = 'saboteur') EXECUTE FUNCTION test_refuse();
      CREATE TRIGGER test_refuse_history BEFORE INSERT ON case_history
        FOR EACH ROW WHEN (NEW.actor = 'stapbreker') EXECUTE FUNCTION test_refuse();`);
    try {
      const saboteur = await api.as('saboteur', ['intaker'], 'almelo', 'wijkteam-noord');
      const stapbreker = await api.as('stapbreker', ['intaker'], 'almelo', 'wijkteam-noord');
      const before = await stateOf(c.id);
      const auditBefore = await commandsOn(c.id);

      // the audit entry fails: no case version, history entry, deadline change or outbox row either
      await saboteur.event(c.id, EXTEND).expect(500);
      expect(await stateOf(c.id)).toEqual(before);
      // nor a new case for a start
      await saboteur
        .post('/api/v1/cases')
        .send({ ...START, subjectId })
        .expect(500);
      const [{ cases }] = await api.db.query(
        `SELECT count(*)::int AS cases FROM cases c JOIN case_history h ON h.case_id = c.id AND h.seq = 1
         WHERE h.actor = 'saboteur'`,
      );
      expect(cases).toBe(0);

      // the step fails: no audit entry (nor a refusal: a failure is no answer of the engine)
      await stapbreker.event(c.id, EXTEND).expect(500);
      expect(await stateOf(c.id)).toEqual(before);
      expect(await commandsOn(c.id)).toEqual(auditBefore);
      const [{ entries }] = await api.db.query(
        `SELECT count(*)::int AS entries FROM audit_log WHERE actor IN ('saboteur', 'stapbreker')
           AND action = 'command'`,
      );
      expect(entries).toBe(0);
    } finally {
      await api.db.query(`
        DROP TRIGGER test_refuse_audit ON audit_log;
        DROP TRIGGER test_refuse_history ON case_history;
        DROP FUNCTION test_refuse();`);
    }
    // the same command by a person the triggers let through is written whole
    await intaker.event(c.id, EXTEND).expect(200);
    expect((await commandsOn(c.id)).at(-1)).toMatchObject({ actor: 'intaker1', status: 200 });
  });

  it('is written once per command when commands race for the case row', async () => {
    const c = await startCase();
    // six at once: most lose the race for the version at least once and load again (about 20 loads here)
    const results = await Promise.all(Array.from({ length: 6 }, () => intaker.event(c.id, EXTEND)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const { history } = await stateOf(c.id);
    const audit = await commandsOn(c.id);
    expect(history).toHaveLength(7);
    expect(audit).toHaveLength(7);
    expect(audit.map((a) => a.tx)).toEqual(history.map((h: { tx: string }) => h.tx));
  });

  it('is recorded for a refused command (400) and for a look refused at a case, with nothing else written', async () => {
    const c = await startCase();
    const before = await stateOf(c.id);
    await intaker.event(c.id, { type: 'GEEN_EVENT' }).expect(422);
    await zuid.event(c.id, EXTEND).expect(403);
    expect(await stateOf(c.id)).toEqual(before);
    expect((await commandsOn(c.id)).map((a) => [a.status, a.reason])).toEqual([
      [201, 'medewerker (intaker)'],
      [400, 'houdt de regie'],
    ]);
    const [refused] = await api.db.query(
      `SELECT action, reason, status FROM audit_log WHERE record_id = $1 AND actor = 'intaker7'`,
      [c.id],
    );
    expect(refused).toEqual({ action: 'read', reason: 'geweigerd', status: 403 });
  });

  it('is recorded again for a repeat under the same Idempotency-Key, which changes nothing', async () => {
    const c = await startCase();
    const send = () =>
      intaker.post(`/api/v1/cases/${c.id}/events`).set('Idempotency-Key', 'herhaald').send(EXTEND);
    const first = (await send().expect(200)).body;
    const after = await stateOf(c.id);
    expect((await send().expect(200)).body).toEqual(first);
    expect(await stateOf(c.id)).toEqual(after);
    const audit = await commandsOn(c.id);
    expect(audit.map((a) => a.status)).toEqual([201, 200, 200]);
    // the repeat's entry is its own: it wrote nothing else
    expect(after.history.map((h: { tx: string }) => h.tx)).not.toContain(audit[2].tx);
  });
});

describe('a command on a case', () => {
  it('loads the case once, checking there who may act on it', async () => {
    const c = await startCase();
    const loads = jest.spyOn(CaseRepository.prototype, 'load');
    try {
      const count = async (work: () => Promise<unknown>) => {
        loads.mockClear();
        await work();
        return loads.mock.calls.filter(([, id]) => id === c.id).length;
      };
      // a read loads the case view once, in the access check before its handler; a command only in the engine
      expect(await count(() => teamleider.get(`/api/v1/cases/${c.id}`).expect(200))).toBe(1);
      expect(await count(() => intaker.event(c.id, EXTEND).expect(200))).toBe(1);
      expect(await count(() => zuid.event(c.id, EXTEND).expect(403))).toBe(1);
      expect(await count(() => intaker.event(c.id, { type: 'GEEN_EVENT' }).expect(422))).toBe(1);
      loads.mockClear();
      await startCase();
      expect(loads).not.toHaveBeenCalled();
    } finally {
      loads.mockRestore();
    }
  });

  it('answers as before for a case of another gemeente, a bad id and a missing key, and records none of them', async () => {
    const c = await startCase();
    const borne = await api.as(
      'intaker1',
      ['intaker', 'teamleider', 'procesmanager'],
      'borne',
      'wijkteam-noord',
    );
    const before = await api.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const foreign = await borne.event(c.id, EXTEND).expect(404);
    expect(foreign.body).toMatchObject({ code: 'not_found', detail: `Casus ${c.id} bestaat niet` });
    const badId = await intaker.event('geen-uuid', EXTEND).expect(400);
    expect(badId.body.detail).toMatch(/^Ongeldige id/);
    const noKey = await intaker.post(`/api/v1/cases/${c.id}/events`).send(EXTEND).expect(400);
    expect(noKey.body.detail).toBe('Header Idempotency-Key ontbreekt');
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });
});
