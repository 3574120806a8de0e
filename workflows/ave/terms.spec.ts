import { closeDisappearedAs, deadlines } from './terms';
import {
  BESTUURLIJK,
  CASUSREGISSEUR,
  PROCESMANAGER,
  SPOEDTEAM,
  START_AT,
  basisInput,
  opschalen,
  play,
  start,
} from './test-helpers';

const op3 = opschalen(3, SPOEDTEAM);
const OP_AT = '2026-03-10T10:00:00.000Z';

describe('ave deadlines', () => {
  it('runs none at level 1', () => {
    expect(deadlines(start())).toEqual([]);
  });

  it('opschalen to 3: the acceptance term of 2 werkdagen from the opschalen, and the 4-weekly review', () => {
    const s = play(start(), [op3], OP_AT);
    expect(deadlines(s)).toEqual([
      {
        key: 'regie_acceptatie',
        name: 'Acceptatie regie niveau 3',
        law: 'AVE-werkafspraak',
        escalateTo: 'teamleider',
        anchor: OP_AT,
        term: { amount: 2, unit: 'werkdagen' },
        atw: true,
        party: 'gemeente',
      },
      {
        key: 'periodieke_review',
        name: 'Periodieke review niveau 3',
        anchor: OP_AT,
        term: { amount: 4, unit: 'weeks' },
        atw: false,
        party: 'gemeente',
      },
    ]);
    const accepted = play(s, [{ type: 'REGIE_GEACCEPTEERD', actor: SPOEDTEAM }], '2026-03-11T10:00:00.000Z');
    expect(deadlines(accepted).map((d) => d.key)).toEqual(['periodieke_review']);
    expect(closeDisappearedAs(accepted, 'regie_acceptatie')).toBe('met');
    const af = play(s, [{ type: 'AFSCHALEN', reden: 'toch niet' }]);
    expect(closeDisappearedAs(af, 'regie_acceptatie')).toBe('cancelled');
  });

  it.each([
    [2, { amount: 3, unit: 'months' }],
    [3, { amount: 4, unit: 'weeks' }],
    [4, { amount: 1, unit: 'weeks' }],
  ] as const)('reviews level %i every %o by default', (startLevel, term) => {
    const s = start({ ...basisInput, startLevel, regisseur: CASUSREGISSEUR, procesregisseur: PROCESMANAGER });
    const review = deadlines(s).find((d) => d.key === 'periodieke_review');
    expect(review).toMatchObject({ anchor: START_AT, term, atw: false });
  });

  it('moves the review anchor to the review, and to the level change', () => {
    const s = start({ ...basisInput, startLevel: 2, regisseur: CASUSREGISSEUR });
    const r = play(
      s,
      [{ type: 'REVIEW_UITGEVOERD', besluit: 'handhaven', toelichting: 'plan loopt' }],
      OP_AT,
    );
    expect(deadlines(r)).toEqual([expect.objectContaining({ key: 'periodieke_review', anchor: OP_AT })]);
    const up = play(
      r,
      [
        {
          type: 'OPSCHALEN',
          naarNiveau: 4,
          reden: 'acute onveiligheid',
          criteria: ['veiligheid'],
          ontvanger: BESTUURLIJK,
          procesregisseur: PROCESMANAGER,
        },
      ],
      '2026-04-01T08:00:00.000Z',
    );
    expect(deadlines(up).find((d) => d.key === 'periodieke_review')).toMatchObject({
      anchor: '2026-04-01T08:00:00.000Z',
      term: { amount: 1, unit: 'weeks' },
    });
  });

  it('keeps a missed review declared with its anchor (recorded once) until the next review re-arms it', () => {
    const s = start({ ...basisInput, startLevel: 2, regisseur: CASUSREGISSEUR });
    const missed = play(s, [
      { type: 'DEADLINE_DUE', key: 'periodieke_review', at: '2026-06-03T00:00:00.000Z' },
    ]);
    expect(deadlines(missed)).toEqual(deadlines(s));
    const done = play(missed, [{ type: 'REVIEW_UITGEVOERD', besluit: 'handhaven', toelichting: 'x' }], OP_AT);
    expect(deadlines(done)[0].anchor).toBe(OP_AT);
  });

  it('follows a changed review interval of the running level; a pending acceptance keeps its term', () => {
    const s = play(start(), [op3], OP_AT);
    const t = play(s, [
      {
        type: 'CONFIGURATIE_GEWIJZIGD',
        config: {
          niveaus: {
            '3': {
              reviewinterval: { amount: 2, unit: 'weeks' },
              acceptatietermijn: { amount: 5, unit: 'werkdagen' },
            },
          },
        },
      },
    ]);
    expect(deadlines(t).map((d) => [d.key, d.term])).toEqual([
      ['regie_acceptatie', { amount: 2, unit: 'werkdagen' }],
      ['periodieke_review', { amount: 2, unit: 'weeks' }],
    ]);
    expect(closeDisappearedAs(t, 'periodieke_review')).toBe('cancelled');
  });

  it('runs nothing once closed', () => {
    expect(deadlines(play(start(), [{ type: 'AFGESLOTEN', reden: 'klaar' }]))).toEqual([]);
  });
});
