/** Dates for people to read: a local date (YYYY-MM-DD) written out in Dutch, e.g. "21 november 2027". */
const VOLUIT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2027-11-21" -> "21 november 2027"; anything that is not a valid local date comes back unchanged. */
export function datumVoluit(localDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) return localDate;
  const d = new Date(`${localDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? localDate : VOLUIT.format(d);
}
