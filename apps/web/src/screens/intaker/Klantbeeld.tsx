/** The klantbeeld of an inwoner or huishouden: members, cases, voorzieningen, consents, AVE level, terms. */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call } from '../../api';
import { AppLink } from '../../components/AppLink';
import { CaseTable } from '../../components/Cases';
import { DeadlineTable } from '../../components/Deadlines';
import { Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows, subject, useSubjectName } from '../../components/names';
import { useApp } from '../../context';
import { AVE_NIVEAUS, datum, isOpen, regierol, waarde } from '../../format';
import { useLoad } from '../../hooks';

function Member({ id }: { id: string }) {
  return <AppLink to={`/inwoners/${id}`}>{useSubjectName(id)}</AppLink>;
}

export function Klantbeeld({ id }: { id: string }) {
  const { clockTick, hasRole } = useApp();
  const { data, error } = useLoad(
    () =>
      Promise.all([
        subject(id).then((s) => s ?? Promise.reject(new Error('niet gevonden'))),
        call(api().GET('/cases', { params: { query: { subjectId: id, limit: 100 } } })),
        call(api().GET('/subjects/{id}/voorzieningen', { params: { path: { id } } })),
        call(api().GET('/subjects/{id}/consents', { params: { path: { id } } })),
        allWorkflows(),
      ]),
    [id, clockTick],
  );
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
  const [s, cases, voorzieningen, consents, workflows] = data;
  const ave = cases.items.find((c) => c.workflow === 'ave' && c.status === 'active');
  const terms = cases.items.flatMap((c) => c.deadlines).filter((d) => isOpen(d) || d.status === 'missed');
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
        </dd>
        <dt>Regie</dt>
        <dd>{ave ? `${regierol(ave.regie.role)}: ${ave.regie.holder ?? '—'}` : '—'}</dd>
      </dl>
      {hasRole('intaker') ? (
        <Paragraph>
          <AppLink to={`/melding/nieuw?inwoner=${s.id}`}>Nieuwe melding voor {s.name}</AppLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="h-huishouden">
        <Heading2 id="h-huishouden">Huishouden</Heading2>
        {s.members.length ? (
          <ul>
            {s.members.map((m) => (
              <li key={m}>
                <Member id={m} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty>Geen leden vastgelegd.</Empty>
        )}
      </section>
      <section aria-labelledby="h-casussen">
        <Heading2 id="h-casussen">Casussen</Heading2>
        <CaseTable cases={cases.items} workflows={workflows} caption="Alle casussen" showSubject={false} />
      </section>
      <section aria-labelledby="h-termijnen">
        <Heading2 id="h-termijnen">Termijnen</Heading2>
        <DeadlineTable deadlines={terms} caption="Lopende en verlopen termijnen" />
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
        {consents.length ? (
          <ul className="regie-resultaten">
            {consents.map((c) => (
              <li key={c.id} className="regie-kaart">
                <strong>
                  {waarde(c.scope)}: delen met {waarde(c.grantedTo)}
                </strong>
                <span>
                  gegeven door {c.grantedBy} op {datum(c.grantedAt)}
                  {c.withdrawnAt ? `; ingetrokken op ${datum(c.withdrawnAt)}` : ''}
                  {c.validUntil ? `; geldig tot ${datum(c.validUntil)}` : ''}
                </span>
                {c.note ? <span>{c.note}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>Geen toestemmingen vastgelegd.</Empty>
        )}
      </section>
    </>
  );
}
