/**
 * The effects of the journeys that need the domain's records:
 * - `aveBijVeiligheidsrisico`: a triage saw a safety risk without AVE details. The household's AVE track starts at
 *   level 3 (or is raised to it): the huishouden the inwoner belongs to (the inwoner alone when none), with
 *   children when one of its members is under 18 on the triage's date, or the melding concerns the Jeugdwet. With
 *   children the level's role is the procesmanager (JOURNEYS.md section 2). Carried out as `ensureCase` by the
 *   engine's EffectRunner under the same outbox id, so its steps stay idempotent.
 * - `beeindigVoorziening`: the 18-/18+ switch ended the Jeugdwet care; the voorziening gets that last day (never a
 *   later one) and is no longer active, and its herindicatie review of a later end lapses (VERVALLEN).
 * - `systeemsignaal`: a doorbraak closed naming what blocked the household; recorded once per case for beleid.
 * All run at least once: every step is idempotent. Nothing personal is logged. An effect of a committed step is
 * system work: it runs on the owner's handle and names the payload's gemeente in every statement.
 */
import { localDate } from '@regie/calendar';
import { type Actor, type EffectHandlerMap, EffectRunner, type Engine, EngineError } from '@regie/engine';
import type {
  AveBijVeiligheidsrisicoEffect,
  BeeindigVoorzieningEffect,
  DomainEffect,
  SysteemsignaalEffect,
} from '@regie/workflows/sociaal-domein';
import { laatsteGeboortedatum } from './leeftijd';
import type { DomainRecords } from './records';

/** Cases changed on someone's behalf act with the rights of a professional who works cases. */
const SYSTEM_ROLES = ['intaker', 'procesmanager', 'teamleider'] as const;

export class AveBijVeiligheidsrisico {
  private readonly runner: EffectRunner;

  constructor(
    engine: Engine,
    private readonly records: DomainRecords,
  ) {
    this.runner = new EffectRunner(engine, records.system.handle, records.effectSteps);
  }

  async run(outboxId: string, p: Parameters<EffectRunner['run']>[1], e: AveBijVeiligheidsrisicoEffect) {
    const { huishoudens, system } = this.records;
    const huishouden = await huishoudens.vanSubject(system.handle, p.gemeente, e.subjectId);
    if (!huishouden) throw new Error(`subject ${e.subjectId} niet gevonden voor het AVE-traject`);
    // under 18 on the triage's date: born after the latest birth date that has reached 18 by then
    const kinderen =
      e.kinderenUitMelding ||
      (await huishoudens.heeftGeborenNa(
        system.handle,
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
  constructor(
    private readonly engine: Engine,
    private readonly records: DomainRecords,
  ) {}

  async run(p: Parameters<EffectRunner['run']>[1], e: BeeindigVoorzieningEffect): Promise<void> {
    const { voorzieningen, system } = this.records;
    const v = await voorzieningen.beeindig(system.handle, p.gemeente, e.voorzieningId, e.einddatum);
    if (!v) throw new Error(`voorziening ${e.voorzieningId} niet gevonden om te beëindigen`);
    if (!v.herindicatieCaseId) return;
    // the review of an end that no longer comes lapses; one about this end or an earlier one stays
    const review = await this.engine.view(system.handle, v.herindicatieCaseId, p.gemeente);
    const reviewEinde = (review.context as { einddatum?: unknown }).einddatum;
    if (review.status !== 'active' || typeof reviewEinde !== 'string' || reviewEinde <= v.einddatum) return;
    const actor: Actor = {
      id: 'system',
      gemeente: p.gemeente,
      roles: SYSTEM_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    try {
      await this.engine.dispatch(system.handle, {
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
  constructor(private readonly records: DomainRecords) {}

  async run(p: Parameters<EffectRunner['run']>[1], e: SysteemsignaalEffect): Promise<void> {
    await this.records.signalen.record(this.records.system.handle, {
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
export function domainEffects(
  engine: Engine,
  records: DomainRecords,
): Pick<
  EffectHandlerMap<DomainEffect>,
  'aveBijVeiligheidsrisico' | 'beeindigVoorziening' | 'systeemsignaal'
> {
  const ave = new AveBijVeiligheidsrisico(engine, records);
  const beeindiging = new VoorzieningBeeindiging(engine, records);
  const signalen = new SysteemsignaalRecorder(records);
  return {
    aveBijVeiligheidsrisico: (outboxId, p) => ave.run(outboxId, p, p.effect),
    beeindigVoorziening: (_outboxId, p) => beeindiging.run(p, p.effect),
    systeemsignaal: (_outboxId, p) => signalen.run(p, p.effect),
  };
}
