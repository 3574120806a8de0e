/**
 * Beleid's monitor screen: a period, every indicator of the catalogue over it with its definition, its value and
 * its series as a chart (with the same numbers as a table) and its breakdowns; the report as CSV (for Excel) and
 * the monitor as PDF (for the council) to download; and the monthly monitors the worker made. The API suppresses:
 * every cell is shown as the API writes it ("< 5" included), nothing is counted here.
 */
import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { api, call, errorMessage, type Schemas } from '../../api';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { useApp, useNow } from '../../context';
import { dagSleutel, datum, datumTijd } from '../../format';
import { useLoad } from '../../hooks';
import { Staafdiagram } from './Staafdiagram';

type Rapport = Schemas['IndicatorRapport'];
type Uitkomst = Schemas['IndicatorUitkomst'];

const BRONNEN: Record<string, string> = {
  almelo: 'Almelo (actieplan)',
  twenterand: 'Twenterand (begroting)',
  borne: 'Borne (Monitor Sociaal Domein)',
  regie: 'Regie: doorlooptijden en termijnen',
};

const maandNaam = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-K1" -> "K1 2026", "2026-03" -> "maart 2026" */
function puntLabel(periode: string): string {
  const k = /^(\d{4})-K([1-4])$/.exec(periode);
  if (k) return `K${k[2]} ${k[1]}`;
  if (/^\d{4}-\d{2}$/.test(periode)) return maandNaam.format(new Date(`${periode}-01T12:00:00Z`));
  return periode;
}

/** Saves a blob the API answered under `bestand` (the session's token travels with the call, not in a link). */
function bewaar(blob: Blob, bestand: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestand;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Monitor() {
  const { clockTick } = useApp();
  const vandaag = dagSleutel(useNow());
  const [periode, setPeriode] = useState({ from: `${vandaag.slice(0, 4)}-01-01`, to: vandaag });
  // one live region for the page: what a download did
  const [status, setStatus] = useState<Status | null>(null);
  return (
    <>
      <Heading1>Monitor sociaal domein</Heading1>
      <Paragraph>
        De indicatoren van de gemeente over een periode, berekend uit de historie van Regie. Cellen met minder
        dan 5 inwoners staan er als &ldquo;&lt; 5&rdquo;, zodat niemand herkenbaar is.
      </Paragraph>
      <Periodekeuze periode={periode} onKies={setPeriode} />
      <Downloads periode={periode} melden={setStatus} />
      <StatusMessage message={status?.tekst ?? null} ok={status?.ok ?? true} />
      <Indicatoren periode={periode} tick={clockTick} />
      <Maandmonitors tick={clockTick} melden={setStatus} />
    </>
  );
}

interface Status {
  tekst: string;
  ok: boolean;
}

interface Periode {
  from: string;
  to: string;
}

function Periodekeuze({ periode, onKies }: { periode: Periode; onKies: (p: Periode) => void }) {
  const [van, setVan] = useState(periode.from);
  const [tot, setTot] = useState(periode.to);
  const [fout, setFout] = useState<string | null>(null);
  const kies = (e: FormEvent) => {
    e.preventDefault();
    if (!van || !tot) return setFout('Vul beide datums in.');
    if (van > tot) return setFout('De periode eindigt voor zij begint.');
    setFout(null);
    onKies({ from: van, to: tot });
  };
  return (
    <form className="regie-zoek" onSubmit={kies} noValidate aria-label="Periode van de monitor">
      <div className="regie-zoek__velden">
        <Datumveld id="monitor-van" label="Van" value={van} onChange={setVan} fout={fout !== null} />
        <Datumveld id="monitor-tot" label="Tot en met" value={tot} onChange={setTot} fout={fout !== null} />
      </div>
      {fout ? (
        <p id="monitor-fout" className="utrecht-form-field-error-message regie-fout" role="alert">
          {fout}
        </p>
      ) : null}
      <Button type="submit" appearance="primary-action-button">
        Toon periode
      </Button>
    </form>
  );
}

function Datumveld(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  fout: boolean;
}) {
  return (
    <FormField invalid={props.fout}>
      <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      <Textbox
        id={props.id}
        type="date"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...(props.fout ? { invalid: true, 'aria-describedby': 'monitor-fout' } : {})}
      />
    </FormField>
  );
}

function Downloads({ periode, melden: setStatus }: { periode: Periode; melden: (s: Status) => void }) {
  const haal = async (soort: 'csv' | 'pdf') => {
    setStatus({ tekst: `De ${soort.toUpperCase()} wordt gemaakt…`, ok: true });
    try {
      const blob =
        soort === 'csv'
          ? await call(
              api().GET('/indicators', {
                params: { query: { ...periode, weergave: 'volledig' } },
                headers: { Accept: 'text/csv' },
                parseAs: 'blob',
              }),
            )
          : await call(
              api().GET('/monitor', { params: { query: { ...periode, format: 'pdf' } }, parseAs: 'blob' }),
            );
      const naam = soort === 'csv' ? 'indicatoren' : 'monitor-sociaal-domein';
      bewaar(blob as Blob, `${naam}-${periode.from}-${periode.to}.${soort}`);
      setStatus({ tekst: `De ${soort.toUpperCase()} is gedownload.`, ok: true });
    } catch (e) {
      setStatus({ tekst: errorMessage(e), ok: false });
    }
  };
  return (
    <section aria-labelledby="monitor-downloads">
      <Heading2 id="monitor-downloads">
        Downloads over {datum(periode.from)} tot en met {datum(periode.to)}
      </Heading2>
      <div className="regie-knoppen">
        <Button type="button" appearance="secondary-action-button" onClick={() => void haal('csv')}>
          Download indicatoren als CSV (voor Excel)
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => void haal('pdf')}>
          Download monitor als PDF (voor de raad)
        </Button>
      </div>
    </section>
  );
}

function Indicatoren({ periode, tick }: { periode: Periode; tick: number }) {
  const { data, error } = useLoad(
    () =>
      call(
        api().GET('/indicators', { params: { query: { ...periode, weergave: 'volledig' } } }),
      ) as Promise<Rapport>,
    [periode.from, periode.to, tick],
  );
  if (error) return <ErrorAlert>{error}</ErrorAlert>;
  if (!data) return <Loading what="de indicatoren" />;
  const bronnen = new Map<string, Uitkomst[]>();
  for (const i of data.indicatoren) bronnen.set(i.bron, [...(bronnen.get(i.bron) ?? []), i]);
  return (
    <section aria-labelledby="monitor-indicatoren">
      <Heading2 id="monitor-indicatoren">Indicatoren</Heading2>
      {bronnen.size === 0 ? <Paragraph>Er zijn nog geen indicatoren.</Paragraph> : null}
      {[...bronnen].map(([bron, inds]) => (
        <section key={bron} aria-labelledby={`bron-${bron}`}>
          <Heading3 id={`bron-${bron}`}>{BRONNEN[bron] ?? bron}</Heading3>
          {inds.map((i) => (
            <Indicator key={i.key} i={i} />
          ))}
        </section>
      ))}
    </section>
  );
}

function Indicator({ i }: { i: Uitkomst }) {
  const id = `ind-${i.key.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return (
    <article aria-labelledby={id} className="regie-indicator">
      <h4 id={id} className="utrecht-heading-4">
        {i.naam} <span className="regie-klein">({i.key})</span>
      </h4>
      <Paragraph>{i.definitie}</Paragraph>
      {i.berekening ? <Paragraph className="regie-klein">{i.berekening}</Paragraph> : null}
      {i.nietBeschikbaar ? <Paragraph>Nog niet beschikbaar: {i.nietBeschikbaar}</Paragraph> : null}
      <Paragraph>
        Waarde over de periode: <strong>{i.weergave}</strong>
      </Paragraph>
      {i.punten.length ? <Reeks i={i} id={id} /> : null}
      {i.uitsplitsingen.map((u) => (
        <CelTabel
          key={u.naar}
          caption={`${i.naam} per ${u.naar}`}
          kolom={u.naar.charAt(0).toUpperCase() + u.naar.slice(1)}
          rijen={u.cellen.map((c) => [c.label, c.weergave])}
        />
      ))}
    </article>
  );
}

/** Cells under their labels: a breakdown, or a series beside its chart. */
function CelTabel({ caption, kolom, rijen }: { caption: string; kolom: string; rijen: [string, string][] }) {
  return (
    <table className="regie-table regie-table--smal">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{kolom}</th>
          <th scope="col">Waarde</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map(([label, weergave]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{weergave}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The series as bars labelled with the API's own text, and the same numbers in a table. */
function Reeks({ i, id }: { i: Uitkomst; id: string }) {
  return (
    <>
      <Staafdiagram
        id={id}
        caption={`${i.naam} per periode (staafdiagram; de waarden staan ook in de tabel eronder)`}
        staven={i.punten.map((p) => ({
          label: puntLabel(p.periode),
          waarde: p.waarde ?? 0,
          tekst: p.weergave,
        }))}
      />
      <CelTabel
        caption={`${i.naam} per periode`}
        kolom="Periode"
        rijen={i.punten.map((p) => [puntLabel(p.periode), p.weergave])}
      />
    </>
  );
}

function Maandmonitors({ tick, melden: setStatus }: { tick: number; melden: (s: Status) => void }) {
  const { data, error } = useLoad(() => call(api().GET('/monitors')), [tick]);
  const haal = async (m: Schemas['Maandmonitor'], format: 'html' | 'pdf') => {
    try {
      const blob = await call(
        api().GET('/monitors/{id}', {
          params: { path: { id: m.id }, query: { format } },
          parseAs: 'blob',
        }),
      );
      bewaar(blob as Blob, `maandmonitor-${m.maand}.${format}`);
      setStatus({ tekst: `De maandmonitor ${puntLabel(m.maand)} is gedownload.`, ok: true });
    } catch (e) {
      setStatus({ tekst: errorMessage(e), ok: false });
    }
  };
  return (
    <section aria-labelledby="maandmonitors">
      <Heading2 id="maandmonitors">Maandmonitors</Heading2>
      <Paragraph>
        Op de eerste werkdag van elke maand maakt Regie de monitor van de vorige maand en van het jaar tot en
        met die maand; u krijgt er een bericht van.
      </Paragraph>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {!data && !error ? <Loading what="de maandmonitors" /> : null}
      {data && data.items.length === 0 ? <Paragraph>Er is nog geen maandmonitor.</Paragraph> : null}
      {data && data.items.length ? (
        <table className="regie-table">
          <caption>De maandmonitors, de nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Maand</th>
              <th scope="col">Gemaakt op</th>
              <th scope="col">Downloaden</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.id}>
                <th scope="row">{puntLabel(m.maand)}</th>
                <td>{datumTijd(m.gemaaktOp)}</td>
                <td>
                  <div className="regie-knoppen">
                    {(['pdf', 'html'] as const).map((f) => (
                      <Button
                        key={f}
                        type="button"
                        appearance="secondary-action-button"
                        onClick={() => void haal(m, f)}
                        aria-label={`Maandmonitor ${puntLabel(m.maand)} als ${f.toUpperCase()}`}
                      >
                        {f.toUpperCase()}
                      </Button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
