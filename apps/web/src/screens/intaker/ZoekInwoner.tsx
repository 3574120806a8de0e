/** Search inwoners by name, BSN (exact) or birth date; the results link to the klantbeeld. */
import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { datum } from '../../format';
import { navigate, useLoad } from '../../hooks';

export interface SearchQuery {
  naam?: string;
  bsn?: string;
  geboortedatum?: string;
}

export function searchSubjects(q: SearchQuery): Promise<Schemas['SubjectList']> {
  return call(api().GET('/subjects', { params: { query: q } }));
}

/** The form; `onSearch` gets the criteria (the search screen puts them in the URL). */
export function SubjectSearchForm({
  initial,
  onSearch,
}: {
  initial: SearchQuery;
  onSearch: (q: SearchQuery) => void;
}) {
  const [naam, setNaam] = useState(initial.naam ?? '');
  const [bsn, setBsn] = useState(initial.bsn ?? '');
  const [geboortedatum, setGeboortedatum] = useState(initial.geboortedatum ?? '');
  const [fout, setFout] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q: SearchQuery = {};
    if (naam.trim()) q.naam = naam.trim();
    if (bsn.trim()) q.bsn = bsn.replace(/\s/g, '');
    if (geboortedatum) q.geboortedatum = geboortedatum;
    if (!q.naam && !q.bsn && !q.geboortedatum) return setFout('Vul een naam, BSN of geboortedatum in.');
    if (q.bsn && !/^\d{9}$/.test(q.bsn)) return setFout('Een BSN heeft 9 cijfers.');
    setFout(null);
    onSearch(q);
  };
  return (
    <form className="regie-zoek" onSubmit={submit} noValidate role="search" aria-label="Inwoner zoeken">
      {fout ? <ErrorAlert>{fout}</ErrorAlert> : null}
      <div className="regie-zoek__velden">
        <FormField>
          <FormLabel htmlFor="zoek-naam">Naam (of een deel ervan)</FormLabel>
          <Textbox id="zoek-naam" value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />
        </FormField>
        <FormField>
          <FormLabel htmlFor="zoek-bsn">BSN</FormLabel>
          <Textbox
            id="zoek-bsn"
            inputMode="numeric"
            value={bsn}
            onChange={(e) => setBsn(e.target.value)}
            autoComplete="off"
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="zoek-geboortedatum">Geboortedatum</FormLabel>
          <Textbox
            id="zoek-geboortedatum"
            type="date"
            value={geboortedatum}
            onChange={(e) => setGeboortedatum(e.target.value)}
          />
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action-button">
        Zoeken
      </Button>
    </form>
  );
}

export function SubjectResults({
  query,
  action,
}: {
  query: SearchQuery;
  action?: (s: Schemas['Subject']) => React.ReactNode;
}) {
  const key = JSON.stringify(query);
  const { data, error, loading } = useLoad(() => searchSubjects(query), [key]);
  if (error) return <ErrorAlert>{error}</ErrorAlert>;
  if (loading || !data) return <Loading what="inwoners" />;
  if (!data.items.length) return <Empty>Geen inwoners gevonden.</Empty>;
  return (
    <ul className="regie-resultaten" aria-label="Gevonden inwoners">
      {data.items.map((s) => (
        <li key={s.id} className="regie-kaart">
          <AppLink to={`/inwoners/${s.id}`}>{s.name}</AppLink>
          <span className="regie-klein">
            {s.kind === 'huishouden' ? 'huishouden' : `geboren ${datum(s.birthDate)}`}
          </span>
          {action ? action(s) : null}
        </li>
      ))}
    </ul>
  );
}

export function ZoekInwoner({ query }: { query: URLSearchParams }) {
  const q: SearchQuery = {};
  for (const k of ['naam', 'bsn', 'geboortedatum'] as const) {
    const v = query.get(k);
    if (v) q[k] = v;
  }
  const searched = Object.keys(q).length > 0;
  return (
    <>
      <Heading1>Inwoner zoeken</Heading1>
      <Paragraph>Zoek op naam, BSN (precies) of geboortedatum. Velden samen moeten alle kloppen.</Paragraph>
      <SubjectSearchForm
        key={query.toString()}
        initial={q}
        onSearch={(n) => navigate(`/inwoners?${new URLSearchParams(n as Record<string, string>)}`)}
      />
      {searched ? (
        <section aria-labelledby="h-resultaten">
          <Heading2 id="h-resultaten">Resultaten</Heading2>
          <SubjectResults query={q} />
        </section>
      ) : null}
    </>
  );
}
