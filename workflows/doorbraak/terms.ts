/**
 * The doorbraak deadlines as data (JOURNEYS.md sections 3 and 5): `deadlines(snapshot)` declares what runs in a
 * snapshot and the engine arms it.
 *
 * - `besluit_<level>`: while the plan waits on a mandate level, from when it was submitted or voorgelegd to that
 *   level, for the decision term (5 werkdagen by default), with a reminder to the regisseur and to that level
 *   (`mandaat:<level>`), who decides. One key per level, so each level's term is its own record. When it passes, the next level up hears of it (escalateTo `mandaat:<next level>`) and
 *   the machine hands the plan to that level, whose own term starts then.
 * - `actie_<id>`: each open action, from when it was added to the end of its due date, with a reminder to the
 *   regisseur and the action's owner, who both hear when it passes; a passed one is recorded missed on the action
 *   and stays visible until it is done or cancelled.
 * - `evaluatie_<n>m`: each evaluation not yet recorded, n months after the approval (3 and 12 by default), from
 *   the approval until the case closes; a passed one is recorded missed and met late once recorded.
 */
import { daysBetween, localDate } from '@regie/calendar';
import type { SnapshotFrom } from 'xstate';
import type { DeadlineDeclaration } from '../workflow';
import { MANDAAT_ONTVANGER } from '../workflow';
import { niveau, volgendNiveau } from './config';
import type { DoorbraakMachine } from './machine';
import {
  actieKey,
  besluitKey,
  evaluatieKey,
  evaluatieKeyMaanden,
  openActies,
  openEvaluaties,
} from './machine';

export function deadlines(snapshot: SnapshotFrom<DoorbraakMachine>): DeadlineDeclaration[] {
  if (snapshot.status !== 'active') return [];
  const c = snapshot.context;
  const out: DeadlineDeclaration[] = [];
  const v = c.besluitVraag;
  if (snapshot.value === 'besluit' && v) {
    const volgend = volgendNiveau(c.config, v.voorgelegdAan);
    out.push({
      key: besluitKey(v.voorgelegdAan),
      name: `Besluit perspectiefplan (${niveau(c.config, v.voorgelegdAan)?.naam ?? v.voorgelegdAan})`,
      anchor: v.sinds,
      term: { ...c.config.besluittermijn },
      atw: false,
      party: 'gemeente',
      remindBefore: { ...c.config.besluitHerinnering },
      // the level it waits on decides, so that level is reminded too, not only the regisseur
      notify: [`${MANDAAT_ONTVANGER}${v.voorgelegdAan}`],
      ...(volgend ? { escalateTo: `${MANDAAT_ONTVANGER}${volgend.code}` as const } : {}),
    });
  }
  if (snapshot.value === 'uitvoering') {
    for (const a of openActies(c)) {
      out.push({
        key: actieKey(a.id),
        name: `Actie ${a.id}: ${a.omschrijving.slice(0, 80)}`,
        anchor: a.sinds,
        // to the end of the due date: the days from the day it was added
        term: { amount: Math.max(0, daysBetween(localDate(new Date(a.sinds)), a.uiterlijk)), unit: 'days' },
        atw: false,
        party: 'gemeente',
        remindBefore: { ...c.config.actieHerinnering },
        // the owner carries it out: they are reminded and hear when it is missed, beside the regisseur
        notify: [a.eigenaar],
      });
    }
  }
  if (c.goedkeuring && (snapshot.value === 'uitvoering' || snapshot.value === 'evaluatie')) {
    for (const m of openEvaluaties(c)) {
      out.push({
        key: evaluatieKey(m),
        name: `Evaluatie perspectiefplan na ${m} maanden`,
        anchor: c.goedkeuring.at,
        term: { amount: m, unit: 'months' },
        atw: false,
        party: 'gemeente',
      });
    }
  }
  return out;
}

/**
 * A decision term that disappears was met: its level decided or voorgelegd. An action's term is met when it was
 * done, cancelled when the action was. An evaluation's term is met when it was recorded, cancelled when the case
 * closed without it (the 12-month evaluation of a case closed after 3 months).
 */
export function closeDisappearedAs(
  snapshot: SnapshotFrom<DoorbraakMachine>,
  key: string,
): 'met' | 'cancelled' {
  const c = snapshot.context;
  const actie = c.acties.find((a) => actieKey(a.id) === key);
  if (actie) return actie.status === 'geannuleerd' ? 'cancelled' : 'met';
  const maanden = evaluatieKeyMaanden(key);
  if (maanden !== null) return c.evaluaties.some((e) => e.maanden === maanden) ? 'met' : 'cancelled';
  return 'met';
}
