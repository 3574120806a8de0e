/** Ages as the domain's queries compare them: by birth date, with the rules of libs/calendar leeftijd.ts. */
import { addDays, addMonths, dateAtAge } from '@regie/calendar';

/** The latest birth date that has reached `years` years and `months` months on `vandaag` (leeftijd.ts rules). */
export function laatsteGeboortedatum(vandaag: string, years: number, months = 0): string {
  let b = addMonths(vandaag, -(years * 12 + months));
  while (dateAtAge(addDays(b, 1), years, months) <= vandaag) b = addDays(b, 1);
  while (dateAtAge(b, years, months) > vandaag) b = addDays(b, -1);
  return b;
}
