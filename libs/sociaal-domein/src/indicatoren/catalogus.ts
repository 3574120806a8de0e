/** The whole catalogue, in the order the monitor shows it: Almelo, Twenterand, Borne, then the engine's own. */
import { ALMELO } from './almelo';
import { BORNE } from './borne';
import type { CatalogusItem } from './familie';
import { REGIE } from './regie';
import { TWENTERAND } from './twenterand';

export const CATALOGUS: readonly CatalogusItem[] = [...ALMELO, ...TWENTERAND, ...BORNE, ...REGIE];
