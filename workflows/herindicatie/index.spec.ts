import { initialTransition, transition } from 'xstate';
import { closeDisappearedAs, deadlines, explainRejection, herindicatie, projection } from './index';
import { herindicatieMachine } from './machine';
import type { HerindicatieEvent, HerindicatieInput } from './machine';

const AT = '2026-03-02T09:00:00.000Z';
const input: HerindicatieInput = {
  voorzieningId: '5b0f1e3e-6d1f-4c49-9d7e-3f3c1a2b4c5d',
  wet: 'Jeugdwet',
  product: 'jeugd-ggz behandeling',
  einddatum: '2027-09-30',
  eigenaar: 'intaker1',
};
const start = (i: HerindicatieInput = input) =>
  initialTransition(herindicatieMachine, {
    caseId: 'c',
    subjectId: 's',
    at: AT,
    actor: 'system',
    input: i,
  })[0];
const send = (s: ReturnType<typeof start>, e: Record<string, unknown>) =>
  transition(herindicatieMachine, s, { at: AT, actor: 'intaker1', ...e } as HerindicatieEvent)[0];

describe('herindicatie', () => {
  it('opens 8 weeks before the end and is due 2 weeks before it, escalating to the teamleider', () => {
    const s = start();
    expect(s.context).toMatchObject({ openDatum: '2027-08-05', uiterlijkDatum: '2027-09-16' });
    expect(projection(s)).toEqual({ openDatum: '2027-08-05', signaleringsDatum: '2027-09-16' });
    expect(deadlines(s)).toEqual([
      {
        key: 'herindicatie',
        name: 'Herindicatie jeugd-ggz behandeling (Jeugdwet, einddatum 30 september 2027)',
        anchor: '2027-08-04T12:00:00.000Z',
        term: { amount: 43, unit: 'days' },
        atw: false,
        party: 'gemeente',
        remindBefore: { amount: 42, unit: 'days' },
        escalateTo: 'teamleider',
      },
    ]);
  });

  it('takes other weeks per voorziening, and refuses an escalation before the opening', () => {
    const s = start({ ...input, openenWekenVoorEinde: 12, escalatieWekenVoorEinde: 4 });
    expect(s.context).toMatchObject({ openDatum: '2027-07-08', uiterlijkDatum: '2027-09-02' });
    expect(
      herindicatie.input.safeParse({ ...input, openenWekenVoorEinde: 2, escalatieWekenVoorEinde: 2 }).success,
    ).toBe(false);
    expect(herindicatie.input.safeParse({ ...input, einddatum: '2027-02-30' }).success).toBe(false);
  });

  it('records the escalation, stays open, and closes as met when done', () => {
    const due = send(start(), { type: 'DEADLINE_DUE', key: 'herindicatie' });
    expect(due.value).toBe('lopend');
    expect(due.context.geescaleerdOp).toBe(AT);
    const done = send(due, {
      type: 'HERINDICATIE_AFGEROND',
      uitkomst: 'verlengd',
      nieuweEinddatum: '2028-09-30',
    });
    expect(done.value).toBe('afgerond');
    expect(deadlines(done)).toEqual([]);
    expect(closeDisappearedAs(done, 'herindicatie')).toBe('met');
  });

  it('lapses with its voorziening (cancelled), and explains refusals in Dutch', () => {
    const lapsed = send(start(), { type: 'VERVALLEN', reden: 'verhuisd naar een andere gemeente' });
    expect(closeDisappearedAs(lapsed, 'herindicatie')).toBe('cancelled');
    expect(explainRejection(lapsed, { type: 'HERINDICATIE_AFGEROND' })).toBe(
      'De herindicatie is vervallen; er kan niets meer worden vastgelegd.',
    );
    const s = start();
    const wrong = { type: 'HERINDICATIE_AFGEROND', uitkomst: 'beeindigd', nieuweEinddatum: '2028-01-01' };
    expect(send(s, wrong).value).toBe('lopend');
    expect(explainRejection(s, wrong)).toBe(
      'Bij een beëindigde voorziening hoort geen nieuwe einddatum; laat die weg.',
    );
  });
});
