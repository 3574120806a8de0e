/**
 * A case's deadlines as its view shows them (caseDeadlines): of the rows under one key, the newest counts and each
 * earlier one names the row that replaced it. Plain rows, no database.
 */
import { decl, loaded, now } from './step.fixtures';
import { caseDeadlines } from './view';

const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('caseDeadlines', () => {
  it('marks a missed acceptance term replaced by the term of the next receiver under the same key', () => {
    const gemist = loaded(decl('regie_acceptatie', 1), {
      id: 'd1',
      status: 'missed',
      missed_at: later(60),
    });
    const nieuw = loaded(decl('regie_acceptatie', 1, '2026-03-10T08:00:00Z'), {
      id: 'd2',
      created_at: later(120),
    });
    const review = loaded(decl('periodieke_review', 4), { id: 'd3' });
    expect(caseDeadlines([gemist, nieuw, review]).map((d) => [d.id, d.huidig, d.vervangenDoor])).toEqual([
      ['d1', false, 'd2'],
      ['d2', true, null],
      ['d3', true, null],
    ]);
  });

  it('takes the pending row as the current one, also when both were created at the same moment', () => {
    const vervallen = loaded(decl('regie_acceptatie', 1), {
      id: 'b',
      status: 'cancelled',
      cancelled_at: now,
    });
    const lopend = loaded(decl('regie_acceptatie', 1), { id: 'a' });
    const view = caseDeadlines([lopend, vervallen]);
    expect(view.find((d) => d.id === 'a')).toMatchObject({ huidig: true, vervangenDoor: null });
    expect(view.find((d) => d.id === 'b')).toMatchObject({ huidig: false, vervangenDoor: 'a' });
  });

  it('chains three rows of one key, each to the one after it, the newest current', () => {
    const een = loaded(decl('k', 1), { id: 'x1', status: 'missed', missed_at: later(1) });
    const twee = loaded(decl('k', 1), {
      id: 'x2',
      status: 'cancelled',
      created_at: later(2),
      cancelled_at: later(3),
    });
    const drie = loaded(decl('k', 1), { id: 'x3', status: 'met', created_at: later(4), met_at: later(5) });
    expect(caseDeadlines([drie, een, twee]).map((d) => [d.id, d.vervangenDoor])).toEqual([
      ['x3', null],
      ['x1', 'x2'],
      ['x2', 'x3'],
    ]);
  });
});
