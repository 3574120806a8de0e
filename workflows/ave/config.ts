/**
 * The AVE rules a gemeente may set (JOURNEYS.md section 2): per level the situation, who has regie, the term in
 * which a receiving regie holder must accept, and the interval of the periodic review. `AVE_DEFAULTS` holds the
 * defaults of JOURNEYS.md; a case's input (and CONFIGURATIE_GEWIJZIGD) carries only the deviations, which are
 * merged over the defaults and copied into the case's context, so a case keeps the rules it started with.
 */
import { z } from 'zod';
import { TERM_UNITS } from '../fields';
import type { TermLength } from '../workflow';

export const NIVEAUS = [0, 1, 2, 3, 4] as const;
export type Niveau = (typeof NIVEAUS)[number];
/** Levels as object keys (JSON has string keys only). */
export type NiveauKey = `${Niveau}`;

export interface NiveauConfig {
  /** Dutch description of the situation at this level */
  situatie: string;
  /** who has regie at this level */
  regierol: string;
  /** the regie role instead of `regierol` when children are in the household (level 3: procesmanager) */
  regierolMetKinderen: string | null;
  /** who keeps procesregie beside the regie holder at this level (level 4: procesmanager); null: nobody apart */
  procesregierol: string | null;
  /** the term in which the receiving holder must accept regie after opschalen to this level; null: no acceptance */
  acceptatietermijn: TermLength | null;
  /** the interval of the periodic review at this level; null: no periodic review */
  reviewinterval: TermLength | null;
}

export interface AveConfig {
  niveaus: Record<NiveauKey, NiveauConfig>;
}

const TWEE_WERKDAGEN: TermLength = { amount: 2, unit: 'werkdagen' };

/** JOURNEYS.md section 2 (Almelo's AVE with level 0, the national AVE guide for levels 1-4). */
export const AVE_DEFAULTS: AveConfig = {
  niveaus: {
    '0': {
      situatie: 'Regulier leven: geen problemen, of alleen vermoedens; preventie',
      regierol: 'inwoner',
      regierolMetKinderen: null,
      procesregierol: null,
      acceptatietermijn: null,
      reviewinterval: null,
    },
    '1': {
      situatie: 'Een vraag of probleem op één levensgebied',
      regierol: 'professional',
      regierolMetKinderen: null,
      procesregierol: null,
      acceptatietermijn: null,
      reviewinterval: null,
    },
    '2': {
      situatie: 'Problemen op meerdere levensgebieden, meerdere professionals betrokken',
      regierol: 'casusregisseur',
      regierolMetKinderen: null,
      procesregierol: null,
      acceptatietermijn: null,
      reviewinterval: { amount: 3, unit: 'months' },
    },
    '3': {
      situatie: 'Vastgelopen samenwerking, hoge complexiteit of een veiligheidsrisico',
      regierol: 'spoedteam',
      regierolMetKinderen: 'procesmanager',
      procesregierol: null,
      acceptatietermijn: TWEE_WERKDAGEN,
      reviewinterval: { amount: 4, unit: 'weeks' },
    },
    '4': {
      situatie:
        'Volledige escalatie, acute onveiligheid: bestuurlijke regie met het Zorg- en Veiligheidshuis',
      regierol: 'bestuurlijk',
      regierolMetKinderen: null,
      procesregierol: 'procesmanager',
      acceptatietermijn: TWEE_WERKDAGEN,
      reviewinterval: { amount: 1, unit: 'weeks' },
    },
  },
};

const termLength = z.strictObject({
  amount: z.number().int().positive().max(1000),
  unit: z.enum(TERM_UNITS),
});
const rol = z.string().trim().min(1).max(100);

const niveauConfigOverride = z.strictObject({
  situatie: z.string().trim().min(1).max(500).optional(),
  regierol: rol.optional(),
  regierolMetKinderen: rol.nullable().optional(),
  procesregierol: rol.nullable().optional(),
  acceptatietermijn: termLength.nullable().optional(),
  reviewinterval: termLength.nullable().optional(),
});

/** A gemeente's deviations from AVE_DEFAULTS, per level; what is absent keeps its default. */
export const aveConfigInput = z.strictObject({
  niveaus: z
    .strictObject({
      '0': niveauConfigOverride.optional(),
      '1': niveauConfigOverride.optional(),
      '2': niveauConfigOverride.optional(),
      '3': niveauConfigOverride.optional(),
      '4': niveauConfigOverride.optional(),
    })
    .optional(),
});
export type AveConfigInput = z.infer<typeof aveConfigInput>;

const copyTerm = (t: TermLength | null): TermLength | null => (t ? { amount: t.amount, unit: t.unit } : null);

/** The full rules: the deviations merged over AVE_DEFAULTS (a fresh plain-JSON copy). */
export function mergeConfig(overrides?: AveConfigInput): AveConfig {
  const niveaus = {} as Record<NiveauKey, NiveauConfig>;
  for (const n of NIVEAUS) {
    const key = `${n}` as NiveauKey;
    const d = AVE_DEFAULTS.niveaus[key];
    const o = overrides?.niveaus?.[key] ?? {};
    niveaus[key] = {
      situatie: o.situatie ?? d.situatie,
      regierol: o.regierol ?? d.regierol,
      regierolMetKinderen:
        o.regierolMetKinderen === undefined ? d.regierolMetKinderen : o.regierolMetKinderen,
      procesregierol: o.procesregierol === undefined ? d.procesregierol : o.procesregierol,
      acceptatietermijn: copyTerm(
        o.acceptatietermijn === undefined ? d.acceptatietermijn : o.acceptatietermijn,
      ),
      reviewinterval: copyTerm(o.reviewinterval === undefined ? d.reviewinterval : o.reviewinterval),
    };
  }
  return { niveaus };
}

export function niveauConfig(config: AveConfig, niveau: Niveau): NiveauConfig {
  return config.niveaus[`${niveau}`];
}

/** Who has regie at a level, given whether children are in the household. */
export function rolVoorNiveau(config: AveConfig, niveau: Niveau, kinderenInHuishouden: boolean): string {
  const n = niveauConfig(config, niveau);
  return kinderenInHuishouden && n.regierolMetKinderen ? n.regierolMetKinderen : n.regierol;
}
