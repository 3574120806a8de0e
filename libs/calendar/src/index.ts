/** @regie/calendar: Dutch legal term arithmetic (Algemene termijnenwet) on Europe/Amsterdam local dates. */
export {
  TIME_ZONE,
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDay,
  localDate,
  startOfLocalDay,
} from './dates';
export { anchorVoorLeeftijd, dateAtAge, inMaanden, leeftijdOp } from './leeftijd';
export type { Leeftijd } from './leeftijd';
export { ATW_KALENDER, GELIJKGESTELDE_DAGEN, Kalender } from './kalender';
export type { TermEnd, TermLength } from './kalender';
export { datumVoluit } from './weergave';
