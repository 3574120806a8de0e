/**
 * The teamleider's start screen: per worker of the team their open cases, passed terms and the acceptances they
 * still owe; the acceptances that wait; and every passed term of the team.
 */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { DeadlineTable } from '../../components/Deadlines';
import { AcceptatieVerlopen, Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { useSubjectName } from '../../components/names';
import { useApp } from '../../context';
import { AVE_NIVEAUS, datum, isVerlopen, regierol } from '../../format';
import { useLoad } from '../../hooks';
import { teamUsers } from './users';

/** Every open case the teamleider may see (the team's), a few pages at most. */
export async function openCases(query: { assignee?: string } = {}): Promise<Schemas['CaseView'][]> {
  const all: Schemas['CaseView'][] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page++) {
    const r = await call(
      api().GET('/cases', { params: { query: { ...query, limit: 200, ...(cursor ? { cursor } : {}) } } }),
    );
    all.push(...r.items);
    if (!r.next) break;
    cursor = r.next;
  }
  return all.filter((c) => c.status === 'active');
}

interface WorkerRow {
  user: string;
  open: number;
  passed: number;
  owes: number;
}

export function Team() {
  const { session, clockTick } = useApp();
  const { data, error } = useLoad(
    () =>
      Promise.all([
        teamUsers(session.team),
        openCases(),
        call(api().GET('/deadlines', { params: { query: { limit: 500 } } })),
        call(api().GET('/board/escalations', { params: { query: { limit: 200 } } })),
      ]),
    [session.team, clockTick],
  );
  const title = `Teamoverzicht${session.team ? ` ${session.team.replace(/-/g, ' ')}` : ''}`;
  if (error)
    return (
      <>
        <Heading1>{title}</Heading1>
        <ErrorAlert>{error}</ErrorAlert>
      </>
    );
  if (!data)
    return (
      <>
        <Heading1>{title}</Heading1>
        <Loading what="het team" />
      </>
    );
  const [users, cases, deadlines, board] = data;
  const holderOf = new Map(cases.map((c) => [c.id, c.regie.holder]));
  const subjectOf = Object.fromEntries(cases.map((c) => [c.id, c.subjectId]));
  const passed = deadlines.items.filter((d) => isVerlopen(d) && holderOf.has(d.caseId));
  const waiting = board.households.filter((h) => h.awaitingAcceptance);

  const rows = new Map<string, WorkerRow>();
  const row = (user: string) => {
    let r = rows.get(user);
    if (!r) rows.set(user, (r = { user, open: 0, passed: 0, owes: 0 }));
    return r;
  };
  for (const u of users.items)
    if (u.roles.some((r) => r === 'intaker' || r === 'teamleider') || !u.roles.length) row(u.user);
  for (const c of cases) if (c.regie.holder) row(c.regie.holder).open++;
  for (const d of passed) {
    const h = holderOf.get(d.caseId);
    if (h) row(h).passed++;
  }
  for (const h of waiting) {
    // a transfer routed to the role owes no one in particular yet
    const holder = h.awaitingAcceptance!.holder;
    if (holder) row(holder).owes++;
  }
  const unassigned = cases.filter((c) => !c.regie.holder).length;
  const list = [...rows.values()].sort(
    (a, b) => b.passed - a.passed || b.open - a.open || a.user.localeCompare(b.user),
  );

  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>
        {cases.length} open {cases.length === 1 ? 'casus' : 'casussen'}, {passed.length} verlopen{' '}
        {passed.length === 1 ? 'termijn' : 'termijnen'}, {waiting.length}{' '}
        {waiting.length === 1 ? 'huishouden wacht' : 'huishoudens wachten'} op acceptatie van de regie.
      </Paragraph>

      <section aria-labelledby="h-medewerkers">
        <Heading2 id="h-medewerkers">Per medewerker</Heading2>
        <table className="regie-table regie-table--stack">
          <caption className="regie-visually-hidden">
            Open casussen en verlopen termijnen per medewerker
          </caption>
          <thead>
            <tr>
              <th scope="col">Medewerker</th>
              <th scope="col">Open casussen</th>
              <th scope="col">Verlopen termijnen</th>
              <th scope="col">Moet regie nog accepteren</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.user} className={r.passed ? 'regie-row--verlopen' : undefined}>
                <td data-label="Medewerker">
                  <AppLink to={`/team/medewerker/${encodeURIComponent(r.user)}`}>
                    {r.user === session.user ? `${r.user} (jij)` : r.user}
                  </AppLink>
                </td>
                <td data-label="Open casussen">{r.open}</td>
                <td data-label="Verlopen termijnen">{r.passed}</td>
                <td data-label="Moet regie nog accepteren">{r.owes}</td>
              </tr>
            ))}
            {unassigned ? (
              <tr>
                <td data-label="Medewerker">zonder regiehouder</td>
                <td data-label="Open casussen">{unassigned}</td>
                <td data-label="Verlopen termijnen">—</td>
                <td data-label="Moet regie nog accepteren">—</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-acceptaties">
        <Heading2 id="h-acceptaties">Wacht op acceptatie</Heading2>
        {waiting.length ? (
          <ul className="regie-resultaten">
            {waiting.map((h) => (
              <Waiting key={h.caseId} h={h} />
            ))}
          </ul>
        ) : (
          <Empty>Er wacht geen regie op acceptatie.</Empty>
        )}
      </section>

      <section aria-labelledby="h-verlopen">
        <Heading2 id="h-verlopen">Verlopen termijnen van het team</Heading2>
        <DeadlineTable
          deadlines={passed}
          caption="Verlopen termijnen van het team"
          withCase
          subjectOf={subjectOf}
        />
      </section>
    </>
  );
}

function Waiting({ h }: { h: Schemas['BoardHousehold'] }) {
  const name = useSubjectName(h.subjectId);
  const w = h.awaitingAcceptance!;
  return (
    <li className="regie-kaart">
      <AppLink to={`/casussen/${h.caseId}`}>{name}</AppLink>
      <span>
        Niveau {h.level} ({AVE_NIVEAUS[h.level]}):{' '}
        {w.holder
          ? `${w.holder} moet de regie als ${regierol(w.role)} accepteren`
          : `de regie wacht op een ${regierol(w.role)} die haar accepteert`}
        , aangewezen op {datum(w.since)}.
      </span>
      <AcceptatieVerlopen since={w.overdueSince} />
    </li>
  );
}
