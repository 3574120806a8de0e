/**
 * The families: each is one repository query whose rows several indicators read. The same family object must be
 * used by all of them, so the report runs its query once.
 */
import { addDays, localDate, startOfLocalDay } from '@regie/calendar';
import { familie } from './familie';
import * as lees from './lezen';

const telling = (soort: lees.TellingSoort) =>
  familie(soort, (repo, db, from, to) => lees.telling(repo, db, soort, from, to));

export const MELDINGEN = telling('meldingen');
export const VERWEZEN = telling('verwezen');
export const LOPEND = telling('lopendeVoorzieningen');
export const VERSTREKT = telling('verstrekt');
export const TOEGEKEND = telling('toegekend');
export const WGS = telling('wgs');

export const TERMIJNEN = familie('termijnen', (repo, db, from, to) => lees.termijnen(repo, db, from, to));
export const DOORLOOPTIJD = familie('doorlooptijd', (repo, db, from, to) =>
  lees.doorlooptijd(repo, db, from, to),
);
export const AVE = familie('ave', (repo, db, from, to) => lees.ave(repo, db, from, to));
export const TRANSITIE18 = familie('transitie18', (repo, db, from, to) =>
  lees.transitie18(repo, db, from, to),
);
export const DOORBRAAK_STAND = familie('doorbraakStand', (repo, db, from, to) =>
  lees.doorbraakStand(repo, db, from, to),
);

/** The instants of the period for the reads that take instants ([start of from, start of the day after to)). */
const instants = (from: string, to: string) =>
  [startOfLocalDay(from), startOfLocalDay(addDays(to, 1))] as const;

/** The doorbraak figures (3.4A.1, 3.4B.1, the realised savings) in one family. */
export const DOORBRAAK = familie('doorbraak', async (repo, db, from, to) => {
  const [van, tot] = instants(from, to);
  // one after the other: they share the family's one connection
  const jeugd = await lees.doorbraakMetWet(repo, db, 'Jeugdwet', van, tot);
  const wmo = await lees.doorbraakMetWet(repo, db, 'Wmo', van, tot);
  return { jeugd, wmo, besparingen: await lees.doorbraakBesparingen(repo, db, van, tot) };
});

/** Beschermd wonen: 3.4C.1 (flow) and the wachtlijst at the end of the period's last day (3.4C.2). */
export const BESCHERMD_WONEN = familie('beschermdWonen', async (repo, db, from, to) => {
  const [van, tot] = instants(from, to);
  const naarBw = await lees.transitie18NaarBeschermdWonen(repo, db, van, tot);
  return {
    naarBw,
    wachtlijst: await lees.bwWachtlijstAantal(repo, db, localDate(new Date(tot.getTime() - 1))),
  };
});
