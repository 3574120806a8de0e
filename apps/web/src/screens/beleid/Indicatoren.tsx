/**
 * Beleid's start screen: every indicator of the catalogue over the last twelve months (by the API's clock), at a
 * glance: one table of the values, then each indicator with a series as a bar chart with the same numbers as a
 * table, and the API's CSV to download. The API suppresses (cells under 5 inwoners, and cells a total would give
 * away, read "< 5"); this screen shows its text as written and counts nothing itself, so it cannot leak a number
 * the API withheld. The monitor screen (Monitor.tsx) is the same catalogue over a period of one's choosing.
 */
import { Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../api';
import { ErrorAlert, Loading } from '../../components/Feedback';
import { useApp, useNow } from '../../context';
import { dagSleutel, datum } from '../../format';
import { useLoad } from '../../hooks';
import { type Staaf, Staafdiagram } from './Staafdiagram';

type Uitkomst = Schemas['IndicatorUitkomst'];

const maandKort = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The twelve calendar months up to and including the one of `today` (JJJJ-MM-DD, Amsterdam): first and last day. */
function twaalfMaanden(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1, 12));
  const end = new Date(Date.UTC(y, m, 0, 12));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** A point's label under its bar: "mrt 26" for a month, "K1 2026" for a quarter. */
function staafLabel(periode: string): string {
  const [jaar, deel] = periode.split('-') as [string, string];
  if (deel.startsWith('K')) return `${deel} ${jaar}`;
  return maandKort.format(new Date(`${periode}-15T12:00:00Z`)).replace('.', '');
}

export function Indicatoren() {
  const { clockTick } = useApp();
  const today = dagSleutel(useNow());
  const periode = useMemo(() => twaalfMaanden(today), [today]);
  const { data, error } = useLoad(async () => {
    const [rapport, csv] = await Promise.all([
      // JSON is asked for (the default Accept); the type also allows the CSV string the operation can answer
      call(api().GET('/indicators', { params: { query: periode } })) as Promise<Schemas['IndicatorRapport']>,
      // the API's own CSV, suppressed as the JSON is: the screen never builds numbers of its own; as a blob, so
      // the byte order mark Excel needs to read UTF-8 is kept (decoding to text would drop it)
      call(api().GET('/indicators', { params: { query: { ...periode, format: 'csv' } }, parseAs: 'blob' })),
    ]);
    return { rapport, csv: csv as Blob };
  }, [periode, clockTick]);

  return (
    <>
      <Heading1>Indicatoren</Heading1>
      <Paragraph>
        Over de laatste twaalf maanden ({datum(periode.from)} tot en met {datum(periode.to)}), berekend uit de
        historie van Regie. Cellen met minder dan 5 inwoners staan er als &ldquo;&lt; 5&rdquo;, en ook een cel
        die uit een totaal min de andere cellen zou volgen, zodat niemand herkenbaar is. Een andere periode,
        uitsplitsingen en de monitor als PDF vindt u onder Monitor.
      </Paragraph>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {!data && !error ? <Loading what="de indicatoren" /> : null}
      {data ? (
        <>
          <CsvLink csv={data.csv} bestand={`indicatoren-${periode.from}-${periode.to}.csv`} />
          {data.rapport.indicatoren.length === 0 ? (
            <Paragraph>Er zijn nog geen indicatoren.</Paragraph>
          ) : (
            <Overzicht indicatoren={data.rapport.indicatoren} />
          )}
          {data.rapport.indicatoren
            .filter((i) => i.punten.length > 0)
            .map((i, n) => (
              <Verloop key={i.key} i={i} n={n} />
            ))}
        </>
      ) : null}
    </>
  );
}

/** Every indicator in one table: its value over the twelve months as the API writes it. */
function Overzicht({ indicatoren }: { indicatoren: Uitkomst[] }) {
  return (
    <table className="regie-table">
      <caption>Alle indicatoren over de twaalf maanden</caption>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Code</th>
          <th scope="col">Waarde</th>
        </tr>
      </thead>
      <tbody>
        {indicatoren.map((i) => (
          <tr key={i.key}>
            <th scope="row">{i.naam}</th>
            <td>{i.key}</td>
            <td>{i.weergave}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One indicator's series: bars labelled with the API's text, and the same cells in a table. */
function Verloop({ i, n }: { i: Uitkomst; n: number }) {
  const id = `indicator-${n}`;
  const staven: Staaf[] = i.punten.map((p) => ({
    label: staafLabel(p.periode),
    // a suppressed cell has no number and so no bar: a height would tell what "< 5" hides
    waarde: p.waarde ?? 0,
    tekst: p.weergave,
    klein: p.onderdrukt,
  }));
  const per = i.reeks === 'kwartaal' ? 'kwartaal' : 'maand';
  return (
    <section aria-labelledby={`${id}-h`} className="regie-indicator">
      <Heading2 id={`${id}-h`}>{i.naam}</Heading2>
      <Paragraph>{i.definitie}</Paragraph>
      <Paragraph>
        Indicator {i.key}. Over de twaalf maanden: <strong>{i.weergave}</strong>.
      </Paragraph>
      <Staafdiagram
        id={id}
        caption={`${i.naam}, per ${per} (staafdiagram; de waarden staan ook in de tabel eronder)`}
        staven={staven}
      />
      <table className="regie-table regie-table--smal">
        <caption>
          {i.naam}: per {per}
        </caption>
        <thead>
          <tr>
            <th scope="col">{per === 'kwartaal' ? 'Kwartaal' : 'Maand'}</th>
            <th scope="col">Waarde</th>
          </tr>
        </thead>
        <tbody>
          {i.punten.map((p) => (
            <tr key={p.periode}>
              <th scope="row">
                {datum(p.van)} t/m {datum(p.tot)}
              </th>
              <td>{p.weergave}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The API's CSV as a download link (the session's token went with the call, so the link needs none). */
function CsvLink({ csv, bestand }: { csv: Blob; bestand: string }) {
  const [href, setHref] = useState<string>();
  useEffect(() => {
    const url = URL.createObjectURL(csv);
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [csv]);
  return (
    <Paragraph>
      <Link href={href} download={bestand}>
        Download als CSV (voor Excel)
      </Link>
    </Paragraph>
  );
}
