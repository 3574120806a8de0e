/**
 * The case: summary, the journey as a diagram, the allowed events (the next step emphasised) with forms from
 * their schemas, terms with days left or overdue, history in plain Dutch. Printable.
 */
import { Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { DeadlineTable } from '../../components/Deadlines';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { allWorkflows, useSubjectName, workflowTitle } from '../../components/names';
import { hidden, label, SchemaFields, type JsonSchema, useSchemaSubmit } from '../../components/SchemaForm';
import { useApp, useNow } from '../../context';
import {
  AVE_NIVEAUS,
  CASUS_STATUS,
  gemeenteNaam,
  datum,
  datumTijd,
  korteDatum,
  mens,
  regierol,
  waarde,
} from '../../format';
import { useLoad } from '../../hooks';
import { DoorbraakOverzicht, EIGEN_FORMULIER } from '../doorbraak/DoorbraakOverzicht';
import { useTeamUsers } from '../teamleider/users';
import { JourneyDiagram } from './JourneyDiagram';

/** The engine's term events carry no schema in the document; these mirror the engine's own. */
const TERM_SCHEMAS: Record<string, JsonSchema> = {
  TERMIJN_OPSCHORTEN: {
    properties: { key: { type: 'string' }, reden: { type: 'string' } },
    required: ['key', 'reden'],
  },
  TERMIJN_HERVATTEN: {
    properties: { key: { type: 'string' }, reden: { type: 'string' } },
    required: ['key'],
  },
  TERMIJN_VERLENGEN: {
    properties: {
      key: { type: 'string' },
      reden: { type: 'string' },
      met: {
        type: 'object',
        properties: { amount: { type: 'integer' }, unit: { type: 'string', enum: ['days', 'weeks'] } },
        required: ['amount', 'unit'],
      },
    },
    required: ['key', 'reden', 'met'],
  },
};

const HISTORY_TITLES: Record<string, string> = {
  CASE_STARTED: 'Casus gestart',
  CASE_GESTART: 'Casus gestart',
  TERMIJN_VERSTREKEN: 'Termijn verlopen',
  DEADLINE_DUE: 'Termijn verlopen',
};

function isoish(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
}

/** The data of a history entry as "label: value" lines, without ids, keys or ISO strings. */
function dataLines(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (
      hidden(k, {}) ||
      ['workflow', 'workflowVersion', 'input', 'name', 'dueAt', 'party'].includes(k) ||
      v === null
    )
      continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      // "AVE-traject, urgentie: ..." (a word in capitals, like AVE, stays as it is)
      out.push(
        ...dataLines(v).map(
          (l) => `${label(k)}, ${/^.[a-z]/.test(l) ? l.charAt(0).toLowerCase() + l.slice(1) : l}`,
        ),
      );
      continue;
    }
    // rows of a list (a doorbraak's agencies, steps, scores) are shown in the case's own panels: counted here
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
      out.push(`${label(k)}: ${v.length} vastgelegd`);
      continue;
    }
    const text = Array.isArray(v)
      ? v.map(waarde).join(', ')
      : isoish(v)
        ? v.length > 10
          ? datumTijd(v)
          : datum(v)
        : typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v)
          ? null
          : waarde(v);
    if (text) out.push(`${label(k)}: ${text}`);
  }
  return out;
}

export function CaseScreen({ id }: { id: string }) {
  const { clockTick, hasRole, session } = useApp();
  const now = useNow();
  const [tick, setTick] = useState(0);
  const { data, error } = useLoad(async () => {
    const [c, history, workflows] = await Promise.all([
      call(api().GET('/cases/{id}', { params: { path: { id } } })),
      call(api().GET('/cases/{id}/history', { params: { path: { id } } })),
      allWorkflows(),
    ]);
    const graph = await call(
      api().GET('/workflows/{name}/graph', { params: { path: { name: c.workflow } } }),
    );
    return { c, history, workflows, graph };
  }, [id, clockTick, tick]);
  const name = useSubjectName(data?.c.subjectId);
  if (error)
    return (
      <>
        <Heading1>Casus</Heading1>
        <ErrorAlert>{error}</ErrorAlert>
      </>
    );
  if (!data)
    return (
      <>
        <Heading1>Casus</Heading1>
        <Loading what="de casus" />
      </>
    );
  const { c, history, workflows, graph } = data;
  const wf = workflows.find((w) => w.name === c.workflow);
  const title = (type: string) =>
    wf?.events.find((e) => e.type === type)?.title ?? HISTORY_TITLES[type] ?? mens(type);
  const currentTop = c.state.split(/[.,]/)[0]!;
  // The next step: allowed events that move the case forward (to a later, non-final phase first).
  const order = graph.states.filter((s) => s.parent === null).map((s) => s.id);
  const forward = graph.transitions
    .filter((t) => t.from.split('.')[0] === currentTop && c.allowedEvents.includes(t.event))
    .map((t) => ({ event: t.event, to: t.to.split('.')[0]! }))
    .filter((t) => t.to !== currentTop);
  const nonFinal = forward.filter((t) => !graph.states.find((s) => s.id === t.to)?.final);
  const primary = [...(nonFinal.length ? nonFinal : forward)].sort(
    (a, b) => order.indexOf(a.to) - order.indexOf(b.to),
  )[0];
  const nextStates = [...new Set(forward.map((t) => t.to))];
  return (
    <article className="regie-casus">
      <Paragraph className="regie-printonly">
        Casusoverzicht, gemeente {gemeenteNaam(session.gemeente)}, afgedrukt door {session.user} op{' '}
        {datumTijd(now)}.
      </Paragraph>
      <Heading1>
        {workflowTitle(workflows, c.workflow)}: {name}
      </Heading1>
      <dl className="regie-gegevens">
        <dt>Inwoner</dt>
        <dd>
          <AppLink to={`/inwoners/${c.subjectId}`}>{name}</AppLink>
        </dd>
        <dt>Fase</dt>
        <dd>
          {mens(c.state)} ({CASUS_STATUS[c.status]})
        </dd>
        <dt>Regiehouder</dt>
        <dd>
          {c.regie.holder ?? '—'} ({regierol(c.regie.role)})
        </dd>
        {typeof c.aveLevel === 'number' ? (
          <>
            <dt>AVE-niveau</dt>
            <dd>
              {c.aveLevel}: {AVE_NIVEAUS[c.aveLevel]}
            </dd>
          </>
        ) : null}
        <dt>Gestart</dt>
        <dd>{korteDatum(c.createdAt)}</dd>
        <dt>Bijgewerkt</dt>
        <dd>{datumTijd(c.updatedAt)}</dd>
      </dl>
      {c.workflow === 'doorbraak' ? (
        <DoorbraakOverzicht c={c} wf={wf} onDone={() => setTick((t) => t + 1)} />
      ) : null}
      {hasRole('teamleider') ? (
        <Paragraph className="regie-noprint">
          <AppLink to={`/casussen/${c.id}/audit`}>Audittrail van deze casus</AppLink>
        </Paragraph>
      ) : null}
      <div className="regie-casus__kolommen">
        <section aria-labelledby="h-reis" className="regie-casus__reis">
          <Heading2 id="h-reis">Klantreis</Heading2>
          <JourneyDiagram graph={graph} current={c.state} next={nextStates} />
        </section>
        <section aria-labelledby="h-acties" className="regie-noprint">
          <Heading2 id="h-acties" tabIndex={-1}>
            Wat kan nu
          </Heading2>
          <Actions
            c={c}
            wf={wf}
            primary={primary?.event}
            title={title}
            onDone={() => setTick((t) => t + 1)}
          />
        </section>
      </div>
      <section aria-labelledby="h-termijnen">
        <Heading2 id="h-termijnen">Termijnen</Heading2>
        <DeadlineTable deadlines={c.deadlines} caption="Termijnen van deze casus" />
      </section>
      <section aria-labelledby="h-historie">
        <Heading2 id="h-historie">Historie</Heading2>
        <ol className="regie-historie">
          {[...history].reverse().map((h) => (
            <li key={h.seq}>
              <time dateTime={h.at}>{datumTijd(h.at)}</time> <strong>{title(h.type)}</strong> door{' '}
              {h.actor === 'system' ? 'het systeem' : h.actor}
              {h.from && h.from !== h.to ? `: van ${mens(h.from)} naar ${mens(h.to)}` : ''}
              {dataLines(h.data).length ? (
                <ul>
                  {dataLines(h.data).map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <Paragraph className="regie-noprint">
        <Button type="button" appearance="subtle-button" onClick={() => window.print()}>
          Casusoverzicht afdrukken
        </Button>
      </Paragraph>
    </article>
  );
}

function Actions({
  c,
  wf,
  primary,
  title,
  onDone,
}: {
  c: Schemas['CaseView'];
  wf: Schemas['Workflow'] | undefined;
  primary: string | undefined;
  title: (t: string) => string;
  onDone: () => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const form = useSchemaSubmit('event');
  const { values, setValues, errors, setErrors, message, setMessage, problem, busy } = form;
  // opened: the focus goes into the form (its first field, else its title); cancelled: back to its button;
  // recorded: to "Wat kan nu", whose buttons are the case's next steps now (the status says what was recorded)
  const lastOpen = useRef<string | null>(null);
  const saved = useRef(false);
  useEffect(() => {
    if (open) {
      const formEl = document.getElementById('event-form');
      const first = formEl?.querySelector<HTMLElement>('input, select, textarea');
      (first ?? document.getElementById('event-form-titel'))?.focus();
    } else if (saved.current) document.getElementById('h-acties')?.focus();
    else if (lastOpen.current)
      document.querySelector<HTMLElement>(`[data-event="${lastOpen.current}"]`)?.focus();
    lastOpen.current = open;
    saved.current = false;
  }, [open]);
  const [ok, setOk] = useState<string | null>(null);
  const { session } = useApp();
  // the new regie holder is one of the team, chosen from a list (not free text)
  const users = useTeamUsers(session.team);
  if (!c.allowedEvents.length) return <Paragraph>Er is nu niets te doen in deze casus.</Paragraph>;
  // events with a form of their own elsewhere on the screen (the doorbraak's lists of rows) are not offered here
  const events = c.allowedEvents
    .filter((t) => !EIGEN_FORMULIER[c.workflow]?.includes(t))
    .sort((a, b) => Number(b === primary) - Number(a === primary));
  const schemaOf = (t: string) =>
    (wf?.events.find((e) => e.type === t)?.schema as JsonSchema) ?? TERM_SCHEMAS[t] ?? {};
  const termOptions = c.deadlines
    .filter((d) => d.status === 'pending' || d.status === 'overdue')
    .map((d) => ({ value: d.key, label: `${d.name} (uiterlijk ${korteDatum(d.dueDate ?? d.dueAt)})` }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!open) return;
    await form.submit(schemaOf(open), async (data) => {
      const na = await call(
        api().POST('/cases/{id}/events', {
          params: {
            path: { id: c.id },
            header: { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': String(c.version) },
          },
          // the event's fields sit beside its type (CaseEvent); the form's schema is the workflow's own, so the
          // union member is not known statically here
          body: { ...data, type: open } as Schemas['CaseEvent'],
        }),
      );
      const holder = typeof data.holder === 'string' ? data.holder : null;
      // an event that added something (a doorbraak's action) names it, as the answer does
      const nieuw = na.aangemaakt ? ` als ${na.aangemaakt.id}` : '';
      setOk(`${title(open)}: vastgelegd${nieuw}.${holder ? ` De regie ligt nu bij ${holder}.` : ''}`);
      saved.current = true;
      setOpen(null);
      setValues({});
      setErrors({});
      onDone();
    });
  };
  return (
    <>
      <StatusMessage message={ok} />
      <ul className="regie-acties">
        {events.map((t) => (
          <li key={t}>
            <Button
              type="button"
              data-event={t}
              appearance={t === primary ? 'primary-action-button' : 'secondary-action-button'}
              aria-expanded={open === t}
              aria-controls="event-form"
              onClick={() => {
                setOpen(open === t ? null : t);
                setValues({});
                setErrors({});
                setMessage(null);
                setOk(null);
              }}
            >
              {title(t)}
              {t === primary ? ' (volgende stap)' : ''}
            </Button>
          </li>
        ))}
      </ul>
      {open ? (
        <form
          id="event-form"
          className="regie-eventform"
          aria-labelledby="event-form-titel"
          onSubmit={(e) => void submit(e)}
          noValidate
        >
          <Heading3 id="event-form-titel" tabIndex={-1}>
            {title(open)}
          </Heading3>
          {message ? <ErrorAlert>{message}</ErrorAlert> : null}
          {problem?.code === 'consent_required' ? (
            <Paragraph>
              <AppLink to={`/inwoners/${c.subjectId}`}>Toestemming vastleggen op het klantbeeld</AppLink>
            </Paragraph>
          ) : null}
          <SchemaFields
            schema={schemaOf(open)}
            values={values}
            errors={errors}
            prefix="event"
            extra={{
              ...(termOptions.length ? { key: { options: termOptions } } : {}),
              // whoever gets regie is chosen from the team's users, never typed
              ...(users.length
                ? Object.fromEntries(
                    ['holder', 'ontvanger', 'regisseur', 'procesregisseur'].map((f) => [
                      f,
                      { options: users },
                    ]),
                  )
                : {}),
              // an action's owner is reminded of it: the team's users offered, another Regie user typed
              ...(users.length ? { eigenaar: { suggestions: users } } : {}),
            }}
            onChange={(path, v) => setValues((old) => ({ ...old, [path]: v }))}
          />
          <div className="regie-knoppen">
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Vastleggen
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setOpen(null)}>
              Annuleren
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
