/**
 * @regie/sociaal-domein: what the social-domain journeys need beyond the generic engine, as the worker and the API
 * wire it in: the command policies it registers with the engine (consent, legal grounds, one case per household),
 * voorzieningen recorded by an effect handler, the enrolment scan for the 18-/18+ transition, the worklist with
 * its daily digest, the escalation board's query, and the periodic jobs (periodiekeTaken).
 */
export {
  isGgz,
  laatsteGeboortedatum,
  type ScanResult,
  Transitie18Inschrijving,
  voorzieningEffects,
  VoorzieningRecorder,
  VoorzieningVerlenger,
} from './voorzieningen';
export {
  AveBijVeiligheidsrisico,
  domainEffects,
  SysteemsignaalRecorder,
  VoorzieningBeeindiging,
} from './effecten';
export { DomainRecords } from './records';
export {
  commandPolicies,
  consentPolicy,
  engineRules,
  householdPolicy,
  type PolicyRepositories,
} from './policies';
export { WorklistDigest, worklistFor, type WorklistItem, worklistTaken } from './worklist';
export {
  BATCH,
  ImportBestandFout,
  type ImportOpties,
  type ImportResultaat,
  ImportSessie,
  Importer,
  type RijRapport,
  bepaalSoort,
} from './import/importer';
export { KOLOMMEN, SOORTEN, type Soort, elfproef, soortUitNaam } from './import/formats';
export { PRODUCTEN } from './import/producten';
export * from './indicatoren';
export {
  type BoardFilter,
  type BoardHouseholdRow,
  type BoardLevelRow,
  type BoardPathStep,
  type BoardPending,
  escalationBoard,
} from './board';
export {
  type DailyPatterns,
  type GeplandeTaak,
  Maandmonitor,
  PERIODIEK_WERK,
  type PeriodiekWerk,
  type WerkContext,
  geplandeTaken,
  maandmonitorJob,
  periodiekeTaken,
} from './periodiek';
