/**
 * Herindicatie end to end through HTTP: a herindicatie that extends a voorziening updates its
 * einddatum and opens the review of the new end; the herindicatie's leads (8 weeks to open, 2 weeks to the
 * teamleider) are the gemeente's to set, as the AVE rules are.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { jeugdwetVoorziening } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let admin: AgentFor;

interface Voorziening {
  caseId: string;
  einddatum: string;
  herindicatieCaseId: string | null;
}

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  admin = await api.as('admin1', ['admin'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

const view = async (id: string) => (await intaker.get(`/api/v1/cases/${id}`).expect(200)).body;

async function voorzieningen(inwoner: string): Promise<Voorziening[]> {
  return (await intaker.get(`/api/v1/subjects/${inwoner}/voorzieningen`).expect(200)).body.items;
}

/**
 * A Jeugdwet voorziening granted through the klantreis, ending on `einddatum`; answers the inwoner and the
 * herindicatie the voorziening opened.
 */
async function voorziening(einddatum: string): Promise<{ inwoner: string; herindicatie: string }> {
  const { subjectId: inwoner } = await jeugdwetVoorziening(intaker, {
    name: 'Inwoner',
    grantedBy: 'inwoner',
    lifeArea: 'opvoeding',
    product: 'jeugdhulp ambulant',
    aanbieder: 'Zorg Twente',
    volume: { aantal: 3, eenheid: 'uur per week' },
    startdatum: '2026-03-02',
    einddatum,
  });
  await api.drained();
  const [v] = await voorzieningen(inwoner);
  expect(v.herindicatieCaseId).toEqual(expect.any(String));
  const herindicatie = v.herindicatieCaseId!;
  return { inwoner, herindicatie };
}

describe('herindicatie after a verlenging', () => {
  it('a voorziening extended to 2027-12-31 gets its new end and a new review opening on 2027-11-05', async () => {
    const { inwoner, herindicatie: eerste } = await voorziening('2026-12-31');
    expect(await view(eerste)).toMatchObject({
      openDatum: '2026-11-05',
      signaleringsDatum: '2026-12-17',
    });

    await intaker
      .event(eerste, { type: 'HERINDICATIE_AFGEROND', uitkomst: 'verlengd', nieuweEinddatum: '2027-12-31' })
      .expect(200);
    await api.drained();
    const [v] = await voorzieningen(inwoner);
    expect(v).toMatchObject({ einddatum: '2027-12-31' });
    expect(v.herindicatieCaseId).not.toBe(eerste);
    const volgende = v.herindicatieCaseId!;
    const review = await view(volgende);
    expect(review).toMatchObject({
      workflow: 'herindicatie',
      state: 'lopend',
      regie: { holder: 'intaker1' },
    });
    expect(review).toMatchObject({ openDatum: '2027-11-05', signaleringsDatum: '2027-12-17' });
    expect(review.context).toMatchObject({ einddatum: '2027-12-31' });
    expect(review.deadlines).toEqual([
      expect.objectContaining({ key: 'herindicatie', dueDate: '2027-12-17', status: 'pending' }),
    ]);
    expect((await view(eerste)).state).toBe('afgerond');
  });

  it('refuses a verlenging without a later einddatum, in words', async () => {
    const { herindicatie: id } = await voorziening('2026-12-31');
    const res = await intaker
      .event(id, { type: 'HERINDICATIE_AFGEROND', uitkomst: 'verlengd', nieuweEinddatum: '2026-06-30' })
      .expect(422);
    expect(JSON.stringify(res.body)).toMatch(/2026-12-31/);
  });
});

describe('herindicatie terms as the gemeente sets them', () => {
  it('opens 10 weeks before the end (2026-10-22) and alerts the teamleider 3 weeks before it (2026-12-10)', async () => {
    await admin
      .put('/api/v1/admin/config/herindicatie')
      .send({ config: { openenWekenVoorEinde: 10, escalatieWekenVoorEinde: 3 } })
      .expect(200);
    expect(
      (
        await admin
          .put('/api/v1/admin/config/herindicatie')
          .send({ config: { openenWekenVoorEinde: 2, escalatieWekenVoorEinde: 2 } })
      ).status,
    ).toBe(400);
    const { herindicatie: id } = await voorziening('2026-12-31');
    const review = await view(id);
    expect(review).toMatchObject({ openDatum: '2026-10-22', signaleringsDatum: '2026-12-10' });
    expect(review.context).toMatchObject({ openenWekenVoorEinde: 10, escalatieWekenVoorEinde: 3 });
    expect(review.deadlines[0]).toMatchObject({ dueDate: '2026-12-10' });
  });
});
