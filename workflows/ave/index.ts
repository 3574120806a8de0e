/** Workflow `ave`: Aanpak Voorkoming Escalatie, levels 0-4 per huishouden (JOURNEYS.md section 2). */
import { CASE_WORKERS } from '../fields';
import type { SnapshotFrom } from 'xstate';
import type { EventSpec, Regie, Role, WorkflowDefinition } from '../workflow';
import { aveConfigInput, niveauConfig } from './config';
import type { Niveau } from './config';
import { aveInput, eventSchemas, eventTitles } from './events';
import type { AveEventType } from './events';
import {
  STATE_LABELS,
  aveMachine,
  kinderenWijzigenRol,
  opschalenMogelijk,
  overdrachtWijzigt,
  reviewinterval,
} from './machine';
import type { AveMachine } from './machine';
import { closeDisappearedAs, deadlines } from './terms';

export { aveMachine } from './machine';
export { deadlines, closeDisappearedAs, ACCEPTATIE_KEY, REVIEW_KEY } from './terms';
export { aveInput, eventSchemas, CRITERIA } from './events';
export { AVE_DEFAULTS, aveConfigInput, mergeConfig } from './config';

type Snapshot = SnapshotFrom<AveMachine>;

/** The current regie holder: while a receiver has not accepted, the previous holder keeps regie. */
export function regie(snapshot: Snapshot): Regie {
  return { role: snapshot.context.regie.role, holder: snapshot.context.regie.holder };
}

export function aveLevel(snapshot: Snapshot): number | null {
  return snapshot.context.niveau;
}

/** The probe the engine sends to decide whether to offer an event carries no actor of its own. */
const isProbe = (actor: unknown) => actor === undefined || actor === 'probe';

export function explainRejection(snapshot: Snapshot, event: { type: string }): string | null {
  const type = event.type;
  if (!(type in eventSchemas)) return null;
  const c = snapshot.context;
  if (snapshot.status !== 'active')
    return 'Het AVE-traject is afgesloten; er kan niets meer worden vastgelegd.';
  const e = event as Record<string, unknown>;
  const n = c.niveau;
  switch (type as AveEventType) {
    case 'OPSCHALEN': {
      if (n === 4) return 'Niveau 4 is het hoogste niveau; verder opschalen kan niet.';
      if (e.naarNiveau === undefined) return null;
      const naar = e.naarNiveau as Niveau;
      if (typeof naar !== 'number' || naar <= n)
        return `Opschalen gaat naar een hoger niveau dan het huidige (niveau ${n}); terug gaat met afschalen, één niveau tegelijk.`;
      if (
        !opschalenMogelijk(
          c,
          { naarNiveau: naar, procesregisseur: e.procesregisseur as string | undefined },
          naar,
        )
      )
        return `Op niveau ${naar} houdt een ${niveauConfig(c.config, naar).procesregierol} de procesregie; wijs die aan (procesregisseur).`;
      return null;
    }
    case 'AFSCHALEN':
      if (n === 0) return 'Niveau 0 is het laagste niveau; afschalen kan niet verder. Sluit het traject af.';
      if (e.naarNiveau !== undefined && e.naarNiveau !== n - 1)
        return `Afschalen gaat één niveau tegelijk: van niveau ${n} naar niveau ${n - 1}.`;
      return null;
    case 'REGIE_GEACCEPTEERD': {
      const p = c.pendingRegie;
      if (!p) return 'Er wacht geen regieoverdracht op acceptatie.';
      if (isProbe(e.actor) || e.actor === p.holder) return null;
      return `Alleen de aangewezen ontvanger (${p.holder}) kan de regie op niveau ${p.niveau} accepteren; tot dan houdt ${c.regie.holder} de regie.`;
    }
    case 'REVIEW_UITGEVOERD':
      if (reviewinterval(c) === null) return `Op niveau ${n} is geen periodieke review afgesproken.`;
      if (e.besluit === 'opschalen' && n === 4)
        return 'Niveau 4 is het hoogste niveau; een review kan daar niet tot opschalen besluiten.';
      if (e.besluit === 'afschalen' && n === 0)
        return 'Niveau 0 is het laagste niveau; een review kan daar niet tot afschalen besluiten.';
      return null;
    case 'KINDEREN_GEWIJZIGD':
      if (e.kinderenInHuishouden === undefined) return null;
      if (e.kinderenInHuishouden === c.kinderenInHuishouden)
        return c.kinderenInHuishouden
          ? 'Er zijn al kinderen in het huishouden vastgelegd.'
          : 'Er zijn al geen kinderen in het huishouden vastgelegd.';
      if (kinderenWijzigenRol(c, Boolean(e.kinderenInHuishouden)) && e.ontvanger === undefined)
        return `Op niveau ${n} verandert daarmee wie de regie heeft; wijs de nieuwe regiehouder aan (ontvanger).`;
      return null;
    case 'INTAKE_GEKOPPELD':
      if (typeof e.intakeCaseId === 'string' && c.intakeCaseIds.includes(e.intakeCaseId))
        return 'Deze klantreis is al aan het AVE-traject gekoppeld.';
      return null;
    case 'REGIE_OVERGEDRAGEN':
      if (e.holder === undefined) return null;
      if (e.procesregisseur !== undefined && c.procesregie === null)
        return `Op niveau ${n} is er geen aparte procesregie om over te dragen.`;
      if (!overdrachtWijzigt(c, String(e.holder), e.procesregisseur as string | undefined))
        return `${String(e.holder)} heeft de regie al.`;
      return null;
    case 'AFGESLOTEN':
      if (n >= 2)
        return `Afsluiten kan alleen op niveau 0 of 1; schaal eerst af, één niveau tegelijk (nu niveau ${n}).`;
      return null;
    case 'CONFIGURATIE_GEWIJZIGD':
      return null;
    default:
      break;
  }
  const title = eventTitles[type as AveEventType];
  return `"${title}" kan niet in de fase ${STATE_LABELS[String(snapshot.value)] ?? String(snapshot.value)}.`;
}

/** The case workers send every event; reassigning regie and changing the case's rules are the teamleider's. */
const ALLEEN_TEAMLEIDER: readonly Role[] = ['teamleider'];
const ROLES_PER_EVENT: Partial<Record<AveEventType, readonly Role[]>> = {
  REGIE_OVERGEDRAGEN: ALLEEN_TEAMLEIDER,
  CONFIGURATIE_GEWIJZIGD: ALLEEN_TEAMLEIDER,
};

const events: Record<string, EventSpec> = {};
for (const type of Object.keys(eventSchemas) as AveEventType[]) {
  events[type] = {
    title: eventTitles[type],
    schema: eventSchemas[type],
    roles: ROLES_PER_EVENT[type] ?? CASE_WORKERS,
  };
}

export const ave: WorkflowDefinition<typeof aveMachine> = {
  name: 'ave',
  version: 1,
  title: 'AVE: Aanpak Voorkoming Escalatie (niveau 0-4)',
  machine: aveMachine,
  config: aveConfigInput,
  input: aveInput,
  events,
  deadlines,
  closeDisappearedAs,
  regie,
  aveLevel,
  explainRejection,
};
