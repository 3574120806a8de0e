/**
 * The doorbraak rules a gemeente may set (JOURNEYS.md section 3): its mandate levels (who may decide on a plan up
 * to which one-off amount), the decision term and its reminder, when the plan is evaluated, and how early the owner
 * of an action is reminded. `DOORBRAAK_DEFAULTS` holds the defaults; a case's input carries only the deviations
 * (the admin's configuration, recorded in the config history), merged over the defaults and copied into the
 * case's context, so a case keeps the rules it started with.
 */
import { z } from 'zod';
import { TERM_UNITS } from '../fields';
import type { TermLength } from '../workflow';
import { euro } from '@regie/geld';
import { centen } from './geld';

/** One level of mandate: who may approve a plan whose one-off cost is at most `bovengrens` (eurocents). */
export interface Mandaatniveau {
  /** stable code, carried by a decider's token (claim `mandaat`), e.g. `teamleider` */
  code: string;
  /** Dutch name, e.g. `manager sociaal domein` */
  naam: string;
  /** the highest one-off plan cost this level may approve, in eurocents; null: no limit (the college) */
  bovengrens: number | null;
}

export interface DoorbraakConfig {
  /** from the lowest level to the highest; only the highest has no limit */
  mandaatniveaus: Mandaatniveau[];
  /** how long a level has to decide on a plan before the next level up hears of it */
  besluittermijn: TermLength;
  /** how long before the end of the decision term the level is reminded */
  besluitHerinnering: TermLength;
  /** months after the decision at which the plan is evaluated */
  evaluatieMaanden: number[];
  /** how long before an action's due date its owner is reminded */
  actieHerinnering: TermLength;
}

export const DOORBRAAK_DEFAULTS: DoorbraakConfig = {
  mandaatniveaus: [
    { code: 'teamleider', naam: 'teamleider', bovengrens: 500_000 },
    { code: 'manager_sociaal_domein', naam: 'manager sociaal domein', bovengrens: 2_500_000 },
    { code: 'college', naam: 'college van B&W', bovengrens: null },
  ],
  besluittermijn: { amount: 5, unit: 'werkdagen' },
  besluitHerinnering: { amount: 1, unit: 'werkdagen' },
  evaluatieMaanden: [3, 12],
  actieHerinnering: { amount: 2, unit: 'werkdagen' },
};

const termLength = z.strictObject({
  amount: z.number().int().positive().max(1000).describe('hoeveel'),
  unit: z.enum(TERM_UNITS).describe('de eenheid: werkdagen, days, weeks, months ...'),
});

export const mandaatCode = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,49}$/,
    'een code van kleine letters, cijfers en _ (bijv. manager_sociaal_domein)',
  );

const mandaatniveau = z.strictObject({
  code: mandaatCode.describe('de code van het mandaatniveau, zoals het token van een beslisser die draagt'),
  naam: z.string().trim().min(1).max(100).describe('de naam van het niveau, bijv. manager sociaal domein'),
  bovengrens: centen('bovengrens', 'de hoogste eenmalige plankosten die dit niveau mag goedkeuren')
    .nullable()
    .describe(
      'de hoogste eenmalige plankosten die dit niveau mag goedkeuren, in eurocenten; null: geen grens',
    ),
});

/** Levels must climb: unique codes, rising limits, and only the highest without a limit (someone can decide). */
function checkNiveaus(niveaus: Mandaatniveau[], ctx: z.RefinementCtx): void {
  const codes = new Set<string>();
  niveaus.forEach((n, i) => {
    if (codes.has(n.code))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'code'],
        message: `mandaatniveau ${n.code} staat er dubbel in`,
      });
    codes.add(n.code);
    const laatste = i === niveaus.length - 1;
    if (laatste && n.bovengrens !== null)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'bovengrens'],
        message: `het hoogste mandaatniveau (${n.naam}) heeft geen bovengrens (null): iemand moet elk plan kunnen goedkeuren`,
      });
    if (!laatste && n.bovengrens === null)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'bovengrens'],
        message: `alleen het hoogste mandaatniveau is zonder bovengrens; ${n.naam} heeft er een nodig`,
      });
    const vorige = niveaus[i - 1]?.bovengrens;
    if (i > 0 && n.bovengrens !== null && vorige != null && n.bovengrens <= vorige)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'bovengrens'],
        message: `de bovengrens van ${n.naam} moet hoger zijn dan die van het niveau eronder (${euro(vorige)})`,
      });
  });
}

/** A gemeente's deviations from DOORBRAAK_DEFAULTS; what is absent keeps its default. Levels are replaced whole. */
export const doorbraakConfigInput = z.strictObject({
  mandaatniveaus: z
    .array(mandaatniveau)
    .min(1)
    .max(10)
    .superRefine(checkNiveaus)
    .optional()
    .describe('de mandaatniveaus van laag naar hoog; vervangt de standaard (teamleider, manager, college)'),
  besluittermijn: termLength
    .optional()
    .describe('de termijn voor een besluit per niveau (standaard 5 werkdagen)'),
  besluitHerinnering: termLength
    .optional()
    .describe('hoe lang voor het einde van de besluittermijn wordt herinnerd'),
  evaluatieMaanden: z
    .array(z.number().int().min(1).max(60))
    .min(1)
    .max(6)
    .refine((m) => m.every((v, i) => i === 0 || v > m[i - 1]), 'evaluatieMaanden: oplopend en zonder dubbele')
    .optional()
    .describe('maanden na het besluit waarop het plan wordt geëvalueerd (standaard 3 en 12)'),
  actieHerinnering: termLength
    .optional()
    .describe('hoe lang voor de uiterste datum de eigenaar van een actie wordt herinnerd'),
});
export type DoorbraakConfigInput = z.infer<typeof doorbraakConfigInput>;

const copyTerm = (t: TermLength): TermLength => ({ amount: t.amount, unit: t.unit });

/** The full rules: the deviations merged over DOORBRAAK_DEFAULTS (a fresh plain-JSON copy). */
export function mergeConfig(o?: DoorbraakConfigInput): DoorbraakConfig {
  const d = DOORBRAAK_DEFAULTS;
  return {
    mandaatniveaus: (o?.mandaatniveaus ?? d.mandaatniveaus).map((n) => ({ ...n })),
    besluittermijn: copyTerm(o?.besluittermijn ?? d.besluittermijn),
    besluitHerinnering: copyTerm(o?.besluitHerinnering ?? d.besluitHerinnering),
    evaluatieMaanden: [...(o?.evaluatieMaanden ?? d.evaluatieMaanden)],
    actieHerinnering: copyTerm(o?.actieHerinnering ?? d.actieHerinnering),
  };
}

// ---- mandate levels ----

/** The index of a level by its code; -1 when the case's rules do not know it. */
export function niveauIndex(config: DoorbraakConfig, code: string | null | undefined): number {
  return code ? config.mandaatniveaus.findIndex((n) => n.code === code) : -1;
}

/** The lowest level that may approve a plan with this one-off cost. */
export function nodigNiveau(config: DoorbraakConfig, eenmalig: number): Mandaatniveau {
  const niveaus = config.mandaatniveaus;
  return (
    niveaus.find((n) => n.bovengrens === null || eenmalig <= n.bovengrens) ?? niveaus[niveaus.length - 1]
  );
}

/** The level above `code`, or null at the top. */
export function volgendNiveau(config: DoorbraakConfig, code: string): Mandaatniveau | null {
  return config.mandaatniveaus[niveauIndex(config, code) + 1] ?? null;
}

export function niveau(config: DoorbraakConfig, code: string): Mandaatniveau | null {
  return config.mandaatniveaus.find((n) => n.code === code) ?? null;
}

/** `manager sociaal domein (tot € 25.000,00)`, `college van B&W (boven € 25.000,00)`. */
export function beschrijfNiveau(config: DoorbraakConfig, n: Mandaatniveau): string {
  if (n.bovengrens !== null) return `${n.naam} (tot ${euro(n.bovengrens)})`;
  const onder = config.mandaatniveaus[niveauIndex(config, n.code) - 1];
  return onder?.bovengrens != null
    ? `${n.naam} (boven ${euro(onder.bovengrens)})`
    : `${n.naam} (zonder grens)`;
}
