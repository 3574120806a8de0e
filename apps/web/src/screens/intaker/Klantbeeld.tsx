/**
 * The klantbeeld of an inwoner or huishouden: the household and its members, cases, terms, voorzieningen,
 * consents (recorded and withdrawn here), AVE level and regie holder.
 */
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { CaseTable } from '../../components/Cases';
import { DeadlineTable } from '../../components/Deadlines';
import { Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows, subject } from '../../components/names';
import { useApp } from '../../context';
import { AVE_NIVEAUS, datum, isOpen, regierol, waarde } from '../../format';
import { useLoad } from '../../hooks';
import { Toestemmingen } from './Toestemmingen';

/** A member of a huishouden: their name (a link to their klantbeeld) and birth date. */
function Member({ id, self }: { id: string; self?: boolean }) {
  const { data: s } = useLoad(() => subject(id), [id]);
  if (s === undefined) return <>…</>;
  if (s === null) return <>onbekende inwoner</>;
  return (
    <>
      {self ? <strong>{s.name} (deze inwoner)</strong> : <AppLink to={`/inwoners/${id}`}>{s.name}</AppLink>}
      {s.birthDate ? <span className="regie-klein">, geboren {datum(s.birthDate)}</span> : null}
    </>
  );
}

/** A huishouden's members; for an inwoner, the huishouden(s) they belong to, each with its members. */
function Huishouden({ s, huishoudens }: { s: Schemas['Subject']; huishoudens: Schemas['Subject'][] }) {
  if (s.kind === 'huishouden')
    return s.members.length ? (
      <ul aria-label={`Leden van ${s.name}`}>
        {s.members.map((m) => (
          <li key={m}>
            <Member id={m} />
          </li>
        ))}
      </ul>
    ) : (
      <Empty>Geen leden vastgelegd.</Empty>
    );
  if (!huishoudens.length) return <Empty>{s.name} hoort bij geen vastgelegd huishouden.</Empty>;
  return (
    <>
      {huishoudens.map((h) => (
        <div key={h.id} className="regie-huishouden">
          <Paragraph>
            <AppLink to={`/inwoners/${h.id}`}>{h.name}</AppLink>, {h.members.length}{' '}
            {h.members.length === 1 ? 'lid' : 'leden'}:
          </Paragraph>
          <ul aria-label={`Leden van ${h.name}`}>
            {h.members.map((m) => (
              <li key={m}>
                <Member id={m} self={m === s.id} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function Klantbeeld({ id }: { id: string }) {
  const { clockTick, hasRole } = useApp();
  const { data, error } = useLoad(async () => {
    const loaded = await Promise.all([
      subject(id).then((s) => s ?? Promise.reject(new Error('niet gevonden'))),
      call(api().GET('/cases', { params: { query: { subjectId: id, limit: 100 } } })),
      call(api().GET('/subjects/{id}/voorzieningen', { params: { path: { id } } })),
      call(api().GET('/subjects/{id}/huishoudens', { params: { path: { id } } })),
      allWorkflows(),
    ]);
    // the cases of the inwoner's huishouden (an AVE track usually runs for the huishouden)
    const householdCases = await Promise.all(
      loaded[3].items.map((h) =>
        call(api().GET('/cases', { params: { query: { subjectId: h.id, limit: 100 } } })).then((r) =>
          r.items.map((c) => ({ c, huishouden: h.name })),
        ),
      ),
    );
    return [...loaded, householdCases.flat()] as const;
  }, [id, clockTick]);
  if (error)
    return (
      <>
        <Heading1>Klantbeeld</Heading1>
        <ErrorAlert>Deze inwoner kon niet worden geladen.</ErrorAlert>
      </>
    );
  if (!data)
    return (
      <>
        <Heading1>Klantbeeld</Heading1>
        <Loading what="het klantbeeld" />
      </>
    );
  const [s, cases, voorzieningen, huishoudens, workflows, householdCases] = data;
  const own = cases.items.find((c) => c.workflow === 'ave' && c.status === 'active');
  const viaHuishouden = own
    ? undefined
    : householdCases.find(({ c }) => c.workflow === 'ave' && c.status === 'active');
  const ave = own ?? viaHuishouden?.c;
  const allCases = [...cases.items, ...householdCases.map(({ c }) => c)];
  const subjectOf = Object.fromEntries(allCases.map((c) => [c.id, c.subjectId]));
  const terms = allCases.flatMap((c) => c.deadlines).filter((d) => isOpen(d) || d.status === 'missed');
  return (
    <>
      <Heading1>Klantbeeld: {s.name}</Heading1>
      <dl className="regie-gegevens">
        <dt>Soort</dt>
        <dd>{s.kind === 'huishouden' ? 'Huishouden' : 'Inwoner'}</dd>
        {s.kind === 'inwoner' ? (
          <>
            <dt>Geboortedatum</dt>
            <dd>{datum(s.birthDate)}</dd>
          </>
        ) : null}
        <dt>BSN</dt>
        <dd>{s.hasBsn ? 'vastgelegd (niet getoond)' : 'niet vastgelegd'}</dd>
        <dt>AVE-niveau</dt>
        <dd>
          {ave && typeof ave.aveLevel === 'number'
            ? `${ave.aveLevel}: ${AVE_NIVEAUS[ave.aveLevel] ?? ''}`
            : 'geen AVE-traject'}
          {viaHuishouden ? ` (AVE-traject van ${viaHuishouden.huishouden})` : ''}
        </dd>
        <dt>Regie</dt>
        <dd>
          {ave ? (
            <>
              {regierol(ave.regie.role)}: {ave.regie.holder ?? '—'}{' '}
              <AppLink to={`/casussen/${ave.id}`}>AVE-traject openen</AppLink>
            </>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {hasRole('intaker') ? (
        <Paragraph>
          <AppLink to={`/melding/nieuw?inwoner=${s.id}`}>Nieuwe melding voor {s.name}</AppLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="h-huishouden">
        <Heading2 id="h-huishouden">Huishouden</Heading2>
        <Huishouden s={s} huishoudens={huishoudens.items} />
      </section>
      <section aria-labelledby="h-casussen">
        <Heading2 id="h-casussen">Casussen</Heading2>
        {cases.items.length || !householdCases.length ? (
          <CaseTable cases={cases.items} workflows={workflows} caption="Alle casussen" showSubject={false} />
        ) : (
          <Empty>Geen casussen van {s.name} zelf.</Empty>
        )}
        {householdCases.length ? (
          <>
            <Heading3>Casussen van het huishouden</Heading3>
            <CaseTable
              cases={householdCases.map(({ c }) => c)}
              workflows={workflows}
              caption="Casussen van het huishouden"
            />
          </>
        ) : null}
      </section>
      <section aria-labelledby="h-termijnen">
        <Heading2 id="h-termijnen">Termijnen</Heading2>
        <DeadlineTable
          deadlines={terms}
          caption="Lopende en verlopen termijnen"
          withCase
          subjectOf={subjectOf}
        />
      </section>
      <section aria-labelledby="h-voorzieningen">
        <Heading2 id="h-voorzieningen">Voorzieningen</Heading2>
        {voorzieningen.items.length ? (
          <ul className="regie-resultaten">
            {voorzieningen.items.map((v) => (
              <li key={v.id} className="regie-kaart">
                <strong>
                  {v.product} ({v.wet})
                </strong>
                <span>
                  {v.aanbieder}; {v.volume.aantal} {waarde(v.volume.eenheid)}; van {datum(v.startdatum)} tot{' '}
                  {datum(v.einddatum)}; {v.actief ? 'actief' : 'beëindigd'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>Geen voorzieningen.</Empty>
        )}
      </section>
      <section aria-labelledby="h-toestemmingen">
        <Heading2 id="h-toestemmingen">Toestemmingen</Heading2>
        <Toestemmingen subject={s} />
      </section>
    </>
  );
}
