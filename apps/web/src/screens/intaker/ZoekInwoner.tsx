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
import { useEffect, useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Loading } from '../../components/Feedback';
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
  /** the message, and the field it is about (marked invalid, and focused) */
  const [fout, setFout] = useState<{ veld: 'naam' | 'bsn'; tekst: string } | null>(null);
  // the criteria of the URL (back and forward): into the fields, without a new form (which would lose the focus)
  const initialKey = JSON.stringify(initial);
  useEffect(() => {
    setNaam(initial.naam ?? '');
    setBsn(initial.bsn ?? '');
    setGeboortedatum(initial.geboortedatum ?? '');
  }, [initialKey]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q: SearchQuery = {};
    if (naam.trim()) q.naam = naam.trim();
    if (bsn.trim()) q.bsn = bsn.replace(/\s/g, '');
    if (geboortedatum) q.geboortedatum = geboortedatum;
    let error: typeof fout = null;
    if (!q.naam && !q.bsn && !q.geboortedatum)
      error = { veld: 'naam', tekst: 'Vul een naam, BSN of geboortedatum in.' };
    else if (q.naam && q.naam.length < 2)
      error = { veld: 'naam', tekst: 'Zoek op minstens 2 letters van de naam.' };
    else if (q.bsn && !/^\d{9}$/.test(q.bsn)) error = { veld: 'bsn', tekst: 'Een BSN heeft 9 cijfers.' };
    setFout(error);
    if (error) return document.getElementById(`zoek-${error.veld}`)?.focus();
    onSearch(q);
  };
  const invalid = (veld: 'naam' | 'bsn') =>
    fout?.veld === veld
      ? { invalid: true, 'aria-invalid': true, 'aria-describedby': `zoek-${veld}-fout` }
      : {};
  const melding = (veld: 'naam' | 'bsn') =>
    fout?.veld === veld ? (
      <p id={`zoek-${veld}-fout`} className="utrecht-form-field-error-message regie-fout">
        {fout.tekst}
      </p>
    ) : null;
  return (
    <form className="regie-zoek" onSubmit={submit} noValidate role="search" aria-label="Inwoner zoeken">
      <div className="regie-zoek__velden">
        <FormField invalid={fout?.veld === 'naam'}>
          <FormLabel htmlFor="zoek-naam">Naam (of een deel ervan)</FormLabel>
          {melding('naam')}
          <Textbox
            id="zoek-naam"
            value={naam}
            onChange={(e) => setNaam(e.target.value)}
            autoComplete="off"
            {...invalid('naam')}
          />
        </FormField>
        <FormField invalid={fout?.veld === 'bsn'}>
          <FormLabel htmlFor="zoek-bsn">BSN</FormLabel>
          {melding('bsn')}
          <Textbox
            id="zoek-bsn"
            inputMode="numeric"
            value={bsn}
            onChange={(e) => setBsn(e.target.value)}
            autoComplete="off"
            {...invalid('bsn')}
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
  if (!data.items.length)
    return (
      <Paragraph role="status" className="regie-leeg">
        Geen inwoners gevonden.
      </Paragraph>
    );
  return (
    <>
      <Paragraph role="status">
        {data.items.length === 1 ? '1 inwoner gevonden.' : `${data.items.length} inwoners gevonden.`}
      </Paragraph>
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
    </>
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
