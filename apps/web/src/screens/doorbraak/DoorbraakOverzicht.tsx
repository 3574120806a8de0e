/**
 * The doorbraak on the case screen, for the professional who works in it: the aanmelding, the analysis table with
 * the yearly cost of muddling on, the perspectiefplan with its kosten-batenrekening, the decision with the mandate
 * level it needs, the actions with their terms, the evaluations, and the systeemsignaal. Every sum is the
 * workflow's own (the projection), shown in euros; the forms for the analysis, the plan and the evaluation (lists
 * of rows the generic event form cannot hold) sit in their sections.
 */
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Schemas } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Feedback';
import { useApp } from '../../context';
import { datum, datumTijd, korteDatum, mens, waarde } from '../../format';
import { type Sommen, actieNaam, doorbraakContext, domeinNaam, niveauNaam, sommen } from './doorbraak';
import {
  ActieKnoppen,
  AnalyseFormulier,
  EvaluatieFormulier,
  NaarNiveauFormulier,
  PlanFormulier,
} from './Formulieren';
import { euro } from './geld';

const BESLUIT_SOORT: Record<string, string> = {
  ingediend: 'Ingediend',
  voorgelegd: 'Voorgelegd',
  termijn_verstreken: 'Besluittermijn verstreken, door naar',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
};

export function DoorbraakOverzicht({
  c,
  wf,
  onDone,
}: {
  c: Schemas['CaseView'];
  wf: Schemas['Workflow'] | undefined;
  onDone: () => void;
}) {
  // what a section's form recorded, shown in that section: the form itself may be gone after the step
  const [melding, setMelding] = useState<{ sectie: string; tekst: string } | null>(null);
  const ctx = doorbraakContext(c);
  if (!ctx) return <ErrorAlert>De gegevens van deze doorbraak zijn niet te lezen.</ErrorAlert>;
  const som = sommen(c);
  const kan = (type: string) => c.allowedEvents.includes(type);
  const klaar = (sectie: string) => (tekst: string) => {
    setMelding({ sectie, tekst });
    onDone();
  };
  const status = (sectie: string) => (
    <StatusMessage message={melding?.sectie === sectie ? melding.tekst : null} />
  );
  return (
    // space below: the case screen's audit link follows, and the evaluation's button (open in uitvoering and
    // evaluatie) must not crowd that small target (WCAG 2.5.8)
    <div className="regie-doorbraak" style={{ marginBlockEnd: '1.5rem' }}>
      <Aanmelding ctx={ctx} />
      <section aria-labelledby="h-analyse">
        <Heading2 id="h-analyse">Analyse</Heading2>
        <Analyse ctx={ctx} som={som} />
        {status('analyse')}
        {kan('ANALYSE_VASTGELEGD') ? (
          <AnalyseFormulier c={c} wf={wf} ctx={ctx} onDone={klaar('analyse')} />
        ) : null}
      </section>
      <section aria-labelledby="h-plan">
        <Heading2 id="h-plan">Perspectiefplan</Heading2>
        <Plan ctx={ctx} som={som} />
        {status('plan')}
        {kan('PLAN_VASTGELEGD') ? <PlanFormulier c={c} wf={wf} ctx={ctx} onDone={klaar('plan')} /> : null}
        {kan('PLAN_INGEDIEND') ? (
          <NaarNiveauFormulier c={c} wf={wf} ctx={ctx} type="PLAN_INGEDIEND" onDone={klaar('plan')} />
        ) : null}
      </section>
      <section aria-labelledby="h-besluit">
        <Heading2 id="h-besluit">Besluit</Heading2>
        <Besluit c={c} ctx={ctx} som={som} />
        {status('besluit')}
        {kan('PLAN_VOORGELEGD') ? (
          <NaarNiveauFormulier c={c} wf={wf} ctx={ctx} type="PLAN_VOORGELEGD" onDone={klaar('besluit')} />
        ) : null}
      </section>
      <section aria-labelledby="h-uitvoering">
        <Heading2 id="h-uitvoering">Uitvoering</Heading2>
        {status('uitvoering')}
        <Acties c={c} ctx={ctx} kan={kan('ACTIE_AFGEROND')} onDone={klaar('uitvoering')} />
      </section>
      <section aria-labelledby="h-evaluatie">
        <Heading2 id="h-evaluatie">Evaluatie</Heading2>
        <Evaluaties ctx={ctx} som={som} />
        {status('evaluatie')}
        {kan('EVALUATIE_VASTGELEGD') ? (
          <EvaluatieFormulier c={c} wf={wf} ctx={ctx} onDone={klaar('evaluatie')} />
        ) : null}
      </section>
      {ctx.afsluiting ? (
        <section aria-labelledby="h-afsluiting">
          <Heading2 id="h-afsluiting">Afsluiting en systeemsignaal</Heading2>
          <dl className="regie-gegevens">
            <dt>Afgesloten op</dt>
            <dd>{datum(ctx.afsluiting.at)}</dd>
            <dt>Wat blokkeerde ({waarde(ctx.afsluiting.systeemsignaal.soort)})</dt>
            <dd>{ctx.afsluiting.systeemsignaal.signaal}</dd>
            <dt>Voorstel aan beleid</dt>
            <dd>{ctx.afsluiting.systeemsignaal.voorstel}</dd>
            {ctx.afsluiting.toelichting ? (
              <>
                <dt>Toelichting</dt>
                <dd>{ctx.afsluiting.toelichting}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function Aanmelding({ ctx }: { ctx: Schemas['DoorbraakContext'] }) {
  const a = ctx.aanmelding;
  return (
    <section aria-labelledby="h-aanmelding">
      <Heading2 id="h-aanmelding">Aanmelding</Heading2>
      <dl className="regie-gegevens">
        <dt>Wat zit vast</dt>
        <dd>{a.vastgelopen}</dd>
        <dt>Vast sinds</dt>
        <dd>{datum(a.sinds)}</dd>
        <dt>Waarom standaardvoorzieningen niet helpen</dt>
        <dd>{a.waaromGeenStandaard}</dd>
        <dt>Wat blokkeert</dt>
        <dd>
          <ul>
            {a.blokkades.map((b, i) => (
              <li key={i}>
                {b.omschrijving}
                {b.instantie ? ` (${b.instantie})` : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}

function Analyse({ ctx, som }: { ctx: Schemas['DoorbraakContext']; som: Sommen }) {
  const a = ctx.analyse;
  if (!a) return <Paragraph>Nog geen analyse vastgelegd.</Paragraph>;
  return (
    <>
      <table className="regie-table">
        <caption>Betrokken instanties en voorzieningen, met hun kosten per jaar</caption>
        <thead>
          <tr>
            <th scope="col">Wet</th>
            <th scope="col">Instantie of aanbieder</th>
            <th scope="col">Levert</th>
            <th scope="col" className="regie-bedrag">
              Kosten per jaar
            </th>
          </tr>
        </thead>
        <tbody>
          {a.betrokkenen.map((b, i) => (
            <tr key={i}>
              <td>{b.wet}</td>
              <td>{b.instantie}</td>
              <td>{b.levert}</td>
              <td className="regie-bedrag">{euro(b.kostenPerJaar)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Kosten van doormodderen per jaar
            </th>
            <td className="regie-bedrag" data-testid="doormodderen">
              <strong>{euro(som.doormodderenPerJaar)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <dl className="regie-gegevens">
        <dt>Doel van het huishouden over een jaar</dt>
        <dd>{a.doelOverEenJaar}</dd>
      </dl>
      <Zrm ctx={ctx} />
    </>
  );
}

/** The self-reliance scores per life domain: the baseline and each evaluation beside it. */
function Zrm({ ctx }: { ctx: Schemas['DoorbraakContext'] }) {
  const a = ctx.analyse!;
  const domeinen = [
    ...new Set([...a.zrm.map((z) => z.domein), ...ctx.evaluaties.flatMap((e) => e.zrm.map((z) => z.domein))]),
  ];
  const score = (lijst: { domein: string; score: number }[], d: string) =>
    lijst.find((z) => z.domein === d)?.score ?? '—';
  return (
    <table className="regie-table regie-table--smal">
      <caption>Zelfredzaamheid per levensdomein (ZRM, 1 acuut tot 5 volledig zelfredzaam)</caption>
      <thead>
        <tr>
          <th scope="col">Levensdomein</th>
          <th scope="col">Nulmeting</th>
          {ctx.evaluaties.map((e) => (
            <th scope="col" key={e.maanden}>
              Na {e.maanden} maanden
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {domeinen.map((d) => (
          <tr key={d}>
            <th scope="row">{domeinNaam(d)}</th>
            <td>{score(a.zrm, d)}</td>
            {ctx.evaluaties.map((e) => (
              <td key={e.maanden}>{score(e.zrm, d)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function grondslagTekst(s: Schemas['DoorbraakPlanStap']) {
  const x = s.grondslag;
  const waar =
    x.soort === 'wet_artikel'
      ? `${x.wet ?? ''} ${x.artikel ?? ''}`.trim()
      : x.soort === 'hardheidsclausule'
        ? `hardheidsclausule ${x.regeling ?? ''}`.trim()
        : 'maatwerk (discretionaire ruimte)';
  return `${waar}: ${x.motivering}`;
}

function Plan({ ctx, som }: { ctx: Schemas['DoorbraakContext']; som: Sommen }) {
  const p = ctx.plan;
  if (!p) return <Paragraph>Nog geen perspectiefplan vastgelegd.</Paragraph>;
  return (
    <>
      <Paragraph>
        Versie {p.versie}, vastgelegd op {datum(p.at)}.
      </Paragraph>
      <table className="regie-table">
        <caption>De doorbraakstappen met hun grondslag en bedragen</caption>
        <thead>
          <tr>
            <th scope="col">Stap</th>
            <th scope="col">Omschrijving</th>
            <th scope="col">Grondslag en motivering</th>
            <th scope="col" className="regie-bedrag">
              Eenmalig
            </th>
            <th scope="col" className="regie-bedrag">
              Per jaar
            </th>
            <th scope="col" className="regie-bedrag">
              Verwachte besparing per jaar
            </th>
          </tr>
        </thead>
        <tbody>
          {p.stappen.map((s, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{s.omschrijving}</td>
              <td>{grondslagTekst(s)}</td>
              <td className="regie-bedrag">{euro(s.eenmaligeKosten)}</td>
              <td className="regie-bedrag">{euro(s.jaarlijkseKosten)}</td>
              <td className="regie-bedrag">{euro(s.verwachteBesparingPerJaar)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Totaal
            </th>
            <td className="regie-bedrag">{euro(som.planEenmalig)}</td>
            <td className="regie-bedrag">{euro(som.planPerJaar)}</td>
            <td className="regie-bedrag">{euro(som.verwachteBesparingPerJaar)}</td>
          </tr>
        </tfoot>
      </table>
      <table className="regie-table regie-table--smal" data-testid="kosten-baten">
        <caption>Kosten-batenrekening: doormodderen tegenover doorbreken</caption>
        <thead>
          <tr>
            <th scope="col">Per jaar</th>
            <th scope="col" className="regie-bedrag">
              Jaar 1
            </th>
            <th scope="col" className="regie-bedrag">
              Elk jaar daarna
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Kosten van doormodderen</th>
            <td className="regie-bedrag">{euro(som.doormodderenPerJaar)}</td>
            <td className="regie-bedrag">{euro(som.doormodderenPerJaar)}</td>
          </tr>
          <tr>
            <th scope="row">Kosten met het plan</th>
            <td className="regie-bedrag">{euro(som.kostenMetPlanJaar1)}</td>
            <td className="regie-bedrag">{euro(som.kostenMetPlanPerJaarDaarna)}</td>
          </tr>
          <tr>
            <th scope="row">Netto besparing</th>
            <td className="regie-bedrag">
              <strong>{euro(som.nettoBesparingJaar1)}</strong>
            </td>
            <td className="regie-bedrag">
              <strong>{euro(som.nettoBesparingPerJaarDaarna)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {(som.nettoBesparingJaar1 ?? 0) < 0 ? (
        <Paragraph>Let op: in het eerste jaar kost het plan meer dan doormodderen.</Paragraph>
      ) : null}
    </>
  );
}

function Besluit({ c, ctx, som }: { c: Schemas['CaseView']; ctx: Schemas['DoorbraakContext']; som: Sommen }) {
  const v = ctx.besluitVraag;
  // pending: the projection's; decided: what the decision recorded it needed
  const nodig =
    typeof c.mandaatNodig === 'string'
      ? c.mandaatNodig
      : (v?.nodig ?? ctx.besluiten[ctx.besluiten.length - 1]?.nodig ?? null);
  const niveau = ctx.config.mandaatniveaus.find((n) => n.code === nodig);
  // the API decides (403 naming the level); this only tells the decider beforehand
  const niveaus = ctx.config.mandaatniveaus;
  const { session } = useApp();
  const eigen = niveaus.find((n) => n.code === session.mandaat);
  const genoeg = eigen !== undefined && niveaus.indexOf(eigen) >= niveaus.findIndex((n) => n.code === nodig);
  return (
    <>
      <dl className="regie-gegevens">
        <dt>Mandaat nodig</dt>
        <dd data-testid="mandaat-nodig">
          {niveau
            ? `${niveau.naam} (${niveau.bovengrens === null ? 'zonder bovengrens' : `tot ${euro(niveau.bovengrens)}`}), voor ${euro(som.planEenmalig)} eenmalige kosten`
            : 'Nog geen plan om over te besluiten.'}
        </dd>
        {v && eigen ? (
          <>
            <dt>Uw mandaat</dt>
            <dd>
              {eigen.naam} (
              {eigen.bovengrens === null ? 'zonder bovengrens' : `tot ${euro(eigen.bovengrens)}`}
              ):{' '}
              {genoeg
                ? 'u kunt over dit plan besluiten.'
                : v.voorgelegdAan === nodig
                  ? `niet genoeg; het plan ligt bij ${niveau?.naam ?? nodig}.`
                  : `niet genoeg; leg het plan voor aan ${niveau?.naam ?? 'een hoger niveau'}.`}
            </dd>
          </>
        ) : null}
        {v ? (
          <>
            <dt>Ligt voor bij</dt>
            <dd>
              {niveauNaam(ctx, v.voorgelegdAan)} sinds {datumTijd(v.sinds)}
            </dd>
          </>
        ) : null}
        {c.goedgekeurdDoor && c.goedgekeurdOp ? (
          <>
            <dt>Goedgekeurd</dt>
            <dd>
              op {datum(c.goedgekeurdOp)} door {c.goedgekeurdDoor} ({niveauNaam(ctx, c.goedgekeurdNiveau)}),{' '}
              {euro(som.planEenmalig)} eenmalig
            </dd>
          </>
        ) : null}
      </dl>
      <table className="regie-table regie-table--smal">
        <caption>Mandaatniveaus van deze doorbraak</caption>
        <thead>
          <tr>
            <th scope="col">Niveau</th>
            <th scope="col" className="regie-bedrag">
              Mag goedkeuren tot (eenmalig)
            </th>
          </tr>
        </thead>
        <tbody>
          {ctx.config.mandaatniveaus.map((n) => (
            <tr key={n.code} aria-current={n.code === nodig ? 'true' : undefined}>
              <th scope="row">
                {n.naam}
                {n.code === nodig ? ' (nodig voor dit plan)' : ''}
              </th>
              <td className="regie-bedrag">{n.bovengrens === null ? 'zonder grens' : euro(n.bovengrens)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ctx.besluiten.length ? (
        <>
          <Heading3>Verloop van het besluit</Heading3>
          <ol className="regie-historie">
            {ctx.besluiten.map((b, i) => (
              <li key={i}>
                <time dateTime={b.at}>{datumTijd(b.at)}</time>{' '}
                <strong>
                  {BESLUIT_SOORT[b.soort] ?? mens(b.soort)} {niveauNaam(ctx, b.niveau)}
                </strong>{' '}
                door {b.actor === 'system' ? 'het systeem' : b.actor}
                {b.mandaat ? ` (mandaat ${niveauNaam(ctx, b.mandaat)})` : ''}: plan versie {b.planVersie},{' '}
                {euro(b.planEenmalig)} eenmalig
                {b.toelichting ? `. ${b.toelichting}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function Acties({
  c,
  ctx,
  kan,
  onDone,
}: {
  c: Schemas['CaseView'];
  ctx: Schemas['DoorbraakContext'];
  /** whether open actions can be done or cancelled now */
  kan: boolean;
  onDone: (gelukt: string) => void;
}) {
  if (!ctx.acties.length) return <Paragraph>Nog geen acties.</Paragraph>;
  return (
    <table className="regie-table">
      <caption>Acties met hun eigenaar en uiterste datum</caption>
      <thead>
        <tr>
          <th scope="col">Actie</th>
          <th scope="col">Wat</th>
          <th scope="col">Eigenaar</th>
          <th scope="col">Uiterlijk</th>
          <th scope="col">Status</th>
          {kan ? <th scope="col">Afronden of annuleren</th> : null}
        </tr>
      </thead>
      <tbody>
        {ctx.acties.map((a) => (
          <tr key={a.id}>
            <td>{actieNaam(a.id)}</td>
            <td>{a.omschrijving}</td>
            <td>{a.eigenaar}</td>
            <td>{korteDatum(a.uiterlijk)}</td>
            <td>
              {a.status}
              {a.gemistOp ? `, termijn gemist op ${korteDatum(a.gemistOp)}` : ''}
              {a.reden ? ` (${a.reden})` : ''}
            </td>
            {kan ? (
              <td>{a.status === 'open' ? <ActieKnoppen c={c} actie={a} onDone={onDone} /> : null}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Evaluaties({ ctx, som }: { ctx: Schemas['DoorbraakContext']; som: Sommen }) {
  const gepland = ctx.config.evaluatieMaanden.join(' en ');
  if (!ctx.evaluaties.length)
    return <Paragraph>Nog geen evaluatie. Geëvalueerd wordt {gepland} maanden na het besluit.</Paragraph>;
  return (
    <>
      {ctx.evaluaties.map((e) => (
        <div key={e.maanden}>
          <Heading3>Na {e.maanden} maanden</Heading3>
          <dl className="regie-gegevens">
            <dt>Vastgelegd</dt>
            <dd>
              {datum(e.at)} door {e.actor}
              {e.teLaat ? ' (na de evaluatiedatum)' : ''}
            </dd>
            <dt>Doel bereikt</dt>
            <dd>{e.doelBereikt}</dd>
            {e.toelichting ? (
              <>
                <dt>Kwaliteit van leven</dt>
                <dd>{e.toelichting}</dd>
              </>
            ) : null}
          </dl>
          {e.besparingen.length ? (
            <table className="regie-table regie-table--smal">
              <caption>Gerealiseerde besparing per stap, na {e.maanden} maanden</caption>
              <thead>
                <tr>
                  <th scope="col">Stap</th>
                  <th scope="col">Soort</th>
                  <th scope="col" className="regie-bedrag">
                    Per jaar
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.besparingen.map((b) => (
                  <tr key={b.stap}>
                    <td>{b.stap}</td>
                    <td>{b.soort}</td>
                    <td className="regie-bedrag">{euro(b.gerealiseerdPerJaar)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
      <dl className="regie-gegevens" data-testid="gerealiseerd">
        <dt>Gerealiseerd per jaar, structureel</dt>
        <dd>{euro(som.gerealiseerdStructureel)}</dd>
        <dt>Situationeel</dt>
        <dd>{euro(som.gerealiseerdSituationeel)}</dd>
        <dt>Incidenteel</dt>
        <dd>{euro(som.gerealiseerdIncidenteel)}</dd>
      </dl>
    </>
  );
}

/** Per workflow, the events this screen gives a form of its own; the case screen's generic forms leave them out. */
export const EIGEN_FORMULIER: Record<string, readonly string[]> = {
  doorbraak: [
    'ANALYSE_VASTGELEGD',
    'PLAN_VASTGELEGD',
    'EVALUATIE_VASTGELEGD',
    // the mandate level is a choice of the case's own levels (NaarNiveauFormulier), not free text
    'PLAN_INGEDIEND',
    'PLAN_VOORGELEGD',
    'ACTIE_AFGEROND',
    'ACTIE_GEANNULEERD',
  ],
};
