/** Workflow `ave`: Aanpak Voorkoming Escalatie, levels 0-4 per huishouden (JOURNEYS.md section 2). */
import type { SnapshotFrom } from 'xstate';
import { defineWorkflow } from '../define';
import { type DoorbraakCriteria, doorbraakAanmelding } from '../doorbraak-aanmelding';
import type { EffectOf, Role } from '../sociaal-domein';
import { AVE_DEFAULTS, aveConfigInput, niveauConfig, rolVoorNiveau } from './config';
import type { Niveau } from './config';
import { aveInput, eventSchemas, eventTitles } from './events';
import type { AveEventType } from './events';
import {
  STATE_LABELS,
  afschalenOntvanger,
  aveMachine,
  eigenOntvanger,
  eigenOntvangerNieuweRol,
  kinderenWijzigenRol,
  magAccepteren,
  opschalenMogelijk,
  overdrachtWijzigt,
  procesregieApart,
  reviewinterval,
} from './machine';
import type { AveMachine } from './machine';
import { closeDisappearedAs, deadlines } from './terms';

export { aveMachine } from './machine';
export { deadlines, closeDisappearedAs, ACCEPTATIE_KEY, REVIEW_KEY } from './terms';
export { aveInput, eventSchemas, CRITERIA } from './events';
export { AVE_DEFAULTS, aveConfigInput, mergeConfig } from './config';

type Snapshot = SnapshotFrom<AveMachine>;

/**
 * The household's level, for the board, the case list's filter and the procesmanager's access (levels 3-4); and
 * who must still accept regie (levels 3 and 4): the named receiver, or only the role when the transfer was routed
 * to it. Both null while no transfer waits.
 */
export function projection(snapshot: Snapshot): {
  aveLevel: number;
  regieOntvanger: string | null;
  regieOntvangerRol: string | null;
} {
  const p = snapshot.context.pendingRegie;
  return {
    aveLevel: snapshot.context.niveau,
    regieOntvanger: p?.holder ?? null,
    regieOntvangerRol: p?.role ?? null,
  };
}

/** The probe the engine sends to decide whether to offer an event carries no actor of its own. */
const isProbe = (actor: unknown) => actor === undefined || actor === 'probe';

/** The reasons of AVE itself to refuse an event in an open track (see RejectionParts.explain). */
function explain(
  snapshot: Snapshot,
  e: { type: AveEventType } & Record<string, unknown>,
): string | null | undefined {
  const c = snapshot.context;
  const n = c.niveau;
  switch (e.type) {
    case 'OPSCHALEN': {
      if (n === 4) return 'Niveau 4 is het hoogste niveau; verder opschalen kan niet.';
      if (e.naarNiveau === undefined) return null;
      const naar = e.naarNiveau as Niveau;
      if (typeof naar !== 'number' || naar <= n)
        return `Opschalen gaat naar een hoger niveau dan het huidige (niveau ${n}); terug gaat met afschalen, één niveau tegelijk.`;
      if (typeof e.ontvanger === 'string' && eigenOntvanger(c, e.ontvanger, naar))
        return `De regie op niveau ${naar} gaat naar een ${rolVoorNiveau(c.config, naar, c.kinderenInHuishouden)}, die haar accepteert; ${e.ontvanger} heeft nu de regie en kan haar niet zelf overnemen. Wijs een ontvanger aan of laat die open.`;
      if (
        !opschalenMogelijk(
          c,
          {
            naarNiveau: naar,
            procesregisseur: e.procesregisseur as string | undefined,
            // without an actor the question is what the level needs of a named receiver; a real event without
            // one is routed to the level's role, and the teamleider assigns procesregie with the regie
            ontvanger: typeof e.ontvanger === 'string' ? e.ontvanger : isProbe(e.actor) ? '' : undefined,
          },
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
      if (e.ontvanger === undefined && isProbe(e.actor)) return null; // a named receiver can make it pass
      {
        const naar = (n - 1) as Niveau;
        const ontvanger = afschalenOntvanger(c, e.ontvanger as string | undefined);
        if (eigenOntvanger(c, ontvanger, naar))
          return `Op niveau ${naar} accepteert een ${rolVoorNiveau(c.config, naar, c.kinderenInHuishouden)} de regie; ${ontvanger} heeft nu de regie op niveau ${c.regie.niveau} en kan haar op niveau ${naar} niet zonder acceptatie houden. Wijs een ontvanger aan.`;
      }
      return null;
    case 'REGIE_GEACCEPTEERD': {
      const p = c.pendingRegie;
      if (!p) return 'Er wacht geen regieoverdracht op acceptatie.';
      if (isProbe(e.actor) || magAccepteren(c, String(e.actor))) return null;
      if (p.holder === null)
        return `De regie op niveau ${p.level} gaat naar een ${p.role}: ${String(e.actor)} kan haar niet zelf accepteren; tot dan houdt ${c.regie.holder} de regie.`;
      return `Alleen de aangewezen ontvanger (${p.holder}) kan de regie op niveau ${p.level} accepteren; tot dan houdt ${c.regie.holder} de regie.`;
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
      if (
        kinderenWijzigenRol(c, Boolean(e.kinderenInHuishouden)) &&
        typeof e.ontvanger === 'string' &&
        eigenOntvangerNieuweRol(c, e.ontvanger)
      )
        return `Op niveau ${n} gaat de regie daarmee naar een ${rolVoorNiveau(c.config, n, Boolean(e.kinderenInHuishouden))}, die haar accepteert; ${e.ontvanger} heeft nu de regie en kan haar niet zelf overnemen.`;
      return null;
    case 'DOORBRAAK_GEKOPPELD':
      if (typeof e.doorbraakCaseId === 'string' && (c.doorbraakCaseIds ?? []).includes(e.doorbraakCaseId))
        return 'Deze doorbraak is al aan het AVE-traject gekoppeld.';
      return null;
    case 'DOORBRAAK_AANGEMELD':
      return null;
    case 'INTAKE_GEKOPPELD':
      if (typeof e.intakeCaseId === 'string' && c.intakeCaseIds.includes(e.intakeCaseId))
        return 'Deze klantreis is al aan het AVE-traject gekoppeld.';
      return null;
    case 'REGIE_OVERGEDRAGEN':
      if (e.holder === undefined) return null;
      if (e.procesregisseur !== undefined && !procesregieApart(c))
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
  return undefined;
}

/**
 * A track whose household the rules block starts the household's doorbraak, or joins the running one (one per
 * household): either way the two cases are linked both ways.
 */
export function effects(
  _prev: Snapshot,
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
): EffectOf<'ensureCase'>[] {
  if (event.type !== 'DOORBRAAK_AANGEMELD') return [];
  const c = next.context;
  return [
    // the engine hands effects() the event its schema validated
    doorbraakAanmelding(c.subjectId, event as unknown as DoorbraakCriteria, {
      veld: 'aveCaseId',
      caseId: c.caseId,
      event: 'AVE_GEKOPPELD',
    }),
  ];
}

/** The case workers send every event; reassigning regie and changing the case's rules are the teamleider's. */
const ALLEEN_TEAMLEIDER: readonly Role[] = ['teamleider'];
const ROLES_PER_EVENT: Partial<Record<AveEventType, readonly Role[]>> = {
  REGIE_OVERGEDRAGEN: ALLEEN_TEAMLEIDER,
  CONFIGURATIE_GEWIJZIGD: ALLEEN_TEAMLEIDER,
};

/**
 * AVE: one track per huishouden. Regie is `context.regie`: while a receiver has not accepted, the previous holder
 * keeps regie.
 */
export const ave = defineWorkflow({
  name: 'ave',
  title: 'AVE: Aanpak Voorkoming Escalatie (niveau 0-4)',
  machine: aveMachine,
  config: aveConfigInput,
  configDefaults: AVE_DEFAULTS,
  input: aveInput,
  events: { schemas: eventSchemas, titles: eventTitles, roles: ROLES_PER_EVENT },
  terms: { deadlines, closeDisappearedAs },
  rejections: { stateLabels: STATE_LABELS, ended: 'Het AVE-traject is afgesloten', explain },
  projection,
  emits: ['ensureCase'],
  effects,
});

export const { regie, explainRejection } = ave;
