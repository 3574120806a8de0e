/**
 * Beleid's systeemsignalen: what blocked households in a doorbraak (a rule, a process or an agency) with the
 * professional's proposal, and policy's answer. Beleid filters them by status, takes one in behandeling and closes
 * it with a reply; the signal is all there is to see, never the case it came from.
 */
import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { ApiError, api, call, errorMessage, type Schemas } from '../../api';
import { Empty, ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { useApp } from '../../context';
import { datum, datumTijd } from '../../format';
import { useLoad } from '../../hooks';

type Signaal = Schemas['Systeemsignaal'];
type Status = Schemas['SignaalStatus'];

const SIGNAAL_STATUS: Record<Status, string> = {
  ontvangen: 'Ontvangen',
  in_behandeling: 'In behandeling',
  afgehandeld: 'Afgehandeld',
};

const SOORT: Record<Signaal['soort'], string> = {
  regel: 'Regel',
  proces: 'Proces',
  instantie: 'Instantie',
};

const STATUSSEN = Object.keys(SIGNAAL_STATUS) as Status[];

export function Systeemsignalen() {
  const { clockTick, hasRole } = useApp();
  const [filter, setFilter] = useState<Status | ''>('');
  const [ok, setOk] = useState<string | null>(null);
  const { data, error, reload } = useLoad(
    () => call(api().GET('/systeemsignalen', { params: { query: filter ? { status: filter } : {} } })),
    [filter, clockTick],
  );
  const beantwoorden = hasRole('beleid');
  return (
    <>
      <Heading1>Systeemsignalen</Heading1>
      <Paragraph>
        Wat huishoudens in een doorbraak blokkeerde, met het voorstel van de professional. Alleen het signaal
        is hier te zien, niet de casus.
      </Paragraph>
      <StatusMessage message={ok} />
      <FormField>
        <FormLabel htmlFor="signaal-filter">Toon signalen met status</FormLabel>
        <Select id="signaal-filter" value={filter} onChange={(e) => setFilter(e.target.value as Status | '')}>
          <SelectOption value="">Alle</SelectOption>
          {STATUSSEN.map((s) => (
            <SelectOption key={s} value={s}>
              {SIGNAAL_STATUS[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {!data && !error ? <Loading what="de systeemsignalen" /> : null}
      {data && data.items.length === 0 ? (
        <Empty>Er zijn geen systeemsignalen{filter ? ` met status ${SIGNAAL_STATUS[filter]}` : ''}.</Empty>
      ) : null}
      {data ? (
        <ol className="regie-signalen">
          {data.items.map((s) => (
            <li key={s.id}>
              <SignaalKaart
                s={s}
                beantwoorden={beantwoorden}
                onSaved={(msg) => {
                  setOk(msg);
                  reload();
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function SignaalKaart({
  s,
  beantwoorden,
  onSaved,
}: {
  s: Signaal;
  beantwoorden: boolean;
  onSaved: (message: string) => void;
}) {
  const id = `signaal-${s.id}`;
  return (
    <article aria-labelledby={`${id}-h`} className="regie-signaal">
      <Heading2 id={`${id}-h`}>
        {SOORT[s.soort]}: {s.signaal}
      </Heading2>
      <dl className="regie-gegevens">
        <dt>Voorstel</dt>
        <dd>{s.voorstel}</dd>
        <dt>Gesignaleerd op</dt>
        <dd>{datum(s.gesignaleerdOp)}</dd>
        <dt>Status</dt>
        <dd>
          <span className={`regie-status regie-status--${s.status}`}>{SIGNAAL_STATUS[s.status]}</span>
        </dd>
        <dt>Reactie van beleid</dt>
        <dd>{s.reactie ?? 'Nog geen reactie.'}</dd>
        {s.gewijzigdDoor ? (
          <>
            <dt>Laatst gewijzigd</dt>
            <dd>
              {datumTijd(s.gewijzigdOp)} door {s.gewijzigdDoor}
            </dd>
          </>
        ) : null}
      </dl>
      {beantwoorden ? <Beantwoorden s={s} id={id} onSaved={onSaved} /> : null}
    </article>
  );
}

/** The status and the reply of one signal; afgehandeld needs a reply (the API says so too, on the field). */
function Beantwoorden({ s, id, onSaved }: { s: Signaal; id: string; onSaved: (m: string) => void }) {
  const [status, setStatus] = useState<Status>(s.status);
  const [reactie, setReactie] = useState(s.reactie ?? '');
  const [fout, setFout] = useState<{ veld: 'status' | 'reactie' | null; tekst: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const tekst = reactie.trim();
    if (status === 'afgehandeld' && !tekst) {
      setFout({
        veld: 'reactie',
        tekst: 'Geef een reactie: een afgehandeld signaal heeft een antwoord van beleid.',
      });
      document.getElementById(`${id}-reactie`)?.focus();
      return;
    }
    const body: Schemas['SysteemsignaalWijzigen'] = {
      ...(status !== s.status ? { status } : {}),
      ...(tekst && tekst !== s.reactie ? { reactie: tekst } : {}),
    };
    if (!Object.keys(body).length) {
      setFout({ veld: null, tekst: 'Er is niets gewijzigd.' });
      return;
    }
    setBusy(true);
    setFout(null);
    try {
      await call(
        api().PATCH('/systeemsignalen/{id}', {
          params: { path: { id: s.id }, header: { 'If-Match': String(s.versie) } },
          body,
        }),
      );
      onSaved(`Het signaal is bijgewerkt: ${SIGNAAL_STATUS[status].toLowerCase()}.`);
    } catch (err) {
      const veld = err instanceof ApiError ? err.invalidParams[0]?.name : undefined;
      setFout({ veld: veld === 'status' || veld === 'reactie' ? veld : null, tekst: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  const foutId = `${id}-fout`;
  return (
    <form
      className="regie-eventform"
      aria-label={`Beantwoorden: ${s.signaal}`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {fout && fout.veld === null ? <ErrorAlert>{fout.tekst}</ErrorAlert> : null}
      <FormField invalid={fout?.veld === 'status'}>
        <FormLabel htmlFor={`${id}-status`}>Status</FormLabel>
        {fout?.veld === 'status' ? (
          <p id={foutId} className="utrecht-form-field-error-message regie-fout">
            {fout.tekst}
          </p>
        ) : null}
        <Select
          id={`${id}-status`}
          value={status}
          invalid={fout?.veld === 'status'}
          aria-describedby={fout?.veld === 'status' ? foutId : undefined}
          onChange={(e) => setStatus(e.target.value as Status)}
        >
          {STATUSSEN.map((st) => (
            <SelectOption key={st} value={st}>
              {SIGNAAL_STATUS[st]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField invalid={fout?.veld === 'reactie'}>
        <FormLabel htmlFor={`${id}-reactie`}>
          Reactie{status === 'afgehandeld' ? null : <span className="regie-optioneel"> (optioneel)</span>}
        </FormLabel>
        {fout?.veld === 'reactie' ? (
          <p id={foutId} className="utrecht-form-field-error-message regie-fout">
            {fout.tekst}
          </p>
        ) : null}
        <Textarea
          id={`${id}-reactie`}
          rows={3}
          value={reactie}
          invalid={fout?.veld === 'reactie'}
          aria-invalid={fout?.veld === 'reactie' || undefined}
          aria-describedby={fout?.veld === 'reactie' ? foutId : undefined}
          onChange={(e) => setReactie(e.target.value)}
        />
      </FormField>
      <div className="regie-knoppen">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Opslaan
        </Button>
      </div>
    </form>
  );
}
