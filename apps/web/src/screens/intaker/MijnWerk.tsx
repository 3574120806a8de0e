/** The intaker's start screen: every open and passed term, messages, and the cases they hold. */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { Berichten, useUnread } from '../../components/Berichten';
import { CaseTable } from '../../components/Cases';
import { DeadlineTable } from '../../components/Deadlines';
import { AcceptatieVerlopen, ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows, useSubjectName } from '../../components/names';
import { useApp } from '../../context';
import { AVE_NIVEAUS, datum, isOpen, isVerlopen, regierol } from '../../format';
import { useLoad } from '../../hooks';

type Household = Schemas['BoardHousehold'];

/** A huishouden whose regie waits for this user's acceptance (accepted on the case, or on the board). */
function Wacht({ h }: { h: Household }) {
  const name = useSubjectName(h.subjectId);
  const { hasRole } = useApp();
  const w = h.awaitingAcceptance!;
  return (
    <li className="regie-kaart">
      <strong>{name}</strong>
      <span>
        AVE-niveau {h.level} ({AVE_NIVEAUS[h.level]}): jij bent op {datum(w.since)} aangewezen als{' '}
        {regierol(w.role)} en moet de regie nog accepteren.
      </span>
      <AcceptatieVerlopen since={w.overdueSince} />
      <span className="regie-knoppen">
        <AppLink to={`/casussen/${h.caseId}`}>Casus van {name} openen</AppLink>
        {hasRole('procesmanager', 'teamleider') ? <AppLink to="/bord">Naar het escalatiebord</AppLink> : null}
      </span>
    </li>
  );
}

export function MijnWerk() {
  const { session, clockTick, hasRole } = useApp();
  const user = session.user;
  // the number the message list keeps up to date as messages are marked read
  const unreadNow = useUnread();
  const { data, error, loading } = useLoad(async () => {
    const [deadlines, notifications, cases, workflows, board] = await Promise.all([
      call(api().GET('/deadlines', { params: { query: { assignee: user, limit: 200 } } })),
      call(api().GET('/notifications')),
      call(api().GET('/cases', { params: { query: { assignee: user, limit: 50 } } })),
      allWorkflows(),
      call(api().GET('/board/escalations', { params: { query: { limit: 200 } } })),
    ]);
    // the regie that waits for this user's acceptance: its case is still another's, its term is this user's too
    const waiting = board.households.filter((h) => h.awaitingAcceptance?.holder === user);
    const acceptTerms = await Promise.all(
      waiting.map((h) =>
        call(api().GET('/deadlines', { params: { query: { caseId: h.caseId, limit: 50 } } })).then((r) =>
          r.items.filter((d) => d.key === 'regie_acceptatie'),
        ),
      ),
    );
    const own = new Set(deadlines.items.map((d) => d.id));
    const items = [...deadlines.items, ...acceptTerms.flat().filter((d) => !own.has(d.id))];
    return [{ items }, notifications, cases, workflows, waiting] as const;
  }, [user, clockTick]);
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
  const [deadlines, notifications, cases, workflows, waiting] = data;
  const terms = deadlines.items.filter((d) => isOpen(d) || d.status === 'missed');
  const verlopen = terms.filter(isVerlopen).length;
  const subjectOf = Object.fromEntries([
    ...cases.items.map((c) => [c.id, c.subjectId]),
    ...waiting.map((h) => [h.caseId, h.subjectId]),
  ]);
  const unread = unreadNow ?? notifications.unread;
  return (
    <>
      <Heading1>Mijn werk</Heading1>
      <Paragraph>
        {terms.length} {terms.length === 1 ? 'termijn' : 'termijnen'}, waarvan {verlopen} verlopen; {unread}{' '}
        ongelezen {unread === 1 ? 'bericht' : 'berichten'}
        {waiting.length
          ? `; ${waiting.length} ${waiting.length === 1 ? 'huishouden wacht' : 'huishoudens wachten'} op jouw acceptatie van de regie`
          : ''}
        .
        {hasRole('intaker') ? (
          <>
            {' '}
            <AppLink to="/melding/nieuw">Nieuwe melding</AppLink>
          </>
        ) : null}
      </Paragraph>
      {waiting.length ? (
        <section aria-labelledby="h-acceptatie">
          <Heading2 id="h-acceptatie">Wacht op jouw acceptatie</Heading2>
          <ul className="regie-resultaten">
            {waiting.map((h) => (
              <Wacht key={h.caseId} h={h} />
            ))}
          </ul>
        </section>
      ) : null}
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
        <Berichten list={notifications} />
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
