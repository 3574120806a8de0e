/**
 * What the doorbraak screens read of a case. The sums (kosten-batenrekening, mandate level needed, realised
 * savings) are the workflow's projection, beside the case view's fixed fields, so the screen never adds money up
 * itself. The details (the agencies, the steps, the decisions, the actions, the evaluations) are the case's
 * context, which the OpenAPI document leaves open (each workflow has its own): its types are the workflow's own,
 * imported as types only (nothing of the workflow runs in the browser), and `doorbraakContext` checks the shape
 * before the screen relies on it.
 */
import type { projection } from '@regie/workflows/doorbraak';
import type { DoorbraakContext } from '@regie/workflows/doorbraak/machine';
import type { Schemas } from '../../api';
import { mens, waarde } from '../../format';

export type { ZrmScore } from '@regie/workflows/doorbraak/events';
export type { DoorbraakContext, PlanStap } from '@regie/workflows/doorbraak/machine';

type Projectie = ReturnType<typeof projection>;

/** The projection's amounts (eurocents), or null while there is nothing to add up. */
export type Sommen = {
  [K in keyof Projectie as Projectie[K] extends number | null ? K : never]: number | null;
};

const SOM_VELDEN: readonly (keyof Sommen)[] = [
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

/** The amounts the screen shows, read from the case view where the projection's fields sit. */
export function sommen(c: Schemas['CaseView']): Sommen {
  const bedrag = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return Object.fromEntries(SOM_VELDEN.map((k) => [k, bedrag(c[k])])) as Sommen;
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

/** "actie-3" as the table and the messages about it say it: "Actie 3". */
export const actieNaam = (id: string) => id.replace('actie-', 'Actie ');

/** A ZRM life domain in words: the shared word for it where there is one (financien → financiën). */
export const domeinNaam = (d: string) => (waarde(d) === d ? mens(d) : waarde(d));
