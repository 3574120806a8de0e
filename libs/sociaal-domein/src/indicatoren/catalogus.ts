/** The whole catalogue, in the order the monitor shows it: Almelo, Twenterand, Borne, then the engine's own. */
import type { CatalogusItem } from './familie';

export type { Berekening } from './familie';

export const CATALOGUS: CatalogusItem[] = [];
