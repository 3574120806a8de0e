/**
 * Indicators in a scenario test. A scenario has one or two inwoners, so GET /indicators rightly answers "< 5" for
 * what it counts (issue #13: beleid never sees a cell under 5). A test therefore reads the exact figure where it is
 * computed, the service's unsuppressed `computeOnbewerkt` (what the history says), and checks separately what
 * leaves through the API: the same indicators, suppressed.
 */
import { IndicatorenService } from '../../apps/api/src/indicatoren/indicatoren.service';
import {
  type IndicatorCel,
  type IndicatorRapport,
  type IndicatorUitkomst,
  ONDERDRUKT,
} from '@regie/sociaal-domein';
import type { AgentFor, Api } from './api-harness';

export type Uitkomsten = Record<string, IndicatorUitkomst>;

const perKey = (r: IndicatorRapport): Uitkomsten => Object.fromEntries(r.indicatoren.map((i) => [i.key, i]));

/** The indicators `keys` of `gemeente` over the period, unsuppressed: the exact figures of the history. */
export async function onbewerkt(
  api: Api,
  gemeente: string,
  from: string,
  to: string,
  keys: string[],
): Promise<Uitkomsten> {
  return perKey(await api.app.get(IndicatorenService).computeOnbewerkt(gemeente, from, to, keys));
}

/** The same as beleid gets them from GET /indicators (JSON), suppressed. */
export async function zoalsBeleid(
  beleid: AgentFor,
  from: string,
  to: string,
  keys: string[],
): Promise<Uitkomsten> {
  const q = new URLSearchParams({ from, to, keys: keys.join(',') });
  return perKey((await beleid.get(`/api/v1/indicators?${q}`).expect(200)).body as IndicatorRapport);
}

/** The cell of a breakdown (`naar`, e.g. "soort") labelled `label`. */
export function uitsplitsingCel(u: IndicatorUitkomst, naar: string, label: string): IndicatorCel {
  const cel = u.uitsplitsingen.find((s) => s.naar === naar)?.cellen.find((c) => c.label === label)?.cel;
  if (!cel) throw new Error(`${u.key}: geen cel ${naar} ${label}`);
  return cel;
}

/** A cell as the API writes one that rests on 1 to 4 inwoners (or cases): no number, no basis, "< 5". */
export const VERBORGEN: IndicatorCel = { waarde: null, weergave: ONDERDRUKT, basis: null, onderdrukt: true };
