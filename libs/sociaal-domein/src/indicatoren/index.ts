export type * from './types';
export { CATALOGUS } from './catalogus';
export { berekenRapport, onbekendeKeys, OnbekendeIndicator } from './rapport';
export { onderdrukRapport, onderdrukIndicator, secundair, ONDERDRUKT, DREMPEL } from './onderdrukking';
export { NIET_BESCHIKBAAR, weergave } from './opmaak';
