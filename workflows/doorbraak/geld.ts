/**
 * The money of a doorbraak, in whole eurocents (integers, never floats: € 4.800,00 is 480000), and the
 * maatschappelijke kosten-batenrekening of the perspectiefplan. Pure arithmetic on integers, so every sum is exact
 * and the API and the UI read the sums (projection) instead of computing them again.
 *
 * The sum, per year:
 * - kosten doormodderen per jaar (M): what every agency and provision involved costs now, summed from the
 *   analysis; computed, never typed.
 * - plan eenmalig (E): the one-off costs of the plan's steps (what the mandate is measured against).
 * - plan per jaar (J): the new yearly costs the plan's steps bring.
 * - verwachte besparing per jaar (B): the yearly costs of today's provisions the steps are expected to end.
 * - kosten met plan in jaar 1 = M - B + E + J; in each year after = M - B + J.
 * - netto besparing jaar 1 = M - kosten met plan in jaar 1 = B - E - J;
 *   netto besparing per jaar daarna = M - kosten met plan per jaar daarna = B - J.
 * A negative net saving is a plan that costs more than muddling on: shown as it is, not clipped.
 */
import { z } from 'zod';

/** The largest amount one field may hold: € 100.000.000,00. Sums of many stay far below 2^53. */
export const MAX_CENTEN = 10_000_000_000;

/** An amount in whole eurocents, non-negative; the messages name the field, so the professional knows which. */
export function centen(veld: string, omschrijving: string) {
  return z
    .number({ error: `${veld}: geef een bedrag in hele eurocenten (een getal)` })
    .int({ error: `${veld}: een bedrag in hele eurocenten, zonder fracties van een cent` })
    .nonnegative({ error: `${veld}: een bedrag kan niet negatief zijn` })
    .max(MAX_CENTEN, { error: `${veld}: een bedrag van hoogstens € 100.000.000,00` })
    .describe(`${omschrijving}, in eurocenten (€ 4.800,00 is 480000)`);
}

export interface Jaarkosten {
  kostenPerJaar: number;
}

export interface StapBedragen {
  eenmaligeKosten: number;
  jaarlijkseKosten: number;
  verwachteBesparingPerJaar: number;
}

export interface KostenBaten {
  /** M: the yearly cost of muddling on */
  doormodderenPerJaar: number;
  /** E */
  planEenmalig: number;
  /** J */
  planPerJaar: number;
  /** B */
  verwachteBesparingPerJaar: number;
  /** M - B + E + J */
  kostenMetPlanJaar1: number;
  /** M - B + J */
  kostenMetPlanPerJaarDaarna: number;
  /** M - (M - B + E + J) = B - E - J */
  nettoBesparingJaar1: number;
  /** B - J */
  nettoBesparingPerJaarDaarna: number;
}

const som = (bedragen: readonly number[]): number => bedragen.reduce((a, b) => a + b, 0);

export function doormodderenPerJaar(betrokkenen: readonly Jaarkosten[]): number {
  return som(betrokkenen.map((b) => b.kostenPerJaar));
}

export function planEenmalig(stappen: readonly StapBedragen[]): number {
  return som(stappen.map((s) => s.eenmaligeKosten));
}

export function kostenBaten(
  betrokkenen: readonly Jaarkosten[],
  stappen: readonly StapBedragen[],
): KostenBaten {
  const m = doormodderenPerJaar(betrokkenen);
  const e = planEenmalig(stappen);
  const j = som(stappen.map((s) => s.jaarlijkseKosten));
  const b = som(stappen.map((s) => s.verwachteBesparingPerJaar));
  const jaar1 = m - b + e + j;
  const daarna = m - b + j;
  return {
    doormodderenPerJaar: m,
    planEenmalig: e,
    planPerJaar: j,
    verwachteBesparingPerJaar: b,
    kostenMetPlanJaar1: jaar1,
    kostenMetPlanPerJaarDaarna: daarna,
    nettoBesparingJaar1: m - jaar1,
    nettoBesparingPerJaarDaarna: m - daarna,
  };
}

export const BESPARINGSSOORTEN = ['situationeel', 'structureel', 'incidenteel'] as const;
export type Besparingssoort = (typeof BESPARINGSSOORTEN)[number];

/** The realised yearly savings of the latest evaluation, per classification (as Borne reports them). */
export function gerealiseerdPerSoort(
  besparingen: readonly { soort: Besparingssoort; gerealiseerdPerJaar: number }[],
): Record<Besparingssoort, number> {
  const per = { situationeel: 0, structureel: 0, incidenteel: 0 };
  for (const b of besparingen) per[b.soort] += b.gerealiseerdPerJaar;
  return per;
}
