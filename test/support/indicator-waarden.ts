/**
 * Indicators in a scenario test. A scenario has one or two inwoners, so GET /indicators rightly answers "< 5" for
 * what it counts (beleid never sees a cell under 5). A test therefore reads the exact figure where it is
 * computed, the service's unsuppressed `computeOnbewerkt` (what the history says), and checks separately what
 * leaves through the API: the same indicators, suppressed, in the flat shape of the OpenAPI document (`waarde`,
 * `weergave`, `onderdrukt` and `basis` on the indicator and on each cell, not in a nested cell).
 */
import type { components } from '@regie/api-client';
import { IndicatorsService } from '../../apps/api/src/indicatoren/indicatoren.service';
import { asTenant } from '@regie/persistence';
import {
  type IndicatorCel,
  type IndicatorRapport,
  type IndicatorUitkomst,
  ONDERDRUKT,
} from '@regie/sociaal-domein';
import type { AgentFor, Api } from './api-harness';

export type Uitkomsten = Record<string, IndicatorUitkomst>;

/** An indicator as GET /indicators answers it (JSON). */
export type Antwoord = components['schemas']['IndicatorUitkomst'];
export type Antwoorden = Record<string, Antwoord>;

const perKey = (r: IndicatorRapport): Uitkomsten => Object.fromEntries(r.indicatoren.map((i) => [i.key, i]));

/** The indicators `keys` of `gemeente` over the period, unsuppressed: the exact figures of the history. */
export async function onbewerkt(
  api: Api,
  gemeente: string,
  from: string,
  to: string,
  keys: string[],
): Promise<Uitkomsten> {
  // as a request of the gemeente computes them: under its tenant scope
  const service = api.app.get(IndicatorsService);
  return perKey(await asTenant(api.db, gemeente, () => service.computeOnbewerkt(from, to, keys)));
}

/** The same as beleid gets them from GET /indicators (JSON), suppressed. */
export async function zoalsBeleid(
  beleid: AgentFor,
  from: string,
  to: string,
  keys: string[],
): Promise<Antwoorden> {
  const q = new URLSearchParams({ from, to, keys: keys.join(',') });
  const body = (await beleid.get(`/api/v1/indicators?${q}`).expect(200))
    .body as components['schemas']['IndicatorRapport'];
  return Object.fromEntries(body.indicatoren.map((i) => [i.key, i]));
}

/** The cell of a breakdown (`naar`, e.g. "soort") labelled `label`, unsuppressed. */
export function uitsplitsingCel(u: IndicatorUitkomst, naar: string, label: string): IndicatorCel {
  const cel = u.uitsplitsingen.find((s) => s.naar === naar)?.cellen.find((c) => c.label === label)?.cel;
  if (!cel) throw new Error(`${u.key}: geen cel ${naar} ${label}`);
  return cel;
}

/** The same cell as beleid reads it from the API. */
export function antwoordCel(
  u: Antwoord,
  naar: string,
  label: string,
): components['schemas']['IndicatorUitsplitsingCel'] {
  const cel = u.uitsplitsingen.find((s) => s.naar === naar)?.cellen.find((c) => c.label === label);
  if (!cel) throw new Error(`${u.key}: geen cel ${naar} ${label}`);
  return cel;
}

/**
 * What the API writes for a number that rests on 1 to 4 inwoners (or cases): no number, no basis, "< 5". An
 * indicator or a cell of the answer carries these fields beside its others: compare with `toMatchObject`.
 */
export const VERBORGEN: IndicatorCel = { waarde: null, weergave: ONDERDRUKT, basis: null, onderdrukt: true };
