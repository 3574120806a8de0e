/**
 * The sociaal domein's rules for every command of its journeys, registered with the engine as command policies
 * (libs/engine policies.ts); RuntimeModule registers them (engineRules), in the order `commandPolicies` gives:
 * - consent: a case that shares the inwoner's situation starts only with their recorded toestemming for the scope
 *   the journey names (DomainWorkflowDefinition.consentRequired), and an event that shares it (a referral, a
 *   hand-off, an aanbieder: DomainEventSpec.sharing) needs that toestemming at its moment, or a legal ground
 *   (WETTELIJKE_GRONDSLAGEN) named in the event; the history entry records which;
 * - household: of a journey that allows one open case per huishouden (DomainWorkflowDefinition.onePerSubject) a
 *   second start is refused, naming the open case.
 */
import {
  CaseAlreadyOpen,
  type CommandPolicy,
  ConsentRequired,
  type EngineOptions,
  InvalidData,
  zodDetails,
} from '@regie/engine';
import type { CaseRepository, HuishoudensRepository } from '@regie/persistence';
import { CASE_WORKERS, WETTELIJKE_GRONDSLAGEN, asDomainDefinition } from '@regie/workflows/sociaal-domein';
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import { z } from 'zod';

/** What the policies read: the consents (CaseRepository.consentAt) and the huishoudens. */
export interface PolicyRepositories {
  cases: Pick<CaseRepository, 'consentAt'>;
  huishoudens: Pick<HuishoudensRepository, 'vanSubject'>;
}

const grondslag = z.enum(WETTELIJKE_GRONDSLAGEN).optional();

/**
 * Consent (toestemming) before the inwoner's situation is shared, checked at the command's moment: a withdrawal
 * counts from the moment it was recorded.
 */
export function consentPolicy(cases: PolicyRepositories['cases']): CommandPolicy {
  return {
    async start(db, { def, input, gemeente, subjectId, now }) {
      const consent = asDomainDefinition(def).consentRequired?.(input);
      if (consent && !(await cases.consentAt(db, gemeente, subjectId, consent.scope, now)))
        throw new ConsentRequired(consent.reason, { scope: consent.scope, subjectId });
      return null;
    },
    event({ def, type, spec, data, gemeente, subjectId }) {
      // A legal ground is taken from every event's data, and must be one of them: one on an event that shares
      // nothing is not recorded, and not left for the event's schema to refuse.
      const { wettelijkeGrondslag, ...rest } = data;
      const grond = grondslag.safeParse(wettelijkeGrondslag);
      if (!grond.success)
        throw new InvalidData(
          `Ongeldige wettelijke grondslag`,
          zodDetails(grond.error, 'wettelijkeGrondslag'),
        );
      const sharing = asDomainDefinition(def).events[type]?.sharing;
      if (!sharing) return { data: rest };
      return {
        data: rest,
        async check(db, now) {
          if (grond.data) return { wettelijkeGrondslag: grond.data };
          const consentId = await cases.consentAt(db, gemeente, subjectId, sharing.scope, now);
          if (!consentId) {
            throw new ConsentRequired(
              `Voor '${spec.title}' is toestemming van de inwoner nodig (${sharing.scope}), of een wettelijke grondslag`,
              { scope: sharing.scope, subjectId, grounds: WETTELIJKE_GRONDSLAGEN },
            );
          }
          return { toestemming: consentId };
        },
      };
    },
  };
}

/**
 * One open case of the journey per household: a case of the subject, of the huishouden it belongs to, or of another
 * member of that huishouden is the household's. The engine's write checks them all in one query under a lock on
 * the household, so that two starts at the same moment cannot both pass, and the loser hears the 409 naming the
 * case.
 */
export function householdPolicy(huishoudens: PolicyRepositories['huishoudens']): CommandPolicy {
  const exclusive = (def: AnyWorkflowDefinition) => asDomainDefinition(def).onePerSubject === true;
  return {
    exclusiveStart: exclusive,
    async start(db, { def, gemeente, subjectId }) {
      if (!exclusive(def)) return null;
      const huishouden = await huishoudens.vanSubject(db, gemeente, subjectId);
      const verwant = new Set([subjectId, ...(huishouden ? [huishouden.id, ...huishouden.members] : [])]);
      return {
        exclusive: {
          lockKey: huishouden?.id ?? subjectId,
          subjectIds: [...verwant],
          conflict: (open) => alreadyOpen(def.name, subjectId, open.subjectId, open.caseId),
        },
      };
    },
  };
}

/** The sociaal domein's command policies, in the order the engine applies them. */
export function commandPolicies(repositories: PolicyRepositories): CommandPolicy[] {
  return [consentPolicy(repositories.cases), householdPolicy(repositories.huishoudens)];
}

/** What the sociaal domein registers with the engine: its command policies, and the roles that work its cases. */
export function engineRules(
  repositories: PolicyRepositories,
): Pick<EngineOptions, 'policies' | 'caseWorkers'> {
  return { policies: commandPolicies(repositories), caseWorkers: CASE_WORKERS };
}

/** 409 naming the household's open case `open` (of `id`: the subject, or another of its household). */
function alreadyOpen(workflow: string, subjectId: string, id: string, open: string): CaseAlreadyOpen {
  const van = id === subjectId ? `${subjectId}` : `${id}, van hetzelfde huishouden als ${subjectId}`;
  return new CaseAlreadyOpen(
    `Voor ${van} loopt al een ${workflow}-casus (${open}); er loopt er maar één tegelijk per huishouden. Werk in die casus verder.`,
    { caseId: open },
  );
}
