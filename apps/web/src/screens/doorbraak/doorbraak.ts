/**
 * What the doorbraak screens read of a case. The sums (kosten-batenrekening, mandate level needed, realised
 * savings) are the workflow's projection, beside the case view's fixed fields, so the screen never adds money up
 * itself. The details (the agencies, the steps, the decisions, the actions, the evaluations) are the case's
 * context, which the OpenAPI document leaves open (each workflow has its own): these types name the part of it
 * this screen reads, and `veilig` checks the shape before it is used.
 */
import type { Schemas } from '../../api';

export interface Betrokkene {
  wet: string;
  instantie: string;
  levert: string;
  kostenPerJaar: number;
}
export interface Grondslag {
  soort: string;
  wet: string | null;
  artikel: string | null;
  regeling: string | null;
  motivering: string;
}
export interface PlanStap {
  omschrijving: string;
  grondslag: Grondslag;
  eenmaligeKosten: number;
  jaarlijkseKosten: number;
  verwachteBesparingPerJaar: number;
}
export interface BesluitStap {
  soort: 'ingediend' | 'voorgelegd' | 'termijn_verstreken' | 'goedgekeurd' | 'afgewezen';
  niveau: string;
  nodig: string;
  mandaat: string | null;
  planVersie: number;
  planEenmalig: number;
  toelichting: string | null;
  actor: string;
  at: string;
}
export interface Actie {
  id: string;
  eigenaar: string;
  omschrijving: string;
  uiterlijk: string;
  status: 'open' | 'afgerond' | 'geannuleerd';
  gemistOp: string | null;
  afgeslotenOp: string | null;
  reden: string | null;
}
export interface ZrmScore {
  domein: string;
  score: number;
}
export interface Evaluatie {
  maanden: number;
  doelBereikt: 'ja' | 'deels' | 'nee';
  zrm: ZrmScore[];
  besparingen: { stap: number; gerealiseerdPerJaar: number; soort: string }[];
  toelichting: string | null;
  teLaat: boolean;
  actor: string;
  at: string;
}
export interface Mandaatniveau {
  code: string;
  naam: string;
  bovengrens: number | null;
}

export interface DoorbraakContext {
  config: { mandaatniveaus: Mandaatniveau[]; evaluatieMaanden: number[] };
  aanmelding: {
    vastgelopen: string;
    blokkades: { omschrijving: string; instantie: string | null }[];
    sinds: string;
    waaromGeenStandaard: string;
  };
  analyse: { betrokkenen: Betrokkene[]; doelOverEenJaar: string; zrm: ZrmScore[]; at: string } | null;
  plan: { versie: number; stappen: PlanStap[]; at: string } | null;
  besluitVraag: { voorgelegdAan: string; nodig: string; sinds: string } | null;
  besluiten: BesluitStap[];
  goedkeuring: { at: string; actor: string; mandaat: string; planEenmalig: number } | null;
  acties: Actie[];
  evaluaties: Evaluatie[];
  afsluiting: {
    systeemsignaal: { soort: string; signaal: string; voorstel: string };
    toelichting: string | null;
    at: string;
  } | null;
}

/** The projection's sums, as numbers (eurocents) or null while there is nothing to add up. */
export interface Sommen {
  doormodderenPerJaar: number | null;
  planEenmalig: number | null;
  planPerJaar: number | null;
  verwachteBesparingPerJaar: number | null;
  kostenMetPlanJaar1: number | null;
  kostenMetPlanPerJaarDaarna: number | null;
  nettoBesparingJaar1: number | null;
  nettoBesparingPerJaarDaarna: number | null;
  gerealiseerdSituationeel: number | null;
  gerealiseerdStructureel: number | null;
  gerealiseerdIncidenteel: number | null;
}

const SOM_VELDEN: (keyof Sommen)[] = [
  'doormodderenPerJaar',
  'planEenmalig',
  'planPerJaar',
  'verwachteBesparingPerJaar',
  'kostenMetPlanJaar1',
  'kostenMetPlanPerJaarDaarna',
  'nettoBesparingJaar1',
  'nettoBesparingPerJaarDaarna',
  'gerealiseerdSituationeel',
  'gerealiseerdStructureel',
  'gerealiseerdIncidenteel',
];

export function sommen(c: Schemas['CaseView']): Sommen {
  const bedrag = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return Object.fromEntries(SOM_VELDEN.map((k) => [k, bedrag(c[k])])) as unknown as Sommen;
}

/** The case's context as a doorbraak, when it has the shape of one (else null: the screen says so). */
export function doorbraakContext(c: Schemas['CaseView']): DoorbraakContext | null {
  const x = c.context as Partial<DoorbraakContext>;
  const ok =
    typeof x.aanmelding === 'object' &&
    Array.isArray(x.besluiten) &&
    Array.isArray(x.acties) &&
    Array.isArray(x.evaluaties) &&
    Array.isArray(x.config?.mandaatniveaus);
  return ok ? (x as DoorbraakContext) : null;
}

export function niveauNaam(ctx: DoorbraakContext, code: string | null | undefined): string {
  if (!code) return '—';
  return ctx.config.mandaatniveaus.find((n) => n.code === code)?.naam ?? code;
}
