/**
 * Beleid's start screen: every indicator the API offers, per month over the last twelve months (by the API's
 * clock), as a bar chart with the same numbers as a table, and as a CSV download. Counts of 1 to 4 inwoners are
 * shown as "<5" (in the chart, the table and the CSV), so no number points at a person; an amount (the realised
 * savings of the Doorbraakmethode, in euros) summed over 1 to 4 cases is not shown either.
 */
import { Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../api';
import { ErrorAlert, Loading } from '../../components/Feedback';
import { useApp, useNow } from '../../context';
import { dagSleutel, datum } from '../../format';
import { useLoad } from '../../hooks';
import { euro } from '../doorbraak/geld';
import { type Staaf, Staafdiagram } from './Staafdiagram';

/** Below this many inwoners a count is not shown. */
const DREMPEL = 5;

interface Maand {
  from: string;
  to: string;
  kort: string;
  lang: string;
}

const maandKort = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
const maandLang = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numeriek = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The twelve calendar months up to and including the one of `today` (YYYY-MM-DD, Amsterdam). */
function maanden(today: string): Maand[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: Maand[] = [];
  for (let i = 11; i >= 0; i--) {
    const start = new Date(Date.UTC(y, m - 1 - i, 1, 12));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0, 12));
    out.push({
      from: start.toISOString().slice(0, 10),
      to: end.toISOString().slice(0, 10),
      kort: `${maandKort.format(start).replace('.', '')} ${String(start.getUTCFullYear()).slice(2)}`,
      lang: maandLang.format(start),
    });
  }
  return out;
}

/** A count as it may be shown: "<5" for 1 to 4. */
export function getal(n: number): string {
  return n > 0 && n < DREMPEL ? `<${DREMPEL}` : n.toLocaleString('nl-NL');
}

interface Reeks {
  key: string;
  name: string;
  values: number[];
  total: number;
  /** an amount (eurocent) rather than a count: shown in euros, suppressed when summed over 1 to 4 cases */
  eenheid?: 'eurocent';
  casussen: number[];
  totaalCasussen: number;
}

/** An amount summed over 1 to 4 cases points at a household: not shown, as a count of 1 to 4 is not. */
const onderdrukt = (r: Reeks, v: number, casussen: number) =>
  r.eenheid ? casussen > 0 && casussen < DREMPEL : v > 0 && v < DREMPEL;

/** A cell as it may be shown: a count (see getal), or an amount in euros unless it is suppressed. */
export function cel(r: Reeks, v: number, casussen: number): string {
  if (!r.eenheid) return getal(v);
  return onderdrukt(r, v, casussen) ? `onderdrukt (<${DREMPEL} casussen)` : euro(v);
}

const kortBedrag = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
});

export function Indicatoren() {
  const { clockTick } = useApp();
  const today = dagSleutel(useNow());
  const months = useMemo(() => maanden(today), [today]);
  const { data, error } = useLoad(async () => {
    const get = (from: string, to: string) =>
      call(api().GET('/indicators', { params: { query: { from, to } } })) as Promise<
        Schemas['IndicatorList']
      >;
    const [perMonth, total] = await Promise.all([
      Promise.all(months.map((m) => get(m.from, m.to))),
      get(months[0]!.from, months[months.length - 1]!.to),
    ]);
    return total.map<Reeks>((t) => ({
      key: t.key,
      name: t.name,
      total: t.value,
      values: perMonth.map((list) => list.find((i) => i.key === t.key)?.value ?? 0),
      ...(t.eenheid ? { eenheid: t.eenheid } : {}),
      casussen: perMonth.map((list) => list.find((i) => i.key === t.key)?.casussen ?? 0),
      totaalCasussen: t.casussen ?? 0,
    }));
  }, [months, clockTick]);

  const periode = `${datum(months[0]!.from)} tot en met ${datum(months[months.length - 1]!.to)}`;
  return (
    <>
      <Heading1>Indicatoren</Heading1>
      <Paragraph>
        Per maand over de laatste twaalf maanden ({periode}). Aantallen van 1 tot en met 4 inwoners tonen we
        als &ldquo;&lt;5&rdquo;, zodat geen aantal naar een persoon wijst.
      </Paragraph>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {!data && !error ? <Loading what="de indicatoren" /> : null}
      {data ? (
        <>
          <CsvLink reeksen={data} months={months} />
          {data.length === 0 ? <Paragraph>Er zijn nog geen indicatoren.</Paragraph> : null}
          {data.map((r, i) => (
            <Indicator key={r.key} r={r} months={months} n={i} />
          ))}
        </>
      ) : null}
    </>
  );
}

function Indicator({ r, months, n }: { r: Reeks; months: Maand[]; n: number }) {
  const id = `indicator-${n}`;
  const max = Math.max(DREMPEL, ...r.values);
  const staven: Staaf[] = r.values.map((v, i) => {
    const suppressed = onderdrukt(r, v, r.casussen[i]!);
    return {
      label: months[i]!.kort,
      // a suppressed amount has no bar at all: its height would tell it
      waarde: suppressed ? (r.eenheid ? 0 : DREMPEL) : v,
      tekst: r.eenheid ? (suppressed ? '<5' : kortBedrag.format(v / 100)) : getal(v),
      klein: suppressed,
    };
  });
  return (
    <section aria-labelledby={`${id}-h`} className="regie-indicator">
      <Heading2 id={`${id}-h`}>{r.name}</Heading2>
      <Paragraph>
        Indicator {r.key}. Totaal over de twaalf maanden: <strong>{cel(r, r.total, r.totaalCasussen)}</strong>
        .
      </Paragraph>
      <Staafdiagram
        id={id}
        caption={`${r.name}, per maand (staafdiagram; de aantallen staan ook in de tabel eronder)`}
        staven={staven}
        max={max}
      />
      {r.values.every((v) => v === 0) ? (
        <Paragraph className="regie-klein">Geen staven: in elke maand is het aantal 0.</Paragraph>
      ) : null}
      <table className="regie-table regie-table--smal">
        <caption>
          {r.name}: {r.eenheid ? 'bedrag' : 'aantal'} per maand
        </caption>
        <thead>
          <tr>
            <th scope="col">Maand</th>
            <th scope="col">{r.eenheid ? 'Bedrag' : 'Aantal'}</th>
          </tr>
        </thead>
        <tbody>
          {r.values.map((v, i) => (
            <tr key={i}>
              <th scope="row">{months[i]!.lang}</th>
              <td>{cel(r, v, r.casussen[i]!)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Totaal</th>
            <td>{cel(r, r.total, r.totaalCasussen)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

const csvCell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The CSV of what the screen shows (suppressed the same way), built here: Dutch headers, `;` for Excel-NL. */
function CsvLink({ reeksen, months }: { reeksen: Reeks[]; months: Maand[] }) {
  const csv = useMemo(() => {
    const rows = [['Indicator', 'Code', 'Maand', 'Van', 'Tot en met', 'Aantal of bedrag']];
    for (const r of reeksen) {
      r.values.forEach((v, i) => {
        const m = months[i]!;
        const d = (s: string) => numeriek.format(new Date(`${s}T12:00:00Z`));
        rows.push([r.name, r.key, m.lang, d(m.from), d(m.to), cel(r, v, r.casussen[i]!)]);
      });
    }
    return '\ufeff' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  }, [reeksen, months]);
  const [href, setHref] = useState<string>();
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [csv]);
  const file = `indicatoren-${months[0]!.from.slice(0, 7)}-tot-en-met-${months[months.length - 1]!.from.slice(0, 7)}.csv`;
  return (
    <Paragraph>
      <Link href={href} download={file}>
        Download als CSV (voor Excel)
      </Link>
    </Paragraph>
  );
}
