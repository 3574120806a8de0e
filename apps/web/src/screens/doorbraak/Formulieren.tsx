/**
 * The doorbraak's own forms for the events whose data are lists of rows, which the generic event form cannot
 * hold: the analysis (agencies and provisions with their yearly cost, the goal, the ZRM baseline), the
 * perspectiefplan (steps with their legal basis and amounts) and the evaluation (goal, ZRM, realised saving per
 * step), and indienen and voorleggen, whose mandate level is a choice of the case's own levels. Amounts are typed
 * in euros (`4.800,00`) and sent as whole eurocents; the choices (laws, life domains, kinds of legal basis and
 * saving) come from the event schemas the API publishes, the mandate levels from the case, never from a list kept
 * here.
 */
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading3,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type Dispatch, type FormEvent, type ReactNode, type SetStateAction } from 'react';
import { ApiError, api, call, errorMessage, type Schemas } from '../../api';
import { ErrorAlert } from '../../components/Feedback';
import { errorsFromProblem, type JsonSchema } from '../../components/SchemaForm';
import { mens } from '../../format';
import { actieNaam, domeinNaam } from './doorbraak';
import { centenUit, euro, euroInvoer } from './geld';

type Fouten = Record<string, string>;

/** The enum at a path of an event's JSON Schema (`betrokkenen.wet`: through the array's items). */
function keuzes(wf: Schemas['Workflow'] | undefined, event: string, pad: string): string[] {
  let s = wf?.events.find((e) => e.type === event)?.schema as JsonSchema | undefined;
  for (const deel of pad.split('.')) {
    s = s?.properties?.[deel];
    if (s?.type === 'array') s = s.items;
  }
  return (s?.enum ?? []).map(String);
}

/** Sends the event; a refusal comes back as the problem's message and its fields. */
async function verstuur(c: Schemas['CaseView'], type: string, data: Record<string, unknown>) {
  await call(
    api().POST('/cases/{id}/events', {
      params: {
        path: { id: c.id },
        header: { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': String(c.version) },
      },
      // the doorbraak's event data beside its type: a member of the CaseEvent union the client cannot name here
      body: { ...data, type } as Schemas['CaseEvent'],
    }),
  );
}

/** The open-and-close frame of one form, its messages, and its submit. */
/** `onDone` hears what was recorded: the section says so in a status that outlives the form (see Overzicht). */
function useFormulier(c: Schemas['CaseView'], type: string, onDone: (gelukt: string) => void) {
  const [open, setOpen] = useState(false);
  const [fouten, setFouten] = useState<Fouten>({});
  const [melding, setMelding] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verzend = async (lokaal: Fouten, data: Record<string, unknown>, gelukt: string) => {
    setFouten(lokaal);
    if (Object.keys(lokaal).length) {
      setMelding('Niet alle velden zijn goed ingevuld; zie de meldingen bij de velden.');
      return;
    }
    setBusy(true);
    setMelding(null);
    try {
      await verstuur(c, type, data);
      setOpen(false);
      onDone(gelukt);
    } catch (err) {
      const velden = err instanceof ApiError ? errorsFromProblem(err.invalidParams) : {};
      setFouten(velden);
      const namen = Object.entries(velden).map(([k, v]) => `${k}: ${v}`);
      setMelding(`${errorMessage(err)}${namen.length ? ` (${namen.join('; ')})` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  return { open, setOpen, fouten, melding, busy, verzend };
}

function Kader({
  id,
  titel,
  f,
  onSubmit,
  children,
}: {
  id: string;
  titel: string;
  f: ReturnType<typeof useFormulier>;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <div className="regie-noprint">
      <Button
        type="button"
        appearance={f.open ? 'subtle-button' : 'secondary-action-button'}
        aria-expanded={f.open}
        aria-controls={id}
        onClick={() => f.setOpen(!f.open)}
      >
        {f.open ? 'Sluiten' : titel}
      </Button>
      {f.open ? (
        <form
          id={id}
          className="regie-eventform"
          aria-labelledby={`${id}-titel`}
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          <Heading3 id={`${id}-titel`}>{titel}</Heading3>
          {f.melding ? <ErrorAlert>{f.melding}</ErrorAlert> : null}
          {children}
          <div className="regie-knoppen">
            <Button type="submit" appearance="primary-action-button" busy={f.busy} disabled={f.busy}>
              Vastleggen
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** A labelled text, area, amount or choice field with its error. */
function Veld({
  id,
  label,
  fout,
  optioneel,
  children,
}: {
  id: string;
  label: string;
  fout?: string;
  optioneel?: boolean;
  children: (props: { id: string; invalid: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const foutId = `${id}-fout`;
  return (
    <FormField invalid={Boolean(fout)}>
      <FormLabel htmlFor={id}>
        {label}
        {optioneel ? <span className="regie-optioneel"> (optioneel)</span> : null}
      </FormLabel>
      {fout ? (
        <p id={foutId} className="utrecht-form-field-error-message regie-fout">
          {fout}
        </p>
      ) : null}
      {children({ id, invalid: Boolean(fout), ...(fout ? { 'aria-describedby': foutId } : {}) })}
    </FormField>
  );
}

function Tekst(p: {
  id: string;
  label: string;
  fout?: string;
  waarde: string;
  zet: (v: string) => void;
  lang?: boolean;
  optioneel?: boolean;
}) {
  return (
    <Veld id={p.id} label={p.label} fout={p.fout} optioneel={p.optioneel}>
      {(a) =>
        p.lang ? (
          <Textarea {...a} rows={3} value={p.waarde} onChange={(e) => p.zet(e.target.value)} />
        ) : (
          <Textbox {...a} value={p.waarde} onChange={(e) => p.zet(e.target.value)} />
        )
      }
    </Veld>
  );
}

function Keuze(p: {
  id: string;
  label: string;
  fout?: string;
  waarde: string;
  zet: (v: string) => void;
  opties: { value: string; label: string }[];
  leeg?: string;
  optioneel?: boolean;
}) {
  return (
    <Veld id={p.id} label={p.label} fout={p.fout} optioneel={p.optioneel}>
      {(a) => (
        <Select {...a} value={p.waarde} onChange={(e) => p.zet(e.target.value)}>
          <SelectOption value="">{p.leeg ?? '— kies —'}</SelectOption>
          {p.opties.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}

/** An amount in euros; its error says what to type. */
function Bedrag(p: { id: string; label: string; fout?: string; waarde: string; zet: (v: string) => void }) {
  return <Tekst {...p} label={`${p.label} (in euro's)`} />;
}

const GEEN_BEDRAG = "Vul een bedrag in euro's in, bijvoorbeeld 4.800,00 (niet negatief, hele centen).";

/** Reads an amount field: the cents, or an error on it. */
function leesBedrag(tekst: string, veld: string, fouten: Fouten): number {
  const c = centenUit(tekst);
  if (c === null) fouten[veld] = GEEN_BEDRAG;
  return c ?? 0;
}

function verplicht(tekst: string, veld: string, fouten: Fouten): string {
  if (!tekst.trim()) fouten[veld] = 'Vul dit veld in.';
  return tekst.trim();
}

/** The ZRM scores, one choice of 1-5 (or not scored) per life domain. */
function ZrmVelden({
  id,
  domeinen,
  scores,
  zet,
  fout,
}: {
  id: string;
  domeinen: string[];
  scores: Record<string, string>;
  zet: (d: string, v: string) => void;
  fout?: string;
}) {
  return (
    <Fieldset className="regie-groep">
      <FieldsetLegend>Zelfredzaamheid per levensdomein (ZRM: 1 acuut, 5 volledig zelfredzaam)</FieldsetLegend>
      {fout ? <p className="utrecht-form-field-error-message regie-fout">{fout}</p> : null}
      {domeinen.map((d) => (
        <Keuze
          key={d}
          id={`${id}-zrm-${d}`}
          label={domeinNaam(d)}
          waarde={scores[d] ?? ''}
          zet={(v) => zet(d, v)}
          leeg="niet gescoord"
          opties={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
        />
      ))}
    </Fieldset>
  );
}

function leesZrm(scores: Record<string, string>, fouten: Fouten): { domein: string; score: number }[] {
  const zrm = Object.entries(scores)
    .filter(([, v]) => v)
    .map(([domein, v]) => ({ domein, score: Number(v) }));
  if (!zrm.length) fouten.zrm = 'Scoor ten minste één levensdomein.';
  return zrm;
}

const zrmWaarden = (zrm: Schemas['ZrmScore'][] | undefined) =>
  Object.fromEntries((zrm ?? []).map((z) => [z.domein, String(z.score)]));

/** Rows of a list (agencies, steps): each in its own group with a button to drop it, and one to add a row. */
function Rijen<T>({
  naam,
  legenda,
  rijen,
  setRijen,
  leeg,
  children,
}: {
  naam: string;
  legenda: string;
  rijen: T[];
  setRijen: Dispatch<SetStateAction<T[]>>;
  leeg: T;
  children: (rij: T, i: number, zet: (veld: keyof T, waarde: string) => void) => ReactNode;
}) {
  const zet = (i: number) => (veld: keyof T, waarde: string) =>
    setRijen((r) => r.map((x, j) => (j === i ? { ...x, [veld]: waarde } : x)));
  return (
    <>
      {rijen.map((r, i) => (
        <Fieldset key={i} className="regie-groep">
          <FieldsetLegend>
            {legenda} {i + 1}
          </FieldsetLegend>
          {children(r, i, zet(i))}
          {rijen.length > 1 ? (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setRijen((x) => x.filter((_, j) => j !== i))}
            >
              {naam} {i + 1} verwijderen
            </Button>
          ) : null}
        </Fieldset>
      ))}
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => setRijen((x) => [...x, leeg])}
      >
        {naam} toevoegen
      </Button>
    </>
  );
}

interface FormProps {
  c: Schemas['CaseView'];
  wf: Schemas['Workflow'] | undefined;
  ctx: Schemas['DoorbraakContext'];
  onDone: (gelukt: string) => void;
}

// ---- analyse -------------------------------------------------------------------------------------------------

interface BetrokkeneRij {
  wet: string;
  instantie: string;
  levert: string;
  kosten: string;
}

export function AnalyseFormulier({ c, wf, ctx, onDone }: FormProps) {
  const f = useFormulier(c, 'ANALYSE_VASTGELEGD', onDone);
  const wetten = keuzes(wf, 'ANALYSE_VASTGELEGD', 'betrokkenen.wet');
  const domeinen = keuzes(wf, 'ANALYSE_VASTGELEGD', 'zrm.domein');
  const leeg: BetrokkeneRij = { wet: '', instantie: '', levert: '', kosten: '' };
  const [rijen, setRijen] = useState<BetrokkeneRij[]>(
    ctx.analyse?.betrokkenen.map((b) => ({ ...b, kosten: euroInvoer(b.kostenPerJaar) })) ?? [leeg],
  );
  const [doel, setDoel] = useState(ctx.analyse?.doelOverEenJaar ?? '');
  const [zrm, setZrm] = useState<Record<string, string>>(zrmWaarden(ctx.analyse?.zrm));
  const submit = () => {
    const fouten: Fouten = {};
    const betrokkenen = rijen.map((r, i) => ({
      wet: verplicht(r.wet, `betrokkenen.${i}.wet`, fouten),
      instantie: verplicht(r.instantie, `betrokkenen.${i}.instantie`, fouten),
      levert: verplicht(r.levert, `betrokkenen.${i}.levert`, fouten),
      kostenPerJaar: leesBedrag(r.kosten, `betrokkenen.${i}.kostenPerJaar`, fouten),
    }));
    const data = {
      betrokkenen,
      doelOverEenJaar: verplicht(doel, 'doelOverEenJaar', fouten),
      zrm: leesZrm(zrm, fouten),
    };
    void f.verzend(fouten, data, 'De analyse is vastgelegd.');
  };
  return (
    <Kader id="form-analyse" titel="Analyse vastleggen" f={f} onSubmit={submit}>
      <Rijen
        naam="Instantie"
        legenda="Betrokken instantie of voorziening"
        rijen={rijen}
        setRijen={setRijen}
        leeg={leeg}
      >
        {(r, i, zet) => (
          <>
            <Keuze
              id={`analyse-${i}-wet`}
              label="Wet"
              waarde={r.wet}
              zet={(v) => zet('wet', v)}
              opties={wetten.map((w) => ({ value: w, label: w }))}
              fout={f.fouten[`betrokkenen.${i}.wet`]}
            />
            <Tekst
              id={`analyse-${i}-instantie`}
              label="Instantie of aanbieder"
              waarde={r.instantie}
              zet={(v) => zet('instantie', v)}
              fout={f.fouten[`betrokkenen.${i}.instantie`]}
            />
            <Tekst
              id={`analyse-${i}-levert`}
              label="Wat zij levert"
              waarde={r.levert}
              zet={(v) => zet('levert', v)}
              fout={f.fouten[`betrokkenen.${i}.levert`]}
            />
            <Bedrag
              id={`analyse-${i}-kosten`}
              label="Kosten per jaar"
              waarde={r.kosten}
              zet={(v) => zet('kosten', v)}
              fout={f.fouten[`betrokkenen.${i}.kostenPerJaar`]}
            />
          </>
        )}
      </Rijen>
      <Tekst
        id="analyse-doel"
        label="Doel van het huishouden over een jaar, in eigen woorden"
        waarde={doel}
        zet={setDoel}
        lang
        fout={f.fouten.doelOverEenJaar}
      />
      <ZrmVelden
        id="analyse"
        domeinen={domeinen}
        scores={zrm}
        zet={(d, v) => setZrm((z) => ({ ...z, [d]: v }))}
        fout={f.fouten.zrm}
      />
    </Kader>
  );
}

// ---- plan ----------------------------------------------------------------------------------------------------

interface StapRij {
  omschrijving: string;
  soort: string;
  wet: string;
  artikel: string;
  regeling: string;
  motivering: string;
  eenmalig: string;
  perJaar: string;
  besparing: string;
}

const GRONDSLAG_NAAM: Record<string, string> = {
  wet_artikel: 'Wetsartikel',
  hardheidsclausule: 'Hardheidsclausule van een regeling',
  maatwerk: 'Maatwerk (discretionaire ruimte)',
};

export function PlanFormulier({ c, wf, ctx, onDone }: FormProps) {
  const f = useFormulier(c, 'PLAN_VASTGELEGD', onDone);
  const soorten = keuzes(wf, 'PLAN_VASTGELEGD', 'stappen.grondslag.soort');
  const leeg: StapRij = {
    omschrijving: '',
    soort: '',
    wet: '',
    artikel: '',
    regeling: '',
    motivering: '',
    eenmalig: '0,00',
    perJaar: '0,00',
    besparing: '0,00',
  };
  const [rijen, setRijen] = useState<StapRij[]>(
    ctx.plan?.stappen.map((s) => ({
      omschrijving: s.omschrijving,
      soort: s.grondslag.soort,
      wet: s.grondslag.wet ?? '',
      artikel: s.grondslag.artikel ?? '',
      regeling: s.grondslag.regeling ?? '',
      motivering: s.grondslag.motivering,
      eenmalig: euroInvoer(s.eenmaligeKosten),
      perJaar: euroInvoer(s.jaarlijkseKosten),
      besparing: euroInvoer(s.verwachteBesparingPerJaar),
    })) ?? [leeg],
  );
  const submit = () => {
    const fouten: Fouten = {};
    const stappen = rijen.map((r, i) => {
      const p = `stappen.${i}`;
      const opt = (v: string) => (v.trim() ? v.trim() : undefined);
      return {
        omschrijving: verplicht(r.omschrijving, `${p}.omschrijving`, fouten),
        grondslag: {
          soort: verplicht(r.soort, `${p}.grondslag.soort`, fouten),
          ...(opt(r.wet) ? { wet: opt(r.wet) } : {}),
          ...(opt(r.artikel) ? { artikel: opt(r.artikel) } : {}),
          ...(opt(r.regeling) ? { regeling: opt(r.regeling) } : {}),
          motivering: verplicht(r.motivering, `${p}.grondslag.motivering`, fouten),
        },
        eenmaligeKosten: leesBedrag(r.eenmalig, `${p}.eenmaligeKosten`, fouten),
        jaarlijkseKosten: leesBedrag(r.perJaar, `${p}.jaarlijkseKosten`, fouten),
        verwachteBesparingPerJaar: leesBedrag(r.besparing, `${p}.verwachteBesparingPerJaar`, fouten),
      };
    });
    void f.verzend(fouten, { stappen }, 'Het perspectiefplan is vastgelegd.');
  };
  return (
    <Kader id="form-plan" titel="Perspectiefplan vastleggen" f={f} onSubmit={submit}>
      <Rijen naam="Stap" legenda="Doorbraakstap" rijen={rijen} setRijen={setRijen} leeg={leeg}>
        {(r, i, zet) => {
          const p = `stappen.${i}`;
          return (
            <>
              <Tekst
                id={`plan-${i}-omschrijving`}
                label="Wat er anders dan standaard gebeurt"
                waarde={r.omschrijving}
                zet={(v) => zet('omschrijving', v)}
                lang
                fout={f.fouten[`${p}.omschrijving`]}
              />
              <Keuze
                id={`plan-${i}-soort`}
                label="Grondslag"
                waarde={r.soort}
                zet={(v) => zet('soort', v)}
                opties={soorten.map((s) => ({ value: s, label: GRONDSLAG_NAAM[s] ?? mens(s) }))}
                fout={f.fouten[`${p}.grondslag.soort`]}
              />
              {r.soort === 'wet_artikel' ? (
                <>
                  <Tekst
                    id={`plan-${i}-wet`}
                    label="Wet of verordening"
                    waarde={r.wet}
                    zet={(v) => zet('wet', v)}
                    fout={f.fouten[`${p}.grondslag.wet`]}
                  />
                  <Tekst
                    id={`plan-${i}-artikel`}
                    label="Artikel"
                    waarde={r.artikel}
                    zet={(v) => zet('artikel', v)}
                    fout={f.fouten[`${p}.grondslag.artikel`]}
                  />
                </>
              ) : null}
              {r.soort === 'hardheidsclausule' ? (
                <Tekst
                  id={`plan-${i}-regeling`}
                  label="Regeling"
                  waarde={r.regeling}
                  zet={(v) => zet('regeling', v)}
                  fout={f.fouten[`${p}.grondslag.regeling`]}
                />
              ) : null}
              <Tekst
                id={`plan-${i}-motivering`}
                label="Motivering: waarom deze grondslag de stap toelaat"
                waarde={r.motivering}
                zet={(v) => zet('motivering', v)}
                lang
                fout={f.fouten[`${p}.grondslag.motivering`]}
              />
              <Bedrag
                id={`plan-${i}-eenmalig`}
                label="Eenmalige kosten"
                waarde={r.eenmalig}
                zet={(v) => zet('eenmalig', v)}
                fout={f.fouten[`${p}.eenmaligeKosten`]}
              />
              <Bedrag
                id={`plan-${i}-perjaar`}
                label="Kosten per jaar"
                waarde={r.perJaar}
                zet={(v) => zet('perJaar', v)}
                fout={f.fouten[`${p}.jaarlijkseKosten`]}
              />
              <Bedrag
                id={`plan-${i}-besparing`}
                label="Verwachte besparing per jaar"
                waarde={r.besparing}
                zet={(v) => zet('besparing', v)}
                fout={f.fouten[`${p}.verwachteBesparingPerJaar`]}
              />
            </>
          );
        }}
      </Rijen>
    </Kader>
  );
}

// ---- indienen en voorleggen -------------------------------------------------------------------------------------

/**
 * Indienen (PLAN_INGEDIEND) or voorleggen (PLAN_VOORGELEGD): the level to send the plan to is a choice of this
 * case's own mandate levels (the gemeente's configuration it started with), which a static schema cannot list.
 * Left empty, the workflow picks: the lowest level to submit, the next one up to voorleggen.
 */
export function NaarNiveauFormulier({
  c,
  wf,
  ctx,
  type,
  onDone,
}: {
  c: Schemas['CaseView'];
  wf: Schemas['Workflow'] | undefined;
  ctx: Schemas['DoorbraakContext'];
  type: 'PLAN_INGEDIEND' | 'PLAN_VOORGELEGD';
  onDone: (gelukt: string) => void;
}) {
  const f = useFormulier(c, type, onDone);
  const [aan, setAan] = useState('');
  const [toelichting, setToelichting] = useState('');
  const indienen = type === 'PLAN_INGEDIEND';
  const niveaus = ctx.config.mandaatniveaus;
  // voorleggen goes up: only the levels above the one the plan waits on
  const wachtOp = niveaus.findIndex((n) => n.code === ctx.besluitVraag?.voorgelegdAan);
  const opties = niveaus.slice(indienen ? 0 : wachtOp + 1).map((n) => ({
    value: n.code,
    label: `${n.naam} (${n.bovengrens === null ? 'zonder bovengrens' : `tot ${euro(n.bovengrens)}`})`,
  }));
  const standaard = indienen ? niveaus[0]?.naam : opties[0]?.label;
  const id = indienen ? 'form-indienen' : 'form-voorleggen';
  const titel =
    wf?.events.find((e) => e.type === type)?.title ??
    (indienen ? 'Plan ter besluitvorming indienen' : 'Voorleggen aan een hoger mandaatniveau');
  const submit = () =>
    void f.verzend(
      {},
      {
        ...(aan ? { aan } : {}),
        ...(!indienen && toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
      },
      indienen ? 'Het plan is ingediend ter besluitvorming.' : 'Het plan is voorgelegd.',
    );
  return (
    <Kader id={id} titel={titel} f={f} onSubmit={submit}>
      <Keuze
        id={`${id}-aan`}
        label="Aan mandaatniveau"
        optioneel
        fout={f.fouten.aan}
        waarde={aan}
        zet={setAan}
        opties={opties}
        leeg={standaard ? `— standaard: ${standaard} —` : '— kies —'}
      />
      {indienen ? null : (
        <Tekst
          id={`${id}-toelichting`}
          label="Toelichting"
          optioneel
          lang
          fout={f.fouten.toelichting}
          waarde={toelichting}
          zet={setToelichting}
        />
      )}
    </Kader>
  );
}

// ---- evaluatie -----------------------------------------------------------------------------------------------

export function EvaluatieFormulier({ c, wf, ctx, onDone }: FormProps) {
  const f = useFormulier(c, 'EVALUATIE_VASTGELEGD', onDone);
  const domeinen = keuzes(wf, 'EVALUATIE_VASTGELEGD', 'zrm.domein');
  const doelen = keuzes(wf, 'EVALUATIE_VASTGELEGD', 'doelBereikt');
  const soorten = keuzes(wf, 'EVALUATIE_VASTGELEGD', 'besparingen.soort');
  const open = ctx.config.evaluatieMaanden.filter((m) => !ctx.evaluaties.some((e) => e.maanden === m));
  const stappen = ctx.plan?.stappen ?? [];
  const [maanden, setMaanden] = useState(String(open[0] ?? ''));
  const [doel, setDoel] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [zrm, setZrm] = useState<Record<string, string>>(zrmWaarden(ctx.analyse?.zrm));
  const [besparing, setBesparing] = useState(stappen.map(() => ({ bedrag: '', soort: '' })));
  const submit = () => {
    const fouten: Fouten = {};
    if (!maanden) fouten.maanden = 'Kies het evaluatiemoment.';
    if (!doel) fouten.doelBereikt = 'Kies of het doel is bereikt.';
    const besparingen = besparing.flatMap((b, i) => {
      if (!b.bedrag.trim() && !b.soort) return [];
      const p = `besparingen.${i}`;
      return [
        {
          stap: i + 1,
          gerealiseerdPerJaar: leesBedrag(b.bedrag, `${p}.gerealiseerdPerJaar`, fouten),
          soort: verplicht(b.soort, `${p}.soort`, fouten),
        },
      ];
    });
    const data = {
      maanden: Number(maanden),
      doelBereikt: doel,
      zrm: leesZrm(zrm, fouten),
      besparingen,
      ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
    };
    void f.verzend(fouten, data, 'De evaluatie is vastgelegd.');
  };
  return (
    <Kader id="form-evaluatie" titel="Evaluatie vastleggen" f={f} onSubmit={submit}>
      <Keuze
        id="evaluatie-maanden"
        label="Evaluatiemoment"
        waarde={maanden}
        zet={setMaanden}
        opties={open.map((m) => ({ value: String(m), label: `na ${m} maanden` }))}
        fout={f.fouten.maanden}
      />
      <Keuze
        id="evaluatie-doel"
        label="Doel van het huishouden bereikt"
        waarde={doel}
        zet={setDoel}
        opties={doelen.map((d) => ({ value: d, label: d }))}
        fout={f.fouten.doelBereikt}
      />
      <ZrmVelden
        id="evaluatie"
        domeinen={domeinen}
        scores={zrm}
        zet={(d, v) => setZrm((z) => ({ ...z, [d]: v }))}
        fout={f.fouten.zrm}
      />
      {stappen.map((s, i) => (
        <Fieldset key={i} className="regie-groep">
          <FieldsetLegend>
            Gerealiseerde besparing, stap {i + 1}: {s.omschrijving} (verwacht{' '}
            {euro(s.verwachteBesparingPerJaar)} per jaar)
          </FieldsetLegend>
          <Bedrag
            id={`evaluatie-${i}-bedrag`}
            label="Gerealiseerd per jaar"
            waarde={besparing[i]!.bedrag}
            zet={(v) => setBesparing((b) => b.map((x, j) => (j === i ? { ...x, bedrag: v } : x)))}
            fout={f.fouten[`besparingen.${i}.gerealiseerdPerJaar`]}
          />
          <Keuze
            id={`evaluatie-${i}-soort`}
            label="Soort besparing"
            waarde={besparing[i]!.soort}
            zet={(v) => setBesparing((b) => b.map((x, j) => (j === i ? { ...x, soort: v } : x)))}
            opties={soorten.map((s) => ({ value: s, label: s }))}
            fout={f.fouten[`besparingen.${i}.soort`]}
          />
        </Fieldset>
      ))}
      <Tekst
        id="evaluatie-toelichting"
        label="Verandering in kwaliteit van leven"
        waarde={toelichting}
        zet={setToelichting}
        lang
        optioneel
      />
    </Kader>
  );
}

// ---- acties --------------------------------------------------------------------------------------------------

/**
 * One open action, from its row in the actions table: done, or cancelled with a reason (the generic event form
 * cannot name the action: its id is no field a professional types).
 */
export function ActieKnoppen({
  c,
  actie,
  onDone,
}: {
  c: Schemas['CaseView'];
  actie: { id: string; omschrijving: string };
  onDone: (gelukt: string) => void;
}) {
  const [annuleren, setAnnuleren] = useState(false);
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<{ veld: 'reden' | null; tekst: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const naam = actieNaam(actie.id);
  const stuur = async (type: string, data: Record<string, unknown>, gelukt: string) => {
    setBusy(true);
    setFout(null);
    try {
      await verstuur(c, type, { actieId: actie.id, ...data });
      onDone(gelukt);
    } catch (err) {
      setFout({ veld: null, tekst: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  const bevestig = (e: FormEvent) => {
    e.preventDefault();
    if (!reden.trim()) return setFout({ veld: 'reden', tekst: 'Geef de reden waarom de actie vervalt.' });
    void stuur('ACTIE_GEANNULEERD', { reden: reden.trim() }, `${naam} is geannuleerd.`);
  };
  return (
    <div className="regie-noprint">
      {fout?.veld === null ? <ErrorAlert>{fout.tekst}</ErrorAlert> : null}
      <div className="regie-knoppen">
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={busy}
          disabled={busy}
          aria-label={`Afronden: ${actie.omschrijving}`}
          onClick={() => void stuur('ACTIE_AFGEROND', {}, `${naam} is afgerond.`)}
        >
          Afronden
        </Button>
        {annuleren ? null : (
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={`Annuleren: ${actie.omschrijving}`}
            onClick={() => setAnnuleren(true)}
          >
            Annuleren
          </Button>
        )}
      </div>
      {annuleren ? (
        <form aria-label={`Annuleren: ${actie.omschrijving}`} onSubmit={bevestig} noValidate>
          <Tekst
            id={`${actie.id}-reden`}
            label="Reden van annuleren"
            waarde={reden}
            zet={setReden}
            fout={fout?.veld === 'reden' ? fout.tekst : undefined}
            lang
          />
          <div className="regie-knoppen">
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Annuleren bevestigen
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setAnnuleren(false)}>
              Terug
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
