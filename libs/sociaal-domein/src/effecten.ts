/**
 * Two effects of the journeys that need the domain's records (issue #11):
 * - `aveBijVeiligheidsrisico`: a triage saw a safety risk without AVE details. The household's AVE track starts at
 *   level 3 (or is raised to it): the huishouden the inwoner belongs to (the inwoner alone when none), with
 *   children when one of its members is under 18 on the triage's date, or the melding concerns the Jeugdwet. With
 *   children the level's role is the procesmanager (JOURNEYS.md section 2). Carried out as `ensureCase` by the
 *   engine's EffectRunner under the same outbox id, so its steps stay idempotent.
 * - `beeindigVoorziening`: the 18-/18+ switch ended the Jeugdwet care; the voorziening gets that last day (never a
 *   later one) and is no longer active, and its herindicatie review of a later end lapses (VERVALLEN).
 * - `systeemsignaal`: a doorbraak closed naming what blocked the household; recorded once per case for beleid.
 * All run at least once: every step is idempotent. Nothing personal is logged.
 */
import { localDate } from '@regie/calendar';
import { type Actor, type EffectHandlerMap, EffectRunner, type Engine, EngineError } from '@regie/engine';
import {
  HuishoudensRepository,
  SysteemsignalenRepository,
  VoorzieningenRepository,
} from '@regie/persistence';
import type {
  AveBijVeiligheidsrisicoEffect,
  BeeindigVoorzieningEffect,
  SysteemsignaalEffect,
} from '@regie/workflows/workflow';
import type { DataSource } from 'typeorm';
import { laatsteGeboortedatum } from './leeftijd';

/** Cases changed on someone's behalf act with the rights of a professional who works cases. */
const SYSTEM_ROLES = ['intaker', 'procesmanager', 'teamleider'] as const;

export class AveBijVeiligheidsrisico {
  private readonly huishoudens: HuishoudensRepository;
  private readonly runner: EffectRunner;

  constructor(engine: Engine, db: DataSource) {
    this.huishoudens = new HuishoudensRepository(db);
    this.runner = new EffectRunner(engine, db);
  }

  async run(outboxId: string, p: Parameters<EffectRunner['run']>[1], e: AveBijVeiligheidsrisicoEffect) {
    const huishouden = await this.huishoudens.vanSubject(p.gemeente, e.subjectId);
    if (!huishouden) throw new Error(`subject ${e.subjectId} niet gevonden voor het AVE-traject`);
    // under 18 on the triage's date: born after the latest birth date that has reached 18 by then
    const kinderen =
      e.kinderenUitMelding ||
      (await this.huishoudens.heeftGeborenNa(
        p.gemeente,
        huishouden.members,
        laatsteGeboortedatum(localDate(new Date(e.at)), 18),
      ));
    await this.runner.run(outboxId, {
      ...p,
      effect: {
        ...e.ensure,
        type: 'ensureCase',
        subjectId: huishouden.id,
        start: { ...e.ensure.start, kinderenInHuishouden: kinderen },
      },
    });
  }
}

export class VoorzieningBeeindiging {
  private readonly voorzieningen: VoorzieningenRepository;

  constructor(
    private readonly engine: Engine,
    db: DataSource,
  ) {
    this.voorzieningen = new VoorzieningenRepository(db);
  }

  async run(p: Parameters<EffectRunner['run']>[1], e: BeeindigVoorzieningEffect): Promise<void> {
    const v = await this.voorzieningen.beeindig(p.gemeente, e.voorzieningId, e.einddatum);
    if (!v) throw new Error(`voorziening ${e.voorzieningId} niet gevonden om te beëindigen`);
    if (!v.herindicatieCaseId) return;
    // the review of an end that no longer comes lapses; one about this end or an earlier one stays
    const review = await this.engine.view(v.herindicatieCaseId, p.gemeente);
    const reviewEinde = (review.context as { einddatum?: unknown }).einddatum;
    if (review.status !== 'active' || typeof reviewEinde !== 'string' || reviewEinde <= v.einddatum) return;
    const actor: Actor = {
      id: 'system',
      gemeente: p.gemeente,
      roles: SYSTEM_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    try {
      await this.engine.dispatch({
        actor,
        caseId: v.herindicatieCaseId,
        event: { type: 'VERVALLEN', reden: `${e.reden}: de voorziening eindigt op ${v.einddatum}` },
        idempotencyKey: `beeindig:${e.voorzieningId}:${v.einddatum}`,
      });
    } catch (err) {
      if (!(err instanceof EngineError)) throw err; // closed meanwhile: nothing left to lapse
    }
  }
}

/** Records a closing doorbraak's systeemsignaal for beleid: once per case, however often the effect runs. */
export class SysteemsignaalRecorder {
  private readonly signalen: SysteemsignalenRepository;

  constructor(db: DataSource) {
    this.signalen = new SysteemsignalenRepository(db);
  }

  async run(p: Parameters<EffectRunner['run']>[1], e: SysteemsignaalEffect): Promise<void> {
    await this.signalen.record({
      gemeente: p.gemeente,
      caseId: p.caseId,
      soort: e.soort,
      signaal: e.signaal,
      voorstel: e.voorstel,
      at: new Date(e.at),
      actor: p.actor,
    });
  }
}

/** The handlers of these effects, by effect type, for the worker's EffectRunner. */
export function domeinEffects(
  engine: Engine,
  db: DataSource,
): Pick<EffectHandlerMap, 'aveBijVeiligheidsrisico' | 'beeindigVoorziening' | 'systeemsignaal'> {
  const ave = new AveBijVeiligheidsrisico(engine, db);
  const beeindiging = new VoorzieningBeeindiging(engine, db);
  const signalen = new SysteemsignaalRecorder(db);
  return {
    aveBijVeiligheidsrisico: (outboxId, p) => ave.run(outboxId, p, p.effect),
    beeindigVoorziening: (_outboxId, p) => beeindiging.run(p, p.effect),
    systeemsignaal: (_outboxId, p) => signalen.run(p, p.effect),
  };
}
