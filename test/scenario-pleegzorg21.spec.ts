/**
 * Pleegzorg to 21 end to end through HTTP with the manual clock: pleegzorg continues by default to 21 (Jeugdwet
 * art. 1.1, since 1 July 2018). A foster youth of 16 years and 5 months gets netwerkpleegzorg through the intake;
 * the voorziening becomes a record, the daily scan enrols the youth at 16.5 as pleegzorg (recognised by the
 * product name), the switch is on the 21st birthday with the milestones that prepare it moved along, the practical
 * matters stay at 17.75, nothing switches at 18, and at 21 the pleegzorg ends the day before the birthday.
 */
import { Clock, Engine } from '@regie/engine';
import { SystemDatabase, VoorzieningenRepository } from '@regie/persistence';
import { Transitie18Inschrijving } from '@regie/sociaal-domein';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import * as klantreis from './support/klantreis';
import type { Deadline } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let scan: Transitie18Inschrijving;

// Born 2 October 2009: 16.5 on 2026-04-02, 17.75 on 2027-07-02, 18 on 2027-10-02, 19.5 on 2029-04-02,
// 20 on 2029-10-02, 20.5 on 2030-04-02, 21 on 2030-10-02, 21.25 on 2031-01-02.
const BIRTH = '2009-10-02';
/** the decision runs past the 21st birthday: the law ends the pleegzorg the day before it all the same */
const EINDDATUM = '2031-12-31';

let youth: string;
let transitieId: string;

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  scan = new Transitie18Inschrijving(
    api.app.get(Engine),
    api.app.get(SystemDatabase).handle,
    api.app.get(VoorzieningenRepository),
    api.app.get(Clock),
  );
});
afterAll(async () => {
  await api.close();
});

const advanceTo = (at: Date) => klantreis.advanceTo(api, intaker, at);
const view = (id: string) => klantreis.caseView(intaker, id);
const deadline = (id: string, key: string) => klantreis.deadlineOf(intaker, id, key);
const { local } = klantreis;

describe('a foster youth keeps pleegzorg to 21', () => {
  it('the inzet of netwerkpleegzorg makes it a Jeugdwet voorziening of the youth', async () => {
    ({ subjectId: youth } = await klantreis.jeugdwetVoorziening(intaker, {
      name: 'Pleegjongere',
      birthDate: BIRTH,
      grantedBy: 'jongere en voogd',
      lifeArea: 'opvoeding',
      product: 'netwerkpleegzorg',
      aanbieder: 'Pleegzorg Twente',
      volume: { aantal: 7, eenheid: 'etmaal per week' },
      startdatum: '2026-03-02',
      einddatum: EINDDATUM,
    }));

    await api.drained();
    const items = (await intaker.get(`/api/v1/subjects/${youth}/voorzieningen`).expect(200)).body.items;
    expect(items).toEqual([
      expect.objectContaining({
        wet: 'Jeugdwet',
        product: 'netwerkpleegzorg',
        einddatum: EINDDATUM,
        ggz: false,
        actief: true,
      }),
    ]);
  });

  it('at 16.5 the daily scan enrols the youth as pleegzorg: the switch is on the 21st birthday', async () => {
    // the move runs the scan at 05:00 on the way; on the day of 16.5 it enrols
    const move = await advanceTo(local('2026-04-02', 6));
    expect(move.periodicRuns.filter((r) => r.job === 'transitie18-scan').at(-1)).toEqual({
      job: 'transitie18-scan',
      at: new Date('2026-04-02T05:00:00+02:00').toISOString(),
      ok: true,
      summary: '1 gevonden, 1 ingeschreven, 0 overgeslagen',
    });
    expect(await scan.scan()).toEqual({ gevonden: 0, ingeschreven: 0, overgeslagen: 0 });
    const cases = (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${youth}`).expect(200))
      .body;
    expect(cases.items).toHaveLength(1);
    transitieId = cases.items[0].id;
    const c = await view(transitieId);
    expect(c).toMatchObject({ state: 'voorbereiding', regie: { holder: 'intaker1' } });
    expect(c.context.jeugdVoorziening).toMatchObject({
      product: 'netwerkpleegzorg',
      ggz: false,
      pleegzorg: true,
      einddatum: EINDDATUM,
    });
    const due = Object.fromEntries(c.deadlines.map((d: Deadline) => [d.key, d.dueDate]));
    expect(due).toEqual({
      mijlpaal_toekomstplan_gestart: '2029-04-02',
      mijlpaal_toekomstplan_afgesproken: '2029-10-02',
      mijlpaal_aanvragen_ingediend: '2030-04-02',
      mijlpaal_praktische_zaken_geregeld: '2027-07-02',
      mijlpaal_overgang_18: '2030-10-02',
      mijlpaal_nazorg: '2031-01-02',
    });
  });

  it('nothing switches at 18: the case is still preparing, the pleegzorg runs on', async () => {
    await advanceTo(local('2027-10-03', 12));
    const c = await view(transitieId);
    expect(c.state).toBe('voorbereiding');
    expect(c.context.jeugdwetVoorzieningBeeindigdOp).toBeNull();
    expect(await deadline(transitieId, 'mijlpaal_praktische_zaken_geregeld')).toMatchObject({
      dueDate: '2027-07-02',
      status: 'missed',
    });
    expect(await deadline(transitieId, 'mijlpaal_overgang_18')).toMatchObject({
      dueDate: '2030-10-02',
      status: 'pending',
    });
    const refused = await intaker.event(transitieId, { type: 'NAZORG_UITGEVOERD' }).expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
    expect(refused.body.detail).toBe('De nazorg volgt na de overgang op de 21e verjaardag (2030-10-02).');
  });

  // a move of years runs each morning's periodic jobs on the way: slow for a test (11-17 s alone here)
  it('21: the switch fires on the birthday; the pleegzorg ended the day before', async () => {
    await advanceTo(local('2030-10-02', 23));
    expect((await view(transitieId)).state).toBe('voorbereiding');
    expect(await deadline(transitieId, 'mijlpaal_overgang_18')).toMatchObject({
      dueDate: '2030-10-02',
      status: 'pending',
    });
    await advanceTo(local('2030-10-03', 1));
    const c = await view(transitieId);
    expect(c.state).toBe('nazorg');
    expect(c.context.jeugdwetVoorzieningBeeindigdOp).toBe('2030-10-01');
    expect(await deadline(transitieId, 'mijlpaal_nazorg')).toMatchObject({
      dueDate: '2031-01-02',
      status: 'pending',
    });
  }, 120_000);

  it('a start that marks jeugd-ggz as pleegzorg is refused as problem+json', async () => {
    const res = await intaker.post('/api/v1/cases').send({
      workflow: 'transitie18',
      subjectId: youth,
      input: {
        birthDate: BIRTH,
        jeugdVoorziening: {
          product: 'jeugd-ggz behandeling',
          aanbieder: 'GGZ Jeugd Twente',
          startdatum: '2026-03-02',
          ggz: true,
          pleegzorg: true,
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
    expect(res.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'input.jeugdVoorziening.pleegzorg' }),
    ]);
  });
});
