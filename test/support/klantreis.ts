/**
 * A Jeugdwet voorziening granted through the klantreis over HTTP, for the end-to-end scenarios: a new inwoner
 * who consents to sharing with the aanbieder, an intake, and the intake's events from triage to the inzet (which
 * makes the voorziening a record and opens its herindicatie).
 */
import { startOfLocalDay } from '@regie/calendar';
import type { AgentFor, Api } from './api-harness';

/** A deadline as the case view shows it. */
export interface Deadline {
  key: string;
  dueDate: string;
  status: string;
}

/** `hour` o'clock in Amsterdam on `date`. */
export const local = (date: string, hour: number) =>
  new Date(startOfLocalDay(date).getTime() + hour * 3_600_000);

/** A periodic job's run, as the answer of a clock move reports it. */
export interface PeriodicRun {
  job: string;
  at: string;
  ok: boolean;
  summary: string;
}

/**
 * Advances the manual clock as `agent` to `at`, which must lie ahead of the API's now; answers what fired and
 * which periodic jobs ran on the way.
 */
export async function advanceTo(
  api: Api,
  agent: AgentFor,
  at: Date,
): Promise<{ now: string; fired: number; periodicRuns: PeriodicRun[] }> {
  const now = new Date((await api.http.get('/api/v1/clock').expect(200)).body.now);
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  expect(seconds).toBeGreaterThan(0);
  return (
    await agent
      .post('/api/v1/clock/advance')
      .send({ by: `PT${seconds}S` })
      .expect(200)
  ).body;
}

/** The case `id` as `agent` sees it. */
export const caseView = async (agent: AgentFor, id: string) =>
  (await agent.get(`/api/v1/cases/${id}`).expect(200)).body;

/** The deadline `key` of the case `id` as `agent` sees it. */
export const deadlineOf = async (agent: AgentFor, id: string, key: string): Promise<Deadline> =>
  (await caseView(agent, id)).deadlines.find((d: Deadline) => d.key === key);

export interface JeugdwetVoorziening {
  /** the inwoner's name and, for a youth, birth date */
  name: string;
  birthDate?: string;
  /** who gives the consent to share with the aanbieder */
  grantedBy: string;
  /** the intake's life area */
  lifeArea: string;
  product: string;
  aanbieder: string;
  volume: { aantal: number; eenheid: string };
  /** whole eurocents per unit, as the inzet names it; absent: none */
  tarief?: { centen: number; eenheid: 'uur' | 'week' | 'etmaal' | 'stuk' };
  startdatum: string;
  einddatum: string;
}

/** Plays the klantreis as `agent`; answers the inwoner's id and the intake's. */
export async function jeugdwetVoorziening(
  agent: AgentFor,
  v: JeugdwetVoorziening,
): Promise<{ subjectId: string; intakeId: string }> {
  const subjectId = (
    await agent
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: v.name, ...(v.birthDate ? { birthDate: v.birthDate } : {}) })
      .expect(201)
  ).body.id;
  await agent
    .post(`/api/v1/subjects/${subjectId}/consents`)
    .send({ scope: 'aanbieder', grantedTo: v.aanbieder, grantedBy: v.grantedBy })
    .expect(201);
  const intakeId = (
    await agent
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId,
        input: { channel: 'inwoner_zelf', lifeAreas: [v.lifeArea], laws: ['Jeugdwet'] },
      })
      .expect(201)
  ).body.id;
  for (const event of [
    { type: 'TRIAGE_GESTART' },
    { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
    { type: 'AANVRAAG_INGEDIEND', laws: ['Jeugdwet'], voorziening: v.product },
    { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Jeugdwet art. 2.3' },
    {
      type: 'INZET_GESTART',
      product: v.product,
      aanbieder: v.aanbieder,
      volume: v.volume,
      ...(v.tarief ? { tarief: v.tarief } : {}),
      startdatum: v.startdatum,
      einddatum: v.einddatum,
    },
  ]) {
    const res = await agent.event(intakeId, event);
    if (res.status !== 200) throw new Error(`${event.type}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { subjectId, intakeId };
}
