export type * from './types';
export { BRONNEN, EENHEDEN, REEKSEN, UITSPLITSINGEN } from './types';
export { CATALOGUS, DEFINITIES } from './catalogus';
export { PRODUCTGROEPEN } from './borne';
export { berekenRapport, onbekendeKeys, OnbekendeIndicator } from './rapport';
export { onderdrukRapport, onderdrukIndicator, secundair, ONDERDRUKT, DREMPEL } from './onderdrukking';
export { NIET_BESCHIKBAAR, weergave } from './opmaak';
