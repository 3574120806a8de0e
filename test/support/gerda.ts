/**
 * Gerda from SCENARIOS.md (a Wgs crisis over Easter), as scenario-gerda.spec.ts plays it through supertest and
 * scenario-client.spec.ts through the typed client: when it starts, who works it and the meldingen.
 */

/** Thursday 2 April 2026, 11:00: the day before Goede Vrijdag. */
export const GERDA_START = '2026-04-02T11:00:00+02:00';
export const SPECIALIST = 'schuldenspecialist1';

/** Gerda's melding: threatened cut-off of gas and electricity, a Wgs crisis. */
export const WGS_CRISIS = {
  channel: 'inwoner_zelf',
  lifeAreas: ['financien'],
  laws: ['Wgs'],
  wgsCrisis: true,
};
/** A Wmo melding, whose onderzoek term is suspended and extended. */
export const WMO = { channel: 'inwoner_zelf', lifeAreas: ['huishouden'], laws: ['Wmo'] };
