/**
 * A form generated from a JSON Schema (the workflow's input or an event's data): Dutch labels, only the fields
 * a professional fills in (no config, no ids), optional groups behind a checkbox, errors on the field.
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../api';
import { mens, waarde } from '../format';

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
  items?: JsonSchema;
  format?: string;
  maxLength?: number;
  minItems?: number;
  description?: string;
};
export type Values = Record<string, unknown>;
export type Errors = Record<string, string>;

const LABELS: Record<string, string> = {
  channel: 'Kanaal (wie meldt)',
  externeVerwijzer: 'Soort externe verwijzer',
  lifeAreas: 'Levensgebieden',
  laws: 'Wetten',
  requestedVoorziening: 'Gevraagde voorziening',
  wgsCrisis: 'Wgs-crisis (dreigende huisuitzetting, afsluiting energie of water, zorgverzekering beëindigd)',
  pwZoektermijn: 'Participatiewet: inwoner jonger dan 27 (zoektermijn)',
  regisseur: 'Regisseur',
  holder: 'Nieuwe regiehouder',
  role: 'Rol',
  key: 'Termijn',
  met: 'Verlengen met',
  amount: 'Aantal',
  unit: 'Eenheid',
  urgentie: 'Urgentie',
  veiligheidsrisico: 'Er is een veiligheidsrisico',
  meervoudigeProblematiek: 'Meervoudige problematiek',
  toelichting: 'Toelichting',
  ave: 'AVE-traject starten of ophogen',
  niveau: 'AVE-niveau',
  kinderenInHuishouden: 'Kinderen in het huishouden',
  reden: 'Reden',
  criteria: 'Criteria',
  naarNiveau: 'Naar niveau',
  ontvanger: 'Ontvanger van de regie',
  besluitNaBezwaar: 'Besluit na bezwaar',
  birthDate: 'Geboortedatum',
  evaluatieDatum: 'Evaluatiedatum',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  aantal: 'Aantal',
  eenheid: 'Eenheid',
  tarief: 'Tarief',
  centen: 'Bedrag in hele eurocenten (€ 31,50 is 3150)',
  resultaatcode: 'Resultaat',
  stap: 'Stap',
  voorliggendeWet: 'Voorliggende wet',
  adviescommissie: 'Adviescommissie ingeschakeld',
  law: 'Wet',
  dueDate: 'Uiterste dag',
};

export const label = (name: string) => LABELS[name] ?? mens(name);
const sharedLabel = label;

/** Fields a professional never fills in: the gemeente's rules and technical ids. */
export function hidden(name: string, s: JsonSchema): boolean {
  return name === 'config' || name === 'startLevel' || s.format === 'uuid' || /(^id|Id|Ids)$/.test(name);
}

function choices(s: JsonSchema): unknown[] | null {
  if (s.enum) return s.enum;
  if (s.anyOf?.every((a) => 'const' in a)) return s.anyOf.map((a) => a.const);
  return null;
}

const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/** Reads the values against the schema: the data to send (empty optional fields left out) and missing fields. */
export function readForm(schema: JsonSchema, values: Values, base = ''): { data: Values; errors: Errors } {
  const data: Values = {};
  const errors: Errors = {};
  const required = new Set(schema.required ?? []);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    if (hidden(name, s)) continue;
    const path = base ? `${base}.${name}` : name;
    const v = values[path];
    if (s.type === 'object' && s.properties) {
      if (!required.has(name) && !values[`${path}.__on`]) continue;
      const sub = readForm(s, values, path);
      Object.assign(errors, sub.errors);
      data[name] = sub.data;
      continue;
    }
    const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (s.type === 'boolean') {
      if (v !== undefined || required.has(name)) data[name] = Boolean(v);
      continue;
    }
    if (empty) {
      if (required.has(name)) errors[path] = s.type === 'array' ? 'Kies minstens één.' : 'Vul dit veld in.';
      continue;
    }
    if (s.type === 'number' || s.type === 'integer') {
      const n = Number(v);
      if (Number.isNaN(n)) errors[path] = 'Vul een getal in.';
      else data[name] = n;
    } else data[name] = typeof v === 'string' ? v.trim() : v;
  }
  return { data, errors };
}

/** invalidParams names ("data.ave.reden", "input.laws", "ave.reden") as paths of the form. */
export function errorsFromProblem(params: { name: string; reason: string }[]): Errors {
  const errors: Errors = {};
  for (const p of params) errors[p.name.replace(/^(data|input|body|\(body\))\.?/, '') || '_'] = p.reason;
  return errors;
}

/** Focus and scroll to the first field with an error (after React rendered it). */
export function focusFirstError(prefix: string, errors: Errors) {
  const first = Object.keys(errors)[0];
  if (!first) return;
  requestAnimationFrame(() => {
    const el =
      document.getElementById(fieldId(prefix, first)) ??
      document.querySelector<HTMLElement>(`[id^="${fieldId(prefix, first)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  });
}

/**
 * The state of a form from a schema (fields prefixed `prefix`) and its submit: `submit(schema, send)` checks the
 * fields, then runs `send` with the data while busy; a failure shows its message and marks the fields the problem
 * names. Either way the first field with an error gets the focus.
 */
export function useSchemaSubmit(prefix: string) {
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  /** the API's problem when sending failed (its `code` says what a screen may offer, e.g. consent_required) */
  const [problem, setProblem] = useState<ApiError['problem'] | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (schema: JsonSchema, send: (data: Values) => Promise<void>) => {
    const { data, errors: missing } = readForm(schema, values);
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length) {
      setMessage('Niet alle velden zijn goed ingevuld; zie de meldingen bij de velden.');
      return focusFirstError(prefix, missing);
    }
    setBusy(true);
    setMessage(null);
    try {
      await send(data);
    } catch (err) {
      const fieldErrors = err instanceof ApiError ? errorsFromProblem(err.invalidParams) : {};
      setErrors(fieldErrors);
      setMessage(errorMessage(err));
      setProblem(err instanceof ApiError ? err.problem : null);
      focusFirstError(prefix, fieldErrors);
    } finally {
      setBusy(false);
    }
  };
  return { values, setValues, errors, setErrors, message, setMessage, problem, busy, submit };
}

export function SchemaFields({
  schema,
  values,
  errors,
  onChange,
  prefix,
  base = '',
  extra,
  labels,
}: {
  schema: JsonSchema;
  values: Values;
  errors: Errors;
  onChange: (path: string, v: unknown) => void;
  prefix: string;
  base?: string;
  /**
   * Per field: `options`, a select instead of the input (e.g. the case's terms for `key`); or `suggestions`, a
   * text input that offers them and still takes any other value.
   */
  extra?: Record<
    string,
    { options?: { value: string; label: string }[]; suggestions?: { value: string; label: string }[] }
  >;
  /** Labels of this form's own fields, beside the shared ones. */
  labels?: Record<string, string>;
}) {
  const label = (name: string) => labels?.[name] ?? sharedLabel(name);
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).filter(([n, s]) => !hidden(n, s));
  if (!fields.length) return <p className="regie-klein">Geen gegevens nodig.</p>;
  return (
    <>
      {fields.map(([name, s]) => {
        const path = base ? `${base}.${name}` : name;
        const id = fieldId(prefix, path);
        const req = required.has(name);
        const error = errors[path];
        const errId = `${id}-fout`;
        const invalid = Boolean(error);
        const describedBy = invalid ? errId : undefined;
        const text = (
          <>
            {label(name)}
            {req ? null : <span className="regie-optioneel"> (optioneel)</span>}
          </>
        );
        const errorText = invalid ? (
          <p id={errId} className="utrecht-form-field-error-message regie-fout">
            {error}
          </p>
        ) : null;
        const opts =
          extra?.[name]?.options ?? choices(s)?.map((c, i) => ({ value: String(i), label: waarde(c) }));
        let input: ReactNode;
        if (s.type === 'object' && s.properties) {
          const on = req || Boolean(values[`${path}.__on`]);
          return (
            <Fieldset key={path} className="regie-groep" aria-describedby={describedBy}>
              <FieldsetLegend>{text}</FieldsetLegend>
              {req ? null : (
                <label className="regie-vink">
                  <Checkbox
                    id={id}
                    checked={on}
                    onChange={(e) => onChange(`${path}.__on`, e.target.checked)}
                  />{' '}
                  Invullen
                </label>
              )}
              {errorText}
              {on ? (
                <SchemaFields
                  schema={s}
                  values={values}
                  errors={errors}
                  onChange={onChange}
                  prefix={prefix}
                  base={path}
                  extra={extra}
                  labels={labels}
                />
              ) : null}
            </Fieldset>
          );
        }
        if (s.type === 'array' && s.items && choices(s.items)) {
          const all = choices(s.items)!;
          const current = (values[path] as unknown[] | undefined) ?? [];
          return (
            <Fieldset
              key={path}
              className="regie-groep"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              <FieldsetLegend>{text}</FieldsetLegend>
              {errorText}
              <div className="regie-opties">
                {all.map((c, i) => (
                  <label key={String(c)} className="regie-vink">
                    <Checkbox
                      id={i === 0 ? id : `${id}-${i}`}
                      checked={current.includes(c)}
                      invalid={invalid}
                      onChange={(e) =>
                        onChange(path, e.target.checked ? [...current, c] : current.filter((x) => x !== c))
                      }
                    />{' '}
                    {waarde(c)}
                  </label>
                ))}
              </div>
            </Fieldset>
          );
        }
        if (s.type === 'boolean') {
          return (
            <FormField key={path} type="checkbox" invalid={invalid}>
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={id}
                  checked={Boolean(values[path])}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => onChange(path, e.target.checked)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={id} type="checkbox">
                  {label(name)}
                </FormLabel>
              </div>
              {errorText ? <div className="utrecht-form-field__error-message">{errorText}</div> : null}
            </FormField>
          );
        }
        const all = extra?.[name]?.options ? null : choices(s);
        if (opts) {
          const v = values[path];
          const selected = all ? (v === undefined ? '' : String(all.indexOf(v))) : ((v as string) ?? '');
          input = (
            <Select
              id={id}
              invalid={invalid}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={selected}
              onChange={(e) =>
                onChange(
                  path,
                  e.target.value === '' ? undefined : all ? all[Number(e.target.value)] : e.target.value,
                )
              }
            >
              <SelectOption value="">{req ? '— kies —' : '— geen —'}</SelectOption>
              {opts.map((o) => (
                <SelectOption key={o.value} value={o.value}>
                  {o.label}
                </SelectOption>
              ))}
            </Select>
          );
        } else if ((s.maxLength ?? 0) > 200 || /toelichting|reden|grondslag|plan/.test(name)) {
          input = (
            <Textarea
              id={id}
              rows={3}
              invalid={invalid}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={(values[path] as string) ?? ''}
              onChange={(e) => onChange(path, e.target.value)}
            />
          );
        } else {
          const type =
            s.format === 'date' ? 'date' : s.type === 'number' || s.type === 'integer' ? 'number' : 'text';
          const suggesties = extra?.[name]?.suggestions;
          input = (
            <>
              <Textbox
                id={id}
                type={type}
                invalid={invalid}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                list={suggesties?.length ? `${id}-suggesties` : undefined}
                autoComplete={suggesties?.length ? 'off' : undefined}
                value={(values[path] as string) ?? ''}
                onChange={(e) => onChange(path, e.target.value)}
              />
              {suggesties?.length ? (
                <datalist id={`${id}-suggesties`}>
                  {suggesties.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </datalist>
              ) : null}
            </>
          );
        }
        return (
          <FormField key={path} invalid={invalid}>
            <FormLabel htmlFor={id}>{text}</FormLabel>
            {errorText}
            {input}
          </FormField>
        );
      })}
    </>
  );
}
