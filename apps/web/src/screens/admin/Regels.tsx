/**
 * The admin's start screen: the rules of each workflow as a form generated from the workflow's config schema,
 * with the default beside every field and errors on the field (the schema's limits checked here, the API's
 * invalidParams mapped back); only deviations from the defaults are saved. And the history of the rules.
 */
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, call, errorMessage, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { Empty, ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { allWorkflows, workflowTitle } from '../../components/names';
import { datumTijd, mens, waarde } from '../../format';
import { navigate, useLoad } from '../../hooks';

type S = {
  type?: string | string[];
  properties?: Record<string, S>;
  required?: string[];
  enum?: unknown[];
  anyOf?: S[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
};

const LABELS: Record<string, string> = {
  niveaus: 'Niveaus',
  situatie: 'Situatie',
  regierol: 'Regierol',
  regierolMetKinderen: 'Regierol als er kinderen in het huishouden zijn',
  procesregierol: 'Procesregie naast de regiehouder',
  acceptatietermijn: 'Acceptatietermijn',
  reviewinterval: 'Reviewinterval',
  amount: 'Aantal',
  unit: 'Eenheid',
  openenWekenVoorEinde: 'Herindicatietaak opent (weken voor de einddatum)',
  escalatieWekenVoorEinde: 'Teamleider gewaarschuwd (weken voor de einddatum)',
  mijlpalen: 'Mijlpalen (leeftijd in jaren)',
  toekomstplan_gestart: 'Toekomstplan gestart',
  toekomstplan_afgesproken: 'Toekomstplan afgesproken',
  aanvragen_ingediend: 'Aanvragen ingediend',
  praktische_zaken_geregeld: 'Praktische zaken geregeld',
  nazorg: 'Nazorg',
  verlengdeJeugdhulpMaxLeeftijd: 'Verlengde jeugdhulp tot en met leeftijd',
  hervattingstermijnMaanden: 'Hervattingstermijn (maanden)',
  inhaaltermijnWeken: 'Inhaaltermijn (weken)',
  herinneringWeken: 'Herinnering (weken vooraf)',
};
const labelOf = (key: string) => LABELS[key] ?? mens(key);

interface Field {
  path: string;
  key: string;
  schema: S;
  /** the nullable group (a term: amount and unit) this field belongs to: all empty means null */
  group: string | null;
  /** the level page (niveaus.3) the field is on, if any */
  page: string | null;
}

function unwrap(s: S): { s: S; nullable: boolean } {
  if (!s.anyOf) return { s, nullable: false };
  const rest = s.anyOf.filter((a) => a.type !== 'null');
  return { s: rest[0] ?? {}, nullable: rest.length < s.anyOf.length };
}

function fieldsOf(schema: S, base = '', group: string | null = null, page: string | null = null): Field[] {
  const out: Field[] = [];
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const path = base ? `${base}.${key}` : key;
    const { s, nullable } = unwrap(raw);
    const pageHere = page ?? (/^\d+$/.test(key) && base ? path : null);
    if (s.properties) out.push(...fieldsOf(s, path, nullable ? path : group, pageHere));
    else out.push({ path, key, schema: s, group, page: pageHere });
  }
  return out;
}

function get(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

function set(obj: Record<string, unknown>, path: string, v: unknown) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = v;
}

function shown(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '';
  return String(v);
}

/** The default as words: "2 werkdagen", "procesmanager", "geen". */
function defaultText(defaults: unknown, f: Field): string {
  if (f.group && f.key === 'amount') {
    const t = get(defaults, f.group) as { amount: number; unit: string } | null | undefined;
    if (t === undefined) return 'niets ingesteld';
    return t ? `${t.amount} ${waarde(t.unit)}` : 'geen';
  }
  const v = get(defaults, f.path);
  if (v === undefined) return 'niets ingesteld';
  return v === null ? 'geen' : waarde(v);
}

function numberError(s: S, v: string): string | null {
  const n = Number(v.replace(',', '.'));
  const integer = s.type === 'integer';
  const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0) : s.minimum;
  const range =
    min !== undefined && s.maximum !== undefined
      ? ` van ${min} tot en met ${s.maximum}`
      : min !== undefined
        ? ` van minstens ${min}`
        : s.maximum !== undefined
          ? ` van hoogstens ${s.maximum}`
          : '';
  const want = `Vul een ${integer ? 'heel getal' : 'getal'}${range} in.`;
  if (!/^-?\d+([.,]\d+)?$/.test(v.trim()) || Number.isNaN(n)) return want;
  if (integer && !Number.isInteger(n)) return want;
  if (min !== undefined && n < min) return want;
  if (s.maximum !== undefined && n > s.maximum) return want;
  return null;
}

type Values = Record<string, string>;
type Errors = Record<string, string>;

/** Reads the form: the deviations from the defaults to save, or the errors per field. */
function readRules(
  fields: Field[],
  values: Values,
  defaults: unknown,
): { config: Record<string, unknown>; errors: Errors } {
  const errors: Errors = {};
  const full: Record<string, unknown> = {};
  const groups = new Map<string, Field[]>();
  for (const f of fields) if (f.group) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  for (const f of fields) {
    const v = (values[f.path] ?? '').trim();
    if (f.group) {
      const members = groups.get(f.group)!;
      const amount = members.find((m) => m.key === 'amount');
      const empty = amount
        ? !(values[amount.path] ?? '').trim()
        : members.every((m) => !(values[m.path] ?? '').trim());
      if (empty) {
        set(full, f.group, null);
        continue;
      }
    }
    if (!v) {
      const d = get(defaults, f.path);
      if (d === undefined) continue; // optional without a default: not set
      if (unwrapNullable(f)) set(full, f.path, null); // empty: none
      continue; // empty: the default
    }
    if (f.schema.type === 'integer' || f.schema.type === 'number') {
      const e = numberError(f.schema, v);
      if (e) errors[f.path] = e;
      else set(full, f.path, Number(v.replace(',', '.')));
    } else if (f.schema.enum) set(full, f.path, f.schema.enum[Number(v)]);
    else if (f.schema.maxLength && v.length > f.schema.maxLength)
      errors[f.path] = `Hoogstens ${f.schema.maxLength} tekens.`;
    else set(full, f.path, v);
  }
  return { config: diff(full, defaults) as Record<string, unknown>, errors };
}

const nullableFields = new WeakSet<Field>();
const unwrapNullable = (f: Field) => nullableFields.has(f);

/** Only what differs from the defaults (an object without differences disappears). */
function diff(value: unknown, d: unknown): unknown {
  // a term (amount and unit) is one value: the API wants it whole
  const term = (x: unknown) => Boolean(x && typeof x === 'object' && 'amount' in x);
  if (value && typeof value === 'object' && d && typeof d === 'object' && !term(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const x = diff(v, (d as Record<string, unknown>)[k]);
      if (x !== undefined) out[k] = x;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(d) ? undefined : value;
}

/** A saved version's deviations as Dutch lines ("Niveau 3, acceptatietermijn: 7 werkdagen"). */
function summary(config: unknown, base = ''): string[] {
  if (!config || typeof config !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(config as Record<string, unknown>)) {
    const name = /^\d+$/.test(k) ? `Niveau ${k}` : labelOf(k);
    const where = base ? `${base}, ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
    if (v && typeof v === 'object' && 'amount' in v && 'unit' in v) {
      const t = v as { amount: number; unit: string };
      out.push(`${where}: ${t.amount} ${waarde(t.unit)}`);
    } else if (v && typeof v === 'object') out.push(...summary(v, k === 'niveaus' ? '' : where));
    else out.push(`${where}: ${v === null ? 'geen' : waarde(v)}`);
  }
  return out;
}

export function Regels({ query }: { query: URLSearchParams }) {
  const { data, error, reload } = useLoad(
    () => Promise.all([call(api().GET('/admin/config')), allWorkflows()]),
    [],
  );
  const chosen = query.get('workflow');
  if (error || !data)
    return (
      <>
        <Heading1>Regels per workflow</Heading1>
        {error ? <ErrorAlert>{error}</ErrorAlert> : <Loading what="de regels" />}
      </>
    );
  const [configs, workflows] = data;
  const current = configs.find((c) => c.workflow === chosen) ?? configs[0];
  return (
    <>
      <Heading1>Regels per workflow</Heading1>
      <Paragraph>
        De regels die de gemeente per klantreis instelt. Nieuwe casussen starten met de regels van dat moment;
        lopende casussen houden de hunne. Een leeg veld krijgt de standaard, behalve waar staat: leeg laten is
        geen.
      </Paragraph>
      <nav aria-label="Workflows" className="regie-subnav">
        <ul>
          {configs.map((c) => (
            <li key={c.workflow}>
              <AppLink to={`/regels?workflow=${encodeURIComponent(c.workflow)}`} current={c === current}>
                {workflowTitle(workflows, c.workflow)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {current ? (
        <RulesForm
          key={current.workflow}
          config={current}
          title={workflowTitle(workflows, current.workflow)}
          page={query.get('niveau')}
          onSaved={reload}
        />
      ) : (
        <Empty>Geen workflow heeft regels om in te stellen.</Empty>
      )}
    </>
  );
}

function RulesForm({
  config,
  title,
  page,
  onSaved,
}: {
  config: Schemas['WorkflowConfig'];
  title: string;
  page: string | null;
  onSaved: () => void;
}) {
  const defaults = config.defaults;
  const fields = useMemo(() => {
    const list = fieldsOf(config.schema as S);
    for (const f of list)
      if (
        unwrap((get(config.schema, `properties.${f.path.split('.').join('.properties.')}`) as S) ?? {})
          .nullable
      )
        nullableFields.add(f);
    return list;
  }, [config.schema]);
  const initial = useMemo(() => {
    const v: Values = {};
    for (const f of fields) {
      const own = get(config.config, f.path);
      const groupOwn = f.group ? get(config.config, f.group) : undefined;
      const x =
        groupOwn === null
          ? undefined
          : own !== undefined
            ? own
            : f.group && groupOwn !== undefined
              ? undefined
              : get(defaults, f.path);
      v[f.path] = f.schema.enum
        ? x === undefined || x === null
          ? ''
          : String(f.schema.enum.indexOf(x))
        : shown(x);
    }
    return v;
  }, [fields, config.config, defaults]);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const history = useLoad(
    () =>
      call(
        api().GET('/admin/config/{workflow}/history', { params: { path: { workflow: config.workflow } } }),
      ),
    [config.workflow, config.version],
  );

  const pages = [...new Set(fields.map((f) => f.page).filter((p): p is string => p !== null))];
  const pageOf = (path: string) => fields.find((f) => f.path === path)?.page ?? null;
  const [shownPage, setShownPage] = useState<string | null>(
    pages.find((p) => p.endsWith(`.${page}`)) ?? pages.find((p) => /\.3$/.test(p)) ?? pages[0] ?? null,
  );

  useEffect(() => {
    if (!focusOn) return;
    const el = document.getElementById(fieldId(focusOn));
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
    setFocusOn(null);
  }, [focusOn]);

  const showErrors = (e: Errors) => {
    setErrors(e);
    const first = fields.find((f) => e[f.path]);
    if (first) {
      if (first.page && first.page !== shownPage) setShownPage(first.page);
      setFocusOn(first.path);
    }
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setMessage(null);
    setFailure(null);
    const read = readRules(fields, values, defaults);
    if (Object.keys(read.errors).length) {
      setFailure('Niet opgeslagen: verbeter de velden met een foutmelding.');
      return showErrors(read.errors);
    }
    setBusy(true);
    try {
      const r = await call(
        api().PUT('/admin/config/{workflow}', {
          params: { path: { workflow: config.workflow } },
          body: { config: read.config },
        }),
      );
      setErrors({});
      setMessage(`Regels van ${title} opgeslagen (versie ${r.version}). Nieuwe casussen starten ermee.`);
      onSaved();
    } catch (e) {
      const server: Errors = {};
      if (e instanceof ApiError)
        for (const p of e.invalidParams) {
          const path = p.name.replace(/^(\(body\)\.|body\.)?(config\.)?/, '');
          if (fields.some((f) => f.path === path))
            server[path] = p.reason.charAt(0).toUpperCase() + p.reason.slice(1);
        }
      setFailure(
        `Niet opgeslagen. ${Object.keys(server).length ? 'Verbeter de velden met een foutmelding.' : errorMessage(e)}`,
      );
      showErrors(server);
    } finally {
      setBusy(false);
    }
  };

  const visible = fields.filter((f) => !f.page || f.page === shownPage);
  return (
    <section aria-labelledby="h-regels">
      <Heading2 id="h-regels">Regels van {title}</Heading2>
      <Paragraph className="regie-klein">
        {config.changedAt
          ? `Versie ${config.version}, gewijzigd op ${datumTijd(config.changedAt)} door ${config.changedBy}.`
          : 'De gemeente volgt nog de standaardregels.'}
      </Paragraph>
      <StatusMessage message={message} />
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="h-regels">
        {pages.length ? (
          <nav aria-label="Niveaus" className="regie-subnav">
            <ul>
              {pages.map((p) => {
                const n = p.split('.').pop()!;
                const bad = Object.keys(errors).some((k) => pageOf(k) === p);
                return (
                  <li key={p}>
                    <Button
                      type="button"
                      appearance={p === shownPage ? 'primary-action-button' : 'secondary-action-button'}
                      aria-pressed={p === shownPage}
                      onClick={() => {
                        setShownPage(p);
                        navigate(`/regels?workflow=${encodeURIComponent(config.workflow)}&niveau=${n}`, true);
                      }}
                    >
                      Niveau {n}
                      {bad ? ' (fout)' : ''}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
        {shownPage ? <Heading3>Niveau {shownPage.split('.').pop()}</Heading3> : null}
        {visible.map((f) => (
          <RuleField
            key={f.path}
            f={f}
            value={values[f.path] ?? ''}
            error={errors[f.path]}
            defaults={defaults}
            onChange={(v) => setValues((old) => ({ ...old, [f.path]: v }))}
          />
        ))}
        <div className="regie-knoppen">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Opslaan
          </Button>
        </div>
      </form>

      <Heading2 id="h-geschiedenis">Geschiedenis</Heading2>
      {history.error ? <ErrorAlert>{history.error}</ErrorAlert> : null}
      {history.data ? (
        history.data.length ? (
          <table className="regie-table regie-table--stack">
            <caption className="regie-visually-hidden">
              Geschiedenis van de regels van {title}, het nieuwste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Versie</th>
                <th scope="col">Gewijzigd op</th>
                <th scope="col">Door</th>
                <th scope="col">Afwijkend van de standaard</th>
              </tr>
            </thead>
            <tbody>
              {[...history.data].reverse().map((v) => {
                const lines = summary(v.config);
                return (
                  <tr key={v.version}>
                    <td data-label="Versie">{v.version}</td>
                    <td data-label="Gewijzigd op">{datumTijd(v.changedAt)}</td>
                    <td data-label="Door">{v.changedBy}</td>
                    <td data-label="Afwijkend van de standaard">
                      {lines.length ? (
                        <ul className="regie-wijzigingen">
                          {lines.map((l) => (
                            <li key={l}>{l}</li>
                          ))}
                        </ul>
                      ) : (
                        'niets: de standaardregels'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <Empty>Nog nooit gewijzigd: de standaardregels gelden.</Empty>
        )
      ) : (
        <Loading what="de geschiedenis" />
      )}
    </section>
  );
}

const fieldId = (path: string) => `regel-${path.replace(/\./g, '-')}`;

function RuleField({
  f,
  value,
  error,
  defaults,
  onChange,
}: {
  f: Field;
  value: string;
  error: string | undefined;
  defaults: unknown;
  onChange: (v: string) => void;
}) {
  const id = fieldId(f.path);
  const errId = `${id}-fout`;
  const hintId = `${id}-standaard`;
  const describedBy = error ? `${errId} ${hintId}` : hintId;
  // a term's amount is named after the term ("Acceptatietermijn"), its unit after that ("eenheid van de ...")
  const groupKey = f.group?.split('.').pop();
  const text =
    f.group && groupKey
      ? f.key === 'amount'
        ? labelOf(groupKey)
        : `${labelOf(f.key)} van de ${labelOf(groupKey).toLowerCase()}`
      : labelOf(f.key);
  const hint =
    f.group && f.key !== 'amount'
      ? null
      : `Standaard: ${defaultText(defaults, f)}.${f.group || unwrapNullable(f) ? ' Leeg laten: geen.' : ''}`;
  const common = {
    id,
    invalid: Boolean(error),
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': hint || error ? (hint ? describedBy : errId) : undefined,
  };
  let input;
  if (f.schema.enum) {
    input = (
      <Select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <SelectOption value="">— kies —</SelectOption>
        {f.schema.enum.map((o, i) => (
          <SelectOption key={String(o)} value={String(i)}>
            {waarde(o)}
          </SelectOption>
        ))}
      </Select>
    );
  } else {
    const numeric = f.schema.type === 'integer' || f.schema.type === 'number';
    input = (
      <Textbox
        {...common}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        className={numeric ? 'regie-getal' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{text}</FormLabel>
      {error ? (
        <p id={errId} className="utrecht-form-field-error-message regie-fout">
          {error}
        </p>
      ) : null}
      {hint ? <FormFieldDescription id={hintId}>{hint}</FormFieldDescription> : null}
      <div>{input}</div>
    </FormField>
  );
}
