/** Workflow `doorbraak`: the Doorbraakmethode for a household the rules block (JOURNEYS.md section 3). */
import type { SnapshotFrom } from 'xstate';
import { defineWorkflow } from '../define';
import type { EffectOf, Role } from '../sociaal-domein';
import type { Created, EventRefusal } from '../workflow';
import { DOORBRAAK_DEFAULTS, beschrijfNiveau, doorbraakConfigInput, niveau } from './config';
import type { DoorbraakEventType } from './events';
import { doorbraakInput, eventSchemas, eventTitles } from './events';
import { euro } from '@regie/geld';
import { gerealiseerdPerSoort, kostenBaten } from './geld';
import {
  STATE_LABELS,
  actieKey,
  doorbraakMachine,
  eenmalig,
  evaluatieFout,
  mandaatToereikend,
  nodigVoor,
  openActie,
  openActies,
  openEvaluaties,
  voorleggenAan,
  voorleggenMogelijk,
  wettenBetrokken,
} from './machine';
import type { DoorbraakMachine } from './machine';
import { closeDisappearedAs, deadlines } from './terms';

export { doorbraakMachine, besluitKey, actieKey, evaluatieKey } from './machine';
export { deadlines, closeDisappearedAs } from './terms';
export { doorbraakInput, eventSchemas, WETTEN, ZRM_DOMEINEN } from './events';
export { DOORBRAAK_DEFAULTS, doorbraakConfigInput, mergeConfig } from './config';

type Snapshot = SnapshotFrom<DoorbraakMachine>;

/**
 * What lists, boards, indicators and the doorbraak screen read without computing: the cost-benefit sum (geld.ts;
 * eurocents, null while there is no analysis or plan), the mandate level the plan needs and the level it waits on,
 * who approved the plan, when and with which mandate level, the laws involved (indicators 3.4A.1 Jeugdwet, 3.4B.1
 * Wmo), the open actions, and the realised yearly savings of the latest evaluation per classification.
 */
export function projection(snapshot: Snapshot) {
  const c = snapshot.context;
  const som = kostenBaten(c.analyse?.betrokkenen ?? [], c.plan?.stappen ?? []);
  const metPlan = c.plan !== null;
  const laatste = c.evaluaties[c.evaluaties.length - 1];
  const gerealiseerd = laatste ? gerealiseerdPerSoort(laatste.besparingen) : null;
  const wetten = wettenBetrokken(c);
  const nodig = c.plan ? (c.besluitVraag?.nodig ?? null) : null;
  return {
    doormodderenPerJaar: c.analyse ? som.doormodderenPerJaar : null,
    planEenmalig: metPlan ? som.planEenmalig : null,
    planPerJaar: metPlan ? som.planPerJaar : null,
    verwachteBesparingPerJaar: metPlan ? som.verwachteBesparingPerJaar : null,
    kostenMetPlanJaar1: metPlan ? som.kostenMetPlanJaar1 : null,
    kostenMetPlanPerJaarDaarna: metPlan ? som.kostenMetPlanPerJaarDaarna : null,
    nettoBesparingJaar1: metPlan ? som.nettoBesparingJaar1 : null,
    nettoBesparingPerJaarDaarna: metPlan ? som.nettoBesparingPerJaarDaarna : null,
    mandaatNodig: nodig,
    mandaatNodigNaam: nodig ? (niveau(c.config, nodig)?.naam ?? nodig) : null,
    voorgelegdAan: c.besluitVraag?.voorgelegdAan ?? null,
    // who approved (a user id) and with which mandate level: two fields, a person is no level
    goedgekeurdDoor: c.goedkeuring?.actor ?? null,
    goedgekeurdNiveau: c.goedkeuring?.mandaat ?? null,
    goedgekeurdOp: c.goedkeuring?.at ?? null,
    metJeugdwet: wetten.has('Jeugdwet'),
    metWmo: wetten.has('Wmo'),
    openActies: openActies(c).length,
    gemisteActies: c.acties.filter((a) => a.gemistOp !== null).length,
    doelBereikt: laatste?.doelBereikt ?? null,
    gerealiseerdSituationeel: gerealiseerd?.situationeel ?? null,
    gerealiseerdStructureel: gerealiseerd?.structureel ?? null,
    gerealiseerdIncidenteel: gerealiseerd?.incidenteel ?? null,
  };
}

/** The probe the engine sends to decide whether to offer an event carries no actor of its own. */
const isProbe = (actor: unknown) => actor === undefined || actor === 'probe';

/** `Dit besluit vraagt het mandaat van manager sociaal domein (tot € 25.000,00)`. */
function mandaatBoodschap(snapshot: Snapshot, besluit: 'goedkeuren' | 'afwijzen', mandaat: unknown): string {
  const c = snapshot.context;
  const nodig = niveau(c.config, nodigVoor(c, besluit) ?? '');
  const wat = nodig ? beschrijfNiveau(c.config, nodig) : 'een hoger niveau';
  const bedrag = `een plan met ${euro(eenmalig(c))} eenmalige kosten`;
  if (typeof mandaat !== 'string')
    return `Dit besluit vraagt het mandaat van ${wat}; u heeft geen mandaat (${bedrag}).`;
  const eigen = niveau(c.config, mandaat);
  if (!eigen)
    return `Dit besluit vraagt het mandaat van ${wat}; uw mandaat '${mandaat}' kent deze gemeente niet.`;
  return `Dit besluit vraagt het mandaat van ${wat}; uw mandaat is ${beschrijfNiveau(c.config, eigen)} (${bedrag}).`;
}

/**
 * What the engine refuses before the machine: a decision without the mandate it needs (403, naming the level), and
 * a level or evaluation moment the case's rules do not know (400, naming the field).
 */
function refuse(snapshot: Snapshot, e: { type: string } & Record<string, unknown>): EventRefusal | null {
  const c = snapshot.context;
  if (snapshot.status !== 'active') return null;
  const type = e.type as DoorbraakEventType;
  const onbekend = (field: string, code: unknown): EventRefusal => ({
    status: 'invalid',
    field,
    message: `${field}: mandaatniveau '${String(code)}' bestaat niet in deze gemeente; bekend zijn: ${c.config.mandaatniveaus.map((n) => n.code).join(', ')}`,
  });
  if ((type === 'PLAN_INGEDIEND' || type === 'PLAN_VOORGELEGD') && typeof e.aan === 'string')
    return niveau(c.config, e.aan) ? null : onbekend('aan', e.aan);
  if (!['besluit', 'uitvoering', 'evaluatie'].includes(String(snapshot.value))) return null;
  if (type === 'PLAN_GOEDGEKEURD' || type === 'PLAN_AFGEWEZEN') {
    const besluit = type === 'PLAN_GOEDGEKEURD' ? 'goedkeuren' : 'afwijzen';
    if (snapshot.value === 'besluit' && !mandaatToereikend(c, e.mandaat as string | undefined, besluit))
      return { status: 'forbidden', message: mandaatBoodschap(snapshot, besluit, e.mandaat) };
  }
  if (type === 'EVALUATIE_VASTGELEGD' && snapshot.value !== 'besluit') {
    const fout = evaluatieFout(c, e as { maanden?: unknown; besparingen?: unknown });
    if (fout) return { status: 'invalid', ...fout };
  }
  return null;
}

/** The reasons of the doorbraak itself to refuse an event in an open case (see RejectionParts.explain). */
function explain(
  snapshot: Snapshot,
  e: { type: DoorbraakEventType } & Record<string, unknown>,
): string | null | undefined {
  const c = snapshot.context;
  const fase = String(snapshot.value);
  switch (e.type) {
    case 'ANALYSE_AFGEROND':
      if (fase === 'analyse' && !c.analyse)
        return 'Leg eerst de analyse vast: de betrokken instanties met hun kosten, het doel en de ZRM-scores.';
      return undefined;
    case 'PLAN_INGEDIEND':
      if (fase === 'plan' && !c.plan) return 'Leg eerst het perspectiefplan vast, met ten minste één stap.';
      return undefined;
    case 'PLAN_VOORGELEGD': {
      if (fase !== 'besluit' || !c.besluitVraag) return undefined;
      if (e.aan === undefined && isProbe(e.actor))
        return voorleggenMogelijk(c, undefined) ? null : hoogste(snapshot);
      if (voorleggenMogelijk(c, e.aan as string | undefined)) return null;
      if (voorleggenAan(c, e.aan as string | undefined) === null) return hoogste(snapshot);
      return `Voorleggen gaat naar een hoger mandaatniveau dan ${niveau(c.config, c.besluitVraag.voorgelegdAan)?.naam ?? c.besluitVraag.voorgelegdAan}.`;
    }
    case 'PLAN_GOEDGEKEURD':
    case 'PLAN_AFGEWEZEN':
      if (fase !== 'besluit' || isProbe(e.actor)) return fase === 'besluit' ? null : undefined;
      return mandaatBoodschap(snapshot, e.type === 'PLAN_GOEDGEKEURD' ? 'goedkeuren' : 'afwijzen', e.mandaat);
    case 'ACTIE_TOEGEVOEGD':
      if (fase === 'uitvoering' && typeof e.uiterlijk === 'string' && typeof e.at === 'string')
        return `De uiterste datum ${e.uiterlijk} ligt al achter ons.`;
      return fase === 'uitvoering' ? null : undefined;
    case 'ACTIE_AFGEROND':
    case 'ACTIE_GEANNULEERD':
      if (fase !== 'uitvoering') return undefined;
      if (e.actieId === undefined) return openActies(c).length ? null : 'Er staat geen actie open.';
      if (openActie(c, String(e.actieId))) return null;
      return c.acties.some((a) => a.id === e.actieId)
        ? `Actie ${String(e.actieId)} is al afgerond of geannuleerd.`
        : `Er is geen actie ${String(e.actieId)}.`;
    case 'UITVOERING_AFGEROND': {
      if (fase !== 'uitvoering') return undefined;
      const open = openActies(c);
      if (!open.length) return null;
      return `Er ${open.length === 1 ? 'staat nog een actie' : `staan nog ${open.length} acties`} open (${open.map((a) => a.id).join(', ')}): rond ze af, of annuleer ze met een reden.`;
    }
    case 'EVALUATIE_VASTGELEGD':
      if (fase !== 'uitvoering' && fase !== 'evaluatie') return undefined;
      if (!c.goedkeuring) return undefined;
      if (typeof e.maanden === 'number' && c.evaluaties.some((x) => x.maanden === e.maanden))
        return `De evaluatie na ${e.maanden} maanden is al vastgelegd.`;
      {
        const fout = evaluatieFout(c, e as { maanden?: unknown; besparingen?: unknown });
        if (fout) return fout.message;
      }
      return openEvaluaties(c).length ? null : 'Alle evaluaties zijn vastgelegd.';
    case 'AFGESLOTEN':
      if (fase === 'evaluatie' && !c.evaluaties.length)
        return 'Leg eerst een evaluatie vast; daarna sluit de doorbraak af met een systeemsignaal.';
      return undefined;
    case 'INTAKE_GEKOPPELD':
      if (typeof e.intakeCaseId === 'string' && c.intakeCaseIds.includes(e.intakeCaseId))
        return 'Deze klantreis is al aan de doorbraak gekoppeld.';
      return null;
    case 'AVE_GEKOPPELD':
      if (typeof e.aveCaseId === 'string' && c.aveCaseIds.includes(e.aveCaseId))
        return 'Dit AVE-traject is al aan de doorbraak gekoppeld.';
      return null;
    case 'REGIE_OVERGEDRAGEN':
      if (e.holder === c.regie.holder) return `${String(e.holder)} is al de regisseur.`;
      return null;
    default:
      return undefined;
  }
}

function hoogste(snapshot: Snapshot): string {
  const c = snapshot.context;
  const top = c.config.mandaatniveaus[c.config.mandaatniveaus.length - 1];
  return `Het plan ligt al bij het hoogste mandaatniveau (${top.naam}); hoger voorleggen kan niet.`;
}

/** An added action is answered with its id and the key of its term, which the client then acts on. */
export function created(prev: Snapshot, next: Snapshot, event: { type: string }): Created | null {
  if (event.type !== 'ACTIE_TOEGEVOEGD') return null;
  const nieuw = next.context.acties[prev.context.acties.length];
  return nieuw ? { id: nieuw.id, deadlineKey: actieKey(nieuw.id) } : null;
}

/** Closing asks policy to learn from the case: the systeemsignaal leaves the case as an effect (workflow.ts). */
export function effects(
  prev: Snapshot,
  next: Snapshot,
  event: { type: string },
): EffectOf<'systeemsignaal'>[] {
  if (event.type !== 'AFGESLOTEN' || !next.context.afsluiting || prev.context.afsluiting) return [];
  const a = next.context.afsluiting;
  return [
    {
      type: 'systeemsignaal',
      soort: a.systeemsignaal.soort,
      signaal: a.systeemsignaal.signaal,
      voorstel: a.systeemsignaal.voorstel,
      at: a.at,
    },
  ];
}

/** Regie is reassigned by the teamleider; every other event is the case workers'. */
const ROLES_PER_EVENT: Partial<Record<DoorbraakEventType, readonly Role[]>> = {
  REGIE_OVERGEDRAGEN: ['teamleider'],
};

/**
 * Events that share the household's situation with agencies: the analysis asks every agency involved what it
 * delivers and costs, and the actions agree the plan's steps with them. Both need the household's consent for
 * the doorbraak (scope `doorbraak`), or a legal ground.
 */
const DELEN: Partial<Record<DoorbraakEventType, { scope: string }>> = {
  ANALYSE_GESTART: { scope: 'doorbraak' },
  ACTIE_TOEGEVOEGD: { scope: 'doorbraak' },
};

export const doorbraak = defineWorkflow({
  name: 'doorbraak',
  title: 'Doorbraak: als de regels een huishouden blokkeren',
  machine: doorbraakMachine,
  config: doorbraakConfigInput,
  configDefaults: DOORBRAAK_DEFAULTS,
  // one running doorbraak per huishouden (or inwoner): a second aanmelding is refused, naming the running one
  onePerSubject: true,
  input: doorbraakInput,
  events: { schemas: eventSchemas, titles: eventTitles, roles: ROLES_PER_EVENT, sharing: DELEN },
  terms: { deadlines, closeDisappearedAs },
  rejections: { stateLabels: STATE_LABELS, ended: 'De doorbraak is afgesloten', explain },
  projection,
  created,
  emits: ['systeemsignaal'],
  effects,
  refuse,
});

export const { regie, explainRejection } = doorbraak;
