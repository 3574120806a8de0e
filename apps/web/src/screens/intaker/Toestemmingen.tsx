/**
 * The inwoner's consents (toestemmingen) on the klantbeeld: the list, a form to record one (what for, shared with
 * whom, given by whom, until when) and withdrawing one with a reason. Sharing with an aanbieder, a referral or a
 * melding by someone else needs one (the engine checks it); the professional records it here.
 */
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../../api';
import { Empty, ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { SchemaFields, type JsonSchema, useSchemaSubmit } from '../../components/SchemaForm';
import { useNow } from '../../context';
import { dagSleutel, datum, eindeVanDag, totEnMet, waarde } from '../../format';
import { useLoad } from '../../hooks';

/** The scopes the journeys ask consent for (workflows: `sharing` and `consentRequired`), in the inwoner's words. */
const SCOPES: { value: string; label: string }[] = [
  { value: 'aanbieder', label: 'Gegevens delen met een zorgaanbieder (inzet van een voorziening)' },
  { value: 'verwijzing', label: 'Verwijzen naar een andere organisatie' },
  { value: 'melding', label: 'Een melding van iemand anders in behandeling nemen' },
];

const scopeLabel = (scope: string) => SCOPES.find((s) => s.value === scope)?.label ?? waarde(scope);

const CONSENT_SCHEMA: JsonSchema = {
  properties: {
    scope: { type: 'string' },
    grantedTo: { type: 'string', maxLength: 200 },
    grantedBy: { type: 'string', maxLength: 200 },
    validUntil: { type: 'string', format: 'date' },
    note: { type: 'string', maxLength: 2000 },
  },
  required: ['scope', 'grantedTo', 'grantedBy'],
};

const CONSENT_LABELS = {
  scope: 'Waarvoor',
  grantedTo: 'Gedeeld met (organisatie of persoon)',
  grantedBy: 'Gegeven door',
  validUntil: 'Geldig tot en met',
  note: 'Toelichting',
};

const WITHDRAW_SCHEMA: JsonSchema = {
  properties: { reden: { type: 'string', maxLength: 2000 } },
  required: ['reden'],
};

type Consent = Schemas['Consent'];

function lopend(c: Consent, now: string): boolean {
  return !c.withdrawnAt && (!c.validUntil || c.validUntil > now);
}

export function Toestemmingen({ subject }: { subject: Schemas['Subject'] }) {
  const [ok, setOk] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // back from the form (saved or cancelled): the focus returns to the button that opened it
  const wasAdding = useRef(false);
  useEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const now = useNow();
  const { data, error, reload } = useLoad(
    () => call(api().GET('/subjects/{id}/consents', { params: { path: { id: subject.id } } })),
    [subject.id],
  );
  const done = (message: string) => {
    setOk(message);
    setAdding(false);
    reload();
  };
  return (
    <>
      <StatusMessage message={ok} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {!data ? (
        error ? null : (
          <Loading what="de toestemmingen" />
        )
      ) : data.length ? (
        <ul className="regie-resultaten" aria-label="Toestemmingen">
          {data.map((c) => (
            <li key={c.id} className="regie-kaart">
              <strong>
                {scopeLabel(c.scope)}: {c.grantedTo}
              </strong>
              <span>
                gegeven door {c.grantedBy} op {datum(c.grantedAt)}
                {c.validUntil ? `; geldig tot en met ${totEnMet(c.validUntil)}` : ''}
                {c.withdrawnAt ? `; ingetrokken op ${datum(c.withdrawnAt)}` : ''}
              </span>
              <span className={`regie-status${lopend(c, now) ? '' : ' regie-status--gelezen'}`}>
                {c.withdrawnAt ? 'ingetrokken' : lopend(c, now) ? 'geldig' : 'verlopen'}
              </span>
              {c.note ? <span>{c.note}</span> : null}
              {lopend(c, now) ? (
                <Intrekken subjectId={subject.id} consent={c} onDone={done} onOpen={() => setOk(null)} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>Geen toestemmingen vastgelegd.</Empty>
      )}
      {adding ? (
        <NieuweToestemming subject={subject} onDone={done} onCancel={() => setAdding(false)} />
      ) : (
        <Button
          ref={addButton}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setOk(null);
            setAdding(true);
          }}
        >
          Toestemming vastleggen
        </Button>
      )}
    </>
  );
}

function NieuweToestemming({
  subject,
  onDone,
  onCancel,
}: {
  subject: Schemas['Subject'];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useSchemaSubmit('toestemming');
  const { values, setValues, errors, setErrors, message, setMessage, busy } = form;
  const today = dagSleutel(useNow());
  useEffect(() => {
    // the inwoner gives their own consent, most of the time
    if (subject.kind === 'inwoner') setValues({ grantedBy: subject.name });
    // opened from a button that is now gone: the focus goes to the form's first field
    document.getElementById('toestemming-scope')?.focus();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const until = values.validUntil;
    if (typeof until === 'string' && until && until < today) {
      setErrors({ validUntil: 'Deze datum ligt in het verleden: kies vandaag of later.' });
      setMessage('Niet alle velden zijn goed ingevuld; zie de meldingen bij de velden.');
      document.getElementById('toestemming-validUntil')?.focus();
      return;
    }
    await form.submit(CONSENT_SCHEMA, async (data) => {
      const body: Schemas['ConsentRequest'] = {
        scope: String(data.scope),
        grantedTo: String(data.grantedTo),
        grantedBy: String(data.grantedBy),
        ...(data.note ? { note: String(data.note) } : {}),
        ...(data.validUntil ? { validUntil: eindeVanDag(String(data.validUntil)) } : {}),
      };
      const c = await call(
        api().POST('/subjects/{id}/consents', {
          params: { path: { id: subject.id } },
          body,
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      );
      onDone(`Toestemming vastgelegd: ${scopeLabel(c.scope).toLowerCase()}, ${c.grantedTo}.`);
    });
  };
  return (
    <form
      className="regie-eventform"
      aria-labelledby="toestemming-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <Heading3 id="toestemming-titel">Toestemming vastleggen</Heading3>
      <Paragraph className="regie-klein">
        Leg vast waarvoor {subject.name} toestemming gaf en met wie de gegevens gedeeld mogen worden. Zonder
        einddatum geldt de toestemming tot ze wordt ingetrokken.
      </Paragraph>
      {message ? <ErrorAlert>{message}</ErrorAlert> : null}
      <SchemaFields
        schema={CONSENT_SCHEMA}
        values={values}
        errors={errors}
        prefix="toestemming"
        labels={CONSENT_LABELS}
        extra={{ scope: { options: SCOPES } }}
        onChange={(path, v) => setValues((old) => ({ ...old, [path]: v }))}
      />
      <div className="regie-knoppen">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Toestemming opslaan
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function Intrekken({
  subjectId,
  consent,
  onDone,
  onOpen,
}: {
  subjectId: string;
  consent: Consent;
  onDone: (message: string) => void;
  onOpen: () => void;
}) {
  const [open, setOpen] = useState(false);
  const form = useSchemaSubmit(`intrekken-${consent.id}`);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    // opened: to the reason; closed: back to the button
    if (open) document.getElementById(`intrekken-${consent.id}-reden`)?.focus();
    else toggle.current?.focus();
  }, [open]);
  const { values, setValues, errors, message, busy } = form;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.submit(WITHDRAW_SCHEMA, async (data) => {
      await call(
        api().POST('/subjects/{id}/consents/{consentId}/withdraw', {
          params: { path: { id: subjectId, consentId: consent.id } },
          body: { reden: String(data.reden) },
        }),
      );
      onDone(`Toestemming ingetrokken: ${scopeLabel(consent.scope).toLowerCase()}, ${consent.grantedTo}.`);
    });
  };
  if (!open)
    return (
      <Button
        ref={toggle}
        type="button"
        appearance="subtle-button"
        onClick={() => {
          onOpen();
          setOpen(true);
        }}
      >
        Intrekken
        <span className="regie-visually-hidden">
          : {scopeLabel(consent.scope)}, {consent.grantedTo}
        </span>
      </Button>
    );
  return (
    <form
      className="regie-intrekken"
      aria-label={`Toestemming intrekken: ${consent.grantedTo}`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {message ? <ErrorAlert>{message}</ErrorAlert> : null}
      <SchemaFields
        schema={WITHDRAW_SCHEMA}
        values={values}
        errors={errors}
        prefix={`intrekken-${consent.id}`}
        labels={{ reden: 'Reden van intrekken' }}
        onChange={(path, v) => setValues((old) => ({ ...old, [path]: v }))}
      />
      <div className="regie-knoppen">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Intrekken
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
