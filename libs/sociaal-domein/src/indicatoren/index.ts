export type * from './types';
export { BRONNEN, EENHEDEN, REEKSEN, UITSPLITSINGEN } from './types';
export { CATALOGUS } from './catalogus';
export { berekenRapport, onbekendeKeys, OnbekendeIndicator, type RapportVerbinding } from './rapport';
export { onderdrukRapport, onderdrukIndicator, secundair, ONDERDRUKT } from './onderdrukking';
export type { MonitorDeel, MonitorInhoud } from './monitor-inhoud';
export {
  type BwWachtende,
  type DoorlooptijdRij,
  type GerealiseerdeBesparing,
  type StandRij,
  type TellingRij,
  type TellingSoort,
  type TermijnRij,
  bwWachtlijst,
} from './lezen';
