/**
 * What the doorbraak screens read of a case. The sums (kosten-batenrekening, mandate level needed, realised
 * savings) are the workflow's projection, fields of the case view, so the screen never adds money up itself. The
 * details (the agencies, the steps, the decisions, the actions, the evaluations) are the case's context, whose
 * shape the OpenAPI document names (`DoorbraakContext`): the screens type it from the generated client, like
 * everything else they read, and `doorbraakContext` checks the shape before the screen relies on it.
 */
import type { Schemas } from '../../api';
import { mens, waarde } from '../../format';

type CaseView = Schemas['CaseView'];
type DoorbraakContext = Schemas['DoorbraakContext'];

const SOM_VELDEN = [
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
] as const;

/** A name the case view does not document as an amount (a number) is `never`: a misspelt field fails to compile. */
type Bedragveld<K extends string> = NonNullable<CaseView[K]> extends number ? K : never;
const somVelden: readonly Bedragveld<(typeof SOM_VELDEN)[number]>[] = SOM_VELDEN;

/** The projection's amounts (eurocents), or null while there is nothing to add up. */
export type Sommen = Record<(typeof SOM_VELDEN)[number], number | null>;

/** The amounts the screen shows, read from the case view where the projection's fields sit. */
export function sommen(c: CaseView): Sommen {
  const bedrag = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return Object.fromEntries(somVelden.map((k) => [k, bedrag(c[k])])) as Sommen;
}

/**
 * The case's context as a doorbraak, when it has the shape of one (else null: the screen says so). The document
 * leaves a case view's context open (each workflow has its own), so the shape is checked, not assumed.
 */
export function doorbraakContext(c: CaseView): DoorbraakContext | null {
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

/** "actie-3" as the table and the messages about it say it: "Actie 3". */
export const actieNaam = (id: string) => id.replace('actie-', 'Actie ');

/** A ZRM life domain in words: the shared word for it where there is one (financien → financiën). */
export const domeinNaam = (d: string) => (waarde(d) === d ? mens(d) : waarde(d));
