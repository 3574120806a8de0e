/** The whole catalogue, in the order the monitor shows it: Almelo, Twenterand, Borne, then the engine's own. */
import { ALMELO } from './almelo';
import { BORNE } from './borne';
import type { CatalogusItem } from './familie';
import { REGIE } from './regie';
import { TWENTERAND } from './twenterand';

export type { Berekening } from './familie';

export const CATALOGUS: readonly CatalogusItem[] = [...ALMELO, ...TWENTERAND, ...BORNE, ...REGIE];

/** The definitions alone (what the monitor explains), without how they are computed. */
export const DEFINITIES = CATALOGUS.map(({ rekenwijze: _, ...d }) => d);
