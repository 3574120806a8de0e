/**
 * Voorzieningen as records, and what follows from one:
 * - the `recordVoorziening` effect writes the record once per granting case, opens its herindicatie review (a
 *   `herindicatie` case whose durable deadline reminds the owner and escalates to the teamleider), and enrols a
 *   youth already past 16.5 at once;
 * - a pleegzorg voorziening (`isPleegzorg`, by product name) enrols at 16.5 too, but its transition switches at 21;
 * - the `verlengVoorziening` effect of a herindicatie that extended it sets the new einddatum and opens the next
 *   review;
 * - the daily scan (`Transitie18Inschrijving.scan`) finds, in one set-based query, every youth with a running
 *   Jeugdwet voorziening who is 16.5 or older, not yet 18, and has no transitie18 case, and starts one.
 *
 * Cases start as a system action on behalf of the voorziening's owner: actor `system`, regie with the owner, in
 * the owner's team. Ages follow libs/calendar/src/leeftijd.ts (29 February included): the query compares birth
 * dates with the latest birth date that has reached an age by today, computed here with that module.
 * Nothing personal is logged: counts and ids only. The effects and the scan are system work: the owner's handle,
 * the gemeente named in every statement.
 */
import { localDate } from '@regie/calendar';
import type { EnrolmentCandidateRow, SystemDb, VoorzieningenRepository } from '@regie/persistence';
import type {
  DomainEffect,
  RecordVoorzieningEffect,
  VerlengVoorzieningEffect,
} from '@regie/workflows/sociaal-domein';
import { domainEffects } from './effecten';
import { laatsteGeboortedatum } from './leeftijd';
import type { DomainRecords } from './records';
import {
  type Actor,
  type Clock,
  type EffectHandlerMap,
  type EffectPayload,
  type Engine,
  EngineError,
  type StartCommand,
} from '@regie/engine';

/** The journey a youth is enrolled in: at most one case of it per youth, however it ended. */
export const TRANSITIE18_WORKFLOW = 'transitie18';

/** Cases started on someone's behalf act with the rights of a professional who works cases. */
const SYSTEM_ROLES = ['intaker', 'procesmanager', 'teamleider'] as const;

export { laatsteGeboortedatum } from './leeftijd';

/** Law, product and ggz: jeugd-ggz is recognised by its product name (the inzet carries no separate flag). */
export function isGgz(product: string): boolean {
  return /\bggz\b|geestelijke gezondheidszorg/i.test(product);
}

/**
 * Pleegzorg, like ggz, is recognised by its product name: every form (netwerk-, bestands-, deeltijd-, crisis-
 * pleegzorg, a pleeggezin). It continues by default to 21 (Jeugdwet art. 1.1), so its 18-/18+ transition switches
 * at 21. A gezinshuis is residential youth care, not pleegzorg, and is not matched. Derived when the enrolment
 * starts the transition, so the voorziening record needs no column of its own.
 */
export function isPleegzorg(product: string): boolean {
  return /pleegzorg|pleeggezin/i.test(product);
}

type Kandidaat = EnrolmentCandidateRow;

export interface ScanResult {
  /** youths the query found */
  gevonden: number;
  /** transitie18 cases started */
  ingeschreven: number;
  /** candidates the engine refused (invalid data, a concurrent start): left for the next scan */
  overgeslagen: number;
}

export class Transitie18Inschrijving {
  /** `system`: the owner's handle (the scan and an effect's enrolment are system work) */
  constructor(
    private readonly engine: Engine,
    private readonly system: SystemDb,
    private readonly voorzieningen: VoorzieningenRepository,
    private readonly clock?: Clock,
  ) {}

  /** The daily scan over every gemeente (runs as the owner, like the sweep: no row-level security). */
  async scan(): Promise<ScanResult> {
    if (!this.clock) throw new Error('Transitie18Inschrijving.scan heeft een klok nodig');
    const vandaag = localDate(await this.clock.now());
    return this.inschrijven(await this.kandidaten(vandaag));
  }

  /** The same rule for one subject, on `vandaag` (a voorziening that just started). */
  async voorSubject(gemeente: string, subjectId: string, vandaag: string): Promise<ScanResult> {
    return this.inschrijven(await this.kandidaten(vandaag, { gemeente, subjectId }));
  }

  /** The same rule for the imported subjects among `subjectIds` (docs/import.md), in one query. */
  async voorSubjecten(gemeente: string, subjectIds: string[], vandaag: string): Promise<ScanResult> {
    if (!subjectIds.length) return { gevonden: 0, ingeschreven: 0, overgeslagen: 0 };
    return this.inschrijven(
      await this.voorzieningen.enrolmentCandidates(
        this.system,
        TRANSITIE18_WORKFLOW,
        vandaag,
        laatsteGeboortedatum(vandaag, 16, 6),
        laatsteGeboortedatum(vandaag, 18, 0),
        { gemeente, subjectIds },
      ),
    );
  }

  /**
   * One query: running Jeugdwet voorzieningen of youths between 16.5 (inclusive) and 18 (exclusive) on `vandaag`
   * without any transitie18 case (an ended one included: nobody is enrolled twice). One row per youth: a ggz
   * voorziening first (its warm handover matters most), then the one that started first.
   */
  async kandidaten(vandaag: string, only?: { gemeente: string; subjectId: string }): Promise<Kandidaat[]> {
    return this.voorzieningen.enrolmentCandidates(
      this.system,
      TRANSITIE18_WORKFLOW,
      vandaag,
      laatsteGeboortedatum(vandaag, 16, 6),
      laatsteGeboortedatum(vandaag, 18, 0),
      only,
    );
  }

  private async inschrijven(kandidaten: Kandidaat[]): Promise<ScanResult> {
    let ingeschreven = 0;
    for (const k of kandidaten) {
      try {
        await this.engine.start(this.system, transitie18Start(k));
        ingeschreven++;
      } catch (err) {
        if (!(err instanceof EngineError)) throw err;
      }
    }
    return {
      gevonden: kandidaten.length,
      ingeschreven,
      overgeslagen: kandidaten.length - ingeschreven,
    };
  }
}

/**
 * Opens the herindicatie review of a voorziening with an einddatum and links it to the voorziening: once per
 * voorziening (its idempotency key), however often it runs. The import starts the same review in bulk
 * (herindicatieStart with startAll, import/).
 */
export async function herindicatieOpenen(
  engine: Engine,
  voorzieningen: VoorzieningenRepository,
  db: SystemDb,
  actor: Actor,
  v: HerindicatieVan,
): Promise<string> {
  const review = (await engine.start(db, herindicatieStart(actor, v))).id;
  await voorzieningen.setHerindicatieCase(db, v.voorzieningId, review);
  return review;
}

export interface HerindicatieVan {
  voorzieningId: string;
  subjectId: string;
  wet: string;
  product: string;
  einddatum: string;
  eigenaar: string;
}

/** The start of a voorziening's herindicatie review: one per voorziening (its idempotency key). */
export function herindicatieStart(actor: Actor, v: HerindicatieVan): StartCommand {
  return {
    actor,
    workflow: 'herindicatie',
    subjectId: v.subjectId,
    input: {
      voorzieningId: v.voorzieningId,
      wet: v.wet,
      product: v.product,
      einddatum: v.einddatum,
      eigenaar: v.eigenaar,
    },
    idempotencyKey: `herindicatie:${v.voorzieningId}`,
  };
}

/** The start of the 18-/18+ transition of a youth the enrolment rule found, as the system in the owner's team. */
export function transitie18Start(k: Kandidaat): StartCommand {
  return {
    actor: systeemActor(k.gemeente, k.team),
    workflow: TRANSITIE18_WORKFLOW,
    subjectId: k.subject_id,
    input: {
      birthDate: k.birth_date,
      jeugdVoorziening: {
        id: k.id,
        product: k.product,
        aanbieder: k.aanbieder,
        startdatum: k.startdatum,
        ...(k.einddatum ? { einddatum: k.einddatum } : {}),
        ggz: k.ggz,
        // jeugd-ggz moves to the Zvw at 18 whatever else the name says; the transitie18 input refuses both
        pleegzorg: !k.ggz && isPleegzorg(k.product),
      },
      coach: k.eigenaar,
    },
    // one enrolment per youth, however often or concurrently the scan (or an import) runs
    idempotencyKey: `transitie18:${k.subject_id}`,
  };
}

/** Who a case started on someone's behalf acts as: the system, with a case worker's rights, in `team`. */
export function systeemActor(gemeente: string, team: string | null): Actor {
  return { id: 'system', gemeente, roles: SYSTEM_ROLES, ...(team ? { team } : {}) };
}

/** Carries out `recordVoorziening` (called through EffectRunner, at least once: every step is idempotent). */
export class VoorzieningRecorder {
  private readonly inschrijving: Transitie18Inschrijving;

  constructor(
    private readonly engine: Engine,
    private readonly records: DomainRecords,
  ) {
    this.inschrijving = new Transitie18Inschrijving(engine, records.system.handle, records.voorzieningen);
  }

  async run(p: EffectPayload, e: RecordVoorzieningEffect): Promise<void> {
    const { voorzieningen, system } = this.records;
    await voorzieningen.record(system.handle, {
      gemeente: p.gemeente,
      subjectId: e.subjectId,
      caseId: p.caseId,
      wet: e.wet,
      product: e.product,
      aanbieder: e.aanbieder,
      volume: e.volume,
      ...(e.tarief ? { tarief: e.tarief } : {}),
      startdatum: e.startdatum,
      einddatum: e.einddatum,
      ggz: isGgz(e.product),
      eigenaar: e.eigenaar,
      team: p.team,
      createdAt: new Date(e.at),
    });
    const v = await voorzieningen.byCase(system.handle, p.gemeente, p.caseId);
    if (!v) throw new Error(`voorziening van casus ${p.caseId} niet gevonden na het vastleggen`);
    const actor: Actor = {
      id: 'system',
      gemeente: p.gemeente,
      roles: SYSTEM_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    if (v.einddatum && !v.herindicatie_case_id) {
      await herindicatieOpenen(this.engine, voorzieningen, system.handle, actor, {
        voorzieningId: v.id,
        subjectId: e.subjectId,
        wet: e.wet,
        product: e.product,
        einddatum: v.einddatum,
        eigenaar: e.eigenaar,
      });
    }
    if (e.wet === 'Jeugdwet') {
      await this.inschrijving.voorSubject(p.gemeente, e.subjectId, localDate(new Date(e.at)));
    }
  }
}

/**
 * Carries out `verlengVoorziening` (at least once): the voorziening gets its new einddatum, and the review of that
 * end starts, once per voorziening and einddatum (the start's idempotency key), owned by the owner of the review
 * that extended it.
 */
export class VoorzieningVerlenger {
  constructor(
    private readonly engine: Engine,
    private readonly records: DomainRecords,
  ) {}

  async run(p: EffectPayload, e: VerlengVoorzieningEffect): Promise<void> {
    const { voorzieningen, system } = this.records;
    const id = await voorzieningen.setEinddatum(system.handle, p.gemeente, e.voorzieningId, e.einddatum);
    if (!id) throw new Error(`voorziening ${e.voorzieningId} niet gevonden om te verlengen`);
    const actor: Actor = {
      id: 'system',
      gemeente: p.gemeente,
      roles: SYSTEM_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    const review = await this.engine.start(system.handle, {
      actor,
      workflow: 'herindicatie',
      subjectId: e.subjectId,
      input: {
        voorzieningId: id,
        wet: e.wet,
        product: e.product,
        einddatum: e.einddatum,
        eigenaar: e.eigenaar,
      },
      idempotencyKey: `herindicatie:${id}:${e.einddatum}`,
    });
    await voorzieningen.setHerindicatieCase(system.handle, id, review.id);
  }
}

/**
 * The effect handlers of the social domain, by effect type, for the worker's EffectRunner: all of them
 * (EffectHandlerMap of DomainEffect), so an effect type added to the union without a handler here does not
 * compile.
 */
export function voorzieningEffects(engine: Engine, records: DomainRecords): EffectHandlerMap<DomainEffect> {
  const recorder = new VoorzieningRecorder(engine, records);
  const verlenger = new VoorzieningVerlenger(engine, records);
  return {
    recordVoorziening: (_outboxId, p) => recorder.run(p, p.effect),
    verlengVoorziening: (_outboxId, p) => verlenger.run(p, p.effect),
    // a safety risk at triage reaching AVE, and the end of Jeugdwet care at 18 (effecten.ts)
    ...domainEffects(engine, records),
  };
}
