/** The intaker's start screen: every open and passed term, messages, and the cases they hold. */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call } from '../../api';
import { AppLink } from '../../components/AppLink';
import { CaseTable } from '../../components/Cases';
import { DeadlineTable } from '../../components/Deadlines';
import { Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows } from '../../components/names';
import { useApp } from '../../context';
import { datum, datumTijd, isOpen, isVerlopen } from '../../format';
import { useLoad } from '../../hooks';

/** Messages carry ISO dates ("verstreken (op 2026-11-23)"): show them in Dutch. */
export function dutchDates(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})(T[\d:.]+Z)?\b/g, (_m, d: string, t?: string) =>
    t ? datumTijd(d + t) : datum(d),
  );
}

export function MijnWerk() {
  const { session, clockTick } = useApp();
  const user = session.user;
  const { data, error, loading } = useLoad(
    () =>
      Promise.all([
        call(api().GET('/deadlines', { params: { query: { assignee: user, limit: 200 } } })),
        call(api().GET('/notifications')),
        call(api().GET('/cases', { params: { query: { assignee: user, limit: 50 } } })),
        allWorkflows(),
      ]),
    [user, clockTick],
  );
  if (error)
    return (
      <>
        <Heading1>Mijn werk</Heading1>
        <ErrorAlert>{error}</ErrorAlert>
      </>
    );
  if (!data)
    return (
      <>
        <Heading1>Mijn werk</Heading1>
        {loading ? <Loading what="je werk" /> : null}
      </>
    );
  const [deadlines, notifications, cases, workflows] = data;
  const terms = deadlines.items.filter((d) => isOpen(d) || d.status === 'missed');
  const verlopen = terms.filter(isVerlopen).length;
  const subjectOf = Object.fromEntries(cases.items.map((c) => [c.id, c.subjectId]));
  const unread = notifications.items.filter((n) => !n.readAt).length;
  return (
    <>
      <Heading1>Mijn werk</Heading1>
      <Paragraph>
        {terms.length} {terms.length === 1 ? 'termijn' : 'termijnen'}, waarvan {verlopen} verlopen; {unread}{' '}
        ongelezen {unread === 1 ? 'bericht' : 'berichten'}.{' '}
        <AppLink to="/melding/nieuw">Nieuwe melding</AppLink>
      </Paragraph>
      <section aria-labelledby="h-termijnen">
        <Heading2 id="h-termijnen">Mijn termijnen</Heading2>
        <DeadlineTable
          deadlines={terms}
          caption="Mijn lopende en verlopen termijnen"
          withCase
          subjectOf={subjectOf}
        />
      </section>
      <section aria-labelledby="h-berichten">
        <Heading2 id="h-berichten">Herinneringen en berichten</Heading2>
        {notifications.items.length ? (
          <ul className="regie-berichten">
            {notifications.items.map((n) => (
              <li key={n.id} className={n.readAt ? 'regie-bericht' : 'regie-bericht regie-bericht--nieuw'}>
                <span className="regie-bericht__status">{n.readAt ? 'gelezen' : 'nieuw'}</span>{' '}
                <time dateTime={n.createdAt}>{datumTijd(n.createdAt)}</time>
                <span className="regie-bericht__tekst">
                  {n.caseId ? (
                    <AppLink to={`/casussen/${n.caseId}`}>{dutchDates(n.message)}</AppLink>
                  ) : (
                    dutchDates(n.message)
                  )}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>Geen berichten.</Empty>
        )}
      </section>
      <section aria-labelledby="h-casussen">
        <Heading2 id="h-casussen">Casussen waarvan ik de regie heb</Heading2>
        <CaseTable
          cases={cases.items.filter((c) => c.status === 'active')}
          workflows={workflows}
          caption="Mijn open casussen"
        />
      </section>
    </>
  );
}
