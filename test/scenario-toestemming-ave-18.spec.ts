/**
 * Toestemming, a safety risk and the 18th birthday end to end through HTTP with the manual clock, each asserting
 * the record:
 * - a sister's melding (channel netwerk) waits for the inwoner's toestemming, and the case keeps who reported;
 * - a safety risk at triage without AVE details starts the household's AVE track at level 3, routed to the
 *   procesmanager when a child lives in the household (to the Spoedteam when none does), or raises the track that
 *   runs;
 * - the 18th birthday is recorded as reached on its date (deadline `met`, history MIJLPAAL_BEREIKT), never missed,
 *   while a milestone whose action was not done is missed; and the care that ends at 18 ends the Jeugdwet
 *   voorziening (einddatum the day before, no longer active), whose review of the later end lapses.
 */
import { localDate } from '@regie/calendar';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { advanceTo as advanceClock, caseView, jeugdwetVoorziening, local } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let pm: AgentFor;

interface Deadline {
  key: string;
  dueDate: string;
  status: string;
  metAt: string | null;
  missedAt: string | null;
}
interface Entry {
  type: string;
  data: Record<string, unknown>;
  actor: string;
  at: string;
}

// Monday 2 March 2026, 09:00 in Almelo.
beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  pm = await api.as('pm1', ['procesmanager'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

const view = (id: string) => caseView(intaker, id);
const historyOf = async (id: string): Promise<Entry[]> => {
  const body = (await intaker.get(`/api/v1/cases/${id}/history`).expect(200)).body;
  return body.items ?? body;
};
const advanceTo = (at: Date) => advanceClock(api, intaker, at);

async function subject(body: Record<string, unknown>): Promise<string> {
  return (await intaker.post('/api/v1/subjects').send(body).expect(201)).body.id;
}

async function melding(subjectId: string, input: Record<string, unknown>): Promise<string> {
  return (await intaker.post('/api/v1/cases').send({ workflow: 'intake', subjectId, input }).expect(201)).body
    .id;
}

/** Triage with a safety risk and no AVE details; answers the AVE case the engine linked to the melding. */
async function veiligheidsrisico(intakeId: string): Promise<string> {
  await intaker.event(intakeId, { type: 'TRIAGE_GESTART' }).expect(200);
  await intaker
    .event(intakeId, { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: true })
    .expect(200);
  await api.drained();
  const id = (await view(intakeId)).context.aveCaseId;
  expect(id).toEqual(expect.any(String));
  return id as string;
}

describe('a melding by the inwoner sister needs her consent', () => {
  it('refuses the netwerk melding until the inwoner consents, and records who reported', async () => {
    const inwoner = await subject({ kind: 'inwoner', name: 'Anna' });
    const input = {
      channel: 'netwerk',
      netwerkMelder: { relatie: 'familie', omschrijving: 'zus' },
      lifeAreas: ['huishouden', 'sociaal_netwerk'],
      laws: ['Wmo'],
    };
    const refused = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'intake', subjectId: inwoner, input })
      .expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'consent_required',
      detail:
        'De melding komt van een familielid (zus): de inwoner moet toestemming geven voordat diens situatie met de gemeente wordt gedeeld.',
    });
    // a netwerk melding says who reported
    const zonder = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'intake', subjectId: inwoner, input: { ...input, netwerkMelder: undefined } });
    expect(zonder.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(zonder.body)).toContain('input.netwerkMelder');
    expect(
      (await intaker.get(`/api/v1/cases?workflow=intake&subjectId=${inwoner}`).expect(200)).body.items,
    ).toEqual([]);

    await intaker
      .post(`/api/v1/subjects/${inwoner}/consents`)
      .send({
        scope: 'melding',
        grantedTo: 'wijkteam Almelo',
        grantedBy: 'Anna',
        note: 'melding door haar zus',
      })
      .expect(201);
    const id = await melding(inwoner, input);
    const c = await view(id);
    expect(c.context.melding).toMatchObject({
      channel: 'netwerk',
      netwerkMelder: { relatie: 'familie', omschrijving: 'zus' },
    });
    const [gestart] = await historyOf(id);
    expect(gestart).toMatchObject({
      type: 'CASE_GESTART',
      actor: 'intaker1',
      data: { input: expect.objectContaining({ channel: 'netwerk', netwerkMelder: input.netwerkMelder }) },
    });
  });
});

describe('a safety risk always reaches AVE', () => {
  it('starts the household AVE track at level 3, routed to the procesmanager when a child lives in it', async () => {
    const moeder = await subject({ kind: 'inwoner', name: 'Moeder', birthDate: '1990-06-01' });
    const kind = await subject({ kind: 'inwoner', name: 'Kind', birthDate: '2015-05-01' });
    const gezin = await subject({ kind: 'huishouden', name: 'Gezin', members: [moeder, kind] });
    const intakeId = await melding(moeder, {
      channel: 'inwoner_zelf',
      lifeAreas: ['huiselijke_relaties'],
      laws: ['Wmo'],
    });
    const aveId = await veiligheidsrisico(intakeId);
    const ave = await view(aveId);
    expect(ave).toMatchObject({
      workflow: 'ave',
      subjectId: gezin,
      state: 'niveau_3',
      aveLevel: 3,
      // until the procesmanager accepts, who triaged keeps regie: the case never has no holder
      regie: { holder: 'intaker1' },
      // routed to the role: any procesmanager accepts it
      regieOntvanger: null,
      regieOntvangerRol: 'procesmanager',
    });
    expect(ave.context).toMatchObject({ kinderenInHuishouden: true, intakeCaseIds: [intakeId] });
    expect(ave.context.path).toEqual([
      expect.objectContaining({
        soort: 'start',
        to: 3,
        reden: 'Veiligheidsrisico bij triage',
        criteria: ['veiligheid'],
        holder: null,
        acceptatieNodig: true,
      }),
    ]);
    expect(ave.deadlines).toContainEqual(
      expect.objectContaining({ key: 'regie_acceptatie', status: 'pending' }),
    );
    const accepted = await pm.event(aveId, { type: 'REGIE_GEACCEPTEERD' }).expect(200);
    expect(accepted.body.regie).toEqual({ role: 'procesmanager', holder: 'pm1' });
  });

  it('routes to the Spoedteam for an inwoner alone without children', async () => {
    const alleen = await subject({ kind: 'inwoner', name: 'Alleen', birthDate: '1970-01-10' });
    const aveId = await veiligheidsrisico(
      await melding(alleen, { channel: 'inwoner_zelf', lifeAreas: ['veiligheid'], laws: ['Wmo'] }),
    );
    const ave = await view(aveId);
    expect(ave).toMatchObject({
      subjectId: alleen,
      aveLevel: 3,
      regieOntvanger: null,
      regieOntvangerRol: 'spoedteam',
    });
    expect(ave.context).toMatchObject({ kinderenInHuishouden: false });
  });

  it('raises the household track that runs to level 3 instead of starting a second one', async () => {
    const ouder = await subject({ kind: 'inwoner', name: 'Ouder', birthDate: '1980-02-02' });
    const gezin = await subject({ kind: 'huishouden', name: 'Gezin B', members: [ouder] });
    const running = (
      await intaker
        .post('/api/v1/cases')
        .send({ workflow: 'ave', subjectId: gezin, input: { kinderenInHuishouden: false } })
        .expect(201)
    ).body;
    expect(running.aveLevel).toBe(1);
    const intakeId = await melding(ouder, {
      channel: 'inwoner_zelf',
      lifeAreas: ['huiselijke_relaties'],
      laws: ['Wmo'],
    });
    expect(await veiligheidsrisico(intakeId)).toBe(running.id);
    const ave = await view(running.id);
    expect(ave).toMatchObject({ aveLevel: 3, state: 'niveau_3' });
    expect(ave.context.path.at(-1)).toMatchObject({
      soort: 'opschalen',
      from: 1,
      to: 3,
      reden: 'Veiligheidsrisico bij triage',
      criteria: ['veiligheid'],
      acceptatieNodig: true,
    });
    expect(ave.context.intakeCaseIds).toEqual([intakeId]);
    const cases = (await intaker.get(`/api/v1/cases?workflow=ave&subjectId=${gezin}`).expect(200)).body.items;
    expect(cases).toHaveLength(1);
  });
});

describe('the 18th birthday is reached, and ends the Jeugdwet voorziening', () => {
  // Born 20 March 2008: 18 on Friday 20 March 2026. The voorziening was granted to run a year.
  let youth: string;
  let transitieId: string;
  let voorzieningId: string;
  let herindicatieId: string;

  it('enrols the youth with the voorziening record at the inzet', async () => {
    ({ subjectId: youth } = await jeugdwetVoorziening(intaker, {
      name: 'Jongere',
      birthDate: '2008-03-20',
      grantedBy: 'jongere',
      lifeArea: 'opvoeding',
      product: 'jeugdbegeleiding',
      aanbieder: 'Zorgaanbieder Twente',
      volume: { aantal: 2, eenheid: 'uur per week' },
      startdatum: '2026-03-02',
      einddatum: '2027-03-01',
    }));
    await api.drained();
    const items = (await intaker.get(`/api/v1/subjects/${youth}/voorzieningen`).expect(200)).body.items;
    expect(items).toEqual([expect.objectContaining({ einddatum: '2027-03-01', actief: true })]);
    voorzieningId = items[0].id;
    herindicatieId = items[0].herindicatieCaseId;
    expect(herindicatieId).toEqual(expect.any(String));
    const cases = (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${youth}`).expect(200))
      .body;
    expect(cases.items).toHaveLength(1);
    transitieId = cases.items[0].id;
    const c = await view(transitieId);
    expect(c.context.jeugdVoorziening.id).toBe(voorzieningId);
    expect(c.deadlines.find((d: Deadline) => d.key === 'mijlpaal_overgang_18')).toMatchObject({
      dueDate: '2026-03-20',
      status: 'pending',
    });
  });

  it('refuses to suspend or extend the birthday: it comes whatever anyone does', async () => {
    const refused = await intaker
      .event(transitieId, {
        type: 'TERMIJN_VERLENGEN',
        key: 'mijlpaal_overgang_18',
        reden: 'wachten op het CIZ',
        met: { amount: 2, unit: 'weeks' },
      })
      .expect(422);
    expect(refused.body.detail).toBe(
      "'Overgang 18 jaar: einde Jeugdwet-voorziening' is een mijlpaal die op 2026-03-20 vanzelf wordt bereikt; die kan niet worden opgeschort of verlengd",
    );
  });

  it('records the 18th birthday as reached on its date, never as a missed term', async () => {
    await advanceTo(local('2026-03-21', 2));
    const c = await view(transitieId);
    expect(c.state).toBe('nazorg');
    const overgang: Deadline = c.deadlines.find((d: Deadline) => d.key === 'mijlpaal_overgang_18');
    expect(overgang).toMatchObject({ dueDate: '2026-03-20', status: 'met', missedAt: null });
    expect(localDate(new Date(overgang.metAt!))).toBe('2026-03-20');
    expect(c.context.mijlpalen.overgang_18).toMatchObject({ datum: '2026-03-20', verstrekenOp: null });
    expect(c.context.jeugdwetVoorzieningBeeindigdOp).toBe('2026-03-19');

    const history = await historyOf(transitieId);
    expect(history.filter((h) => h.data.key === 'mijlpaal_overgang_18')).toEqual([
      expect.objectContaining({
        type: 'MIJLPAAL_BEREIKT',
        actor: 'system',
        data: expect.objectContaining({
          key: 'mijlpaal_overgang_18',
          law: 'Jeugdwet art. 1.1',
          dueDate: '2026-03-20',
          bereiktOp: '2026-03-20',
        }),
      }),
    ]);
    const notes = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    expect(notes).toContainEqual(
      expect.objectContaining({
        kind: 'mijlpaal_bereikt',
        caseId: transitieId,
        message: 'Mijlpaal Overgang 18 jaar: einde Jeugdwet-voorziening is bereikt op 2026-03-20',
      }),
    );
    expect(notes).not.toContainEqual(
      expect.objectContaining({ kind: 'termijn_verstreken', caseId: transitieId }),
    );
  });

  it('ends the Jeugdwet voorziening the day before the birthday; its review of the later end lapses', async () => {
    await api.drained();
    const items = (await intaker.get(`/api/v1/subjects/${youth}/voorzieningen`).expect(200)).body.items;
    expect(items).toEqual([
      expect.objectContaining({ id: voorzieningId, einddatum: '2026-03-19', actief: false }),
    ]);
    const review = await view(herindicatieId);
    expect(review).toMatchObject({ state: 'vervallen', status: 'done' });
    const vervallen = (await historyOf(herindicatieId)).find((h) => h.type === 'VERVALLEN');
    expect(vervallen).toMatchObject({
      actor: 'system',
      data: {
        reden: 'Overgang 18 jaar: einde jeugdhulp (Jeugdwet art. 1.1): de voorziening eindigt op 2026-03-19',
      },
    });
  });

  it('a milestone whose action was not done is the one that is missed', async () => {
    // the practical matters were due 4 weeks after the late enrolment (catch-up) and nobody recorded them
    await advanceTo(local('2026-03-31', 2));
    const c = await view(transitieId);
    expect(c.deadlines.find((d: Deadline) => d.key === 'mijlpaal_praktische_zaken_geregeld')).toMatchObject({
      dueDate: '2026-03-30',
      status: 'missed',
    });
    expect(c.context.mijlpalen.praktische_zaken_geregeld.verstrekenOp).toEqual(expect.any(String));
    const types = (await historyOf(transitieId))
      .filter((h) => h.data.key === 'mijlpaal_praktische_zaken_geregeld')
      .map((h) => h.type);
    expect(types).toEqual(['TERMIJN_VERSTREKEN']);
  });
});
