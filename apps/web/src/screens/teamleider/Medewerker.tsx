/** One worker's load, for the teamleider: the open cases they hold regie of and their open and passed terms. */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call } from '../../api';
import { AppLink } from '../../components/AppLink';
import { CaseTable } from '../../components/Cases';
import { DeadlineTable } from '../../components/Deadlines';
import { ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows } from '../../components/names';
import { useApp } from '../../context';
import { isOpen, isVerlopen } from '../../format';
import { useLoad } from '../../hooks';
import { openCases } from './Team';

export function Medewerker({ user }: { user: string }) {
  const { clockTick } = useApp();
  const { data, error } = useLoad(
    () =>
      Promise.all([
        openCases({ assignee: user }),
        call(api().GET('/deadlines', { params: { query: { assignee: user, limit: 500 } } })),
        allWorkflows(),
      ]),
    [user, clockTick],
  );
  const title = `Werk van ${user}`;
  const back = (
    <Paragraph>
      <AppLink to="/team">Terug naar het teamoverzicht</AppLink>
    </Paragraph>
  );
  if (error || !data)
    return (
      <>
        <Heading1>{title}</Heading1>
        {back}
        {error ? <ErrorAlert>{error}</ErrorAlert> : <Loading what="het werk" />}
      </>
    );
  const [cases, deadlines, workflows] = data;
  const subjectOf = Object.fromEntries(cases.map((c) => [c.id, c.subjectId]));
  const terms = deadlines.items.filter((d) => isOpen(d) || (d.status === 'missed' && d.caseId in subjectOf));
  const passed = terms.filter(isVerlopen).length;
  return (
    <>
      <Heading1>{title}</Heading1>
      {back}
      <Paragraph>
        {cases.length} open {cases.length === 1 ? 'casus' : 'casussen'}; {terms.length}{' '}
        {terms.length === 1 ? 'termijn' : 'termijnen'}, waarvan {passed} verlopen.
      </Paragraph>
      <section aria-labelledby="h-casussen">
        <Heading2 id="h-casussen">Casussen waarvan {user} de regie heeft</Heading2>
        <CaseTable cases={cases} workflows={workflows} caption={`Open casussen van ${user}`} />
      </section>
      <section aria-labelledby="h-termijnen">
        <Heading2 id="h-termijnen">Termijnen</Heading2>
        <DeadlineTable
          deadlines={terms}
          caption={`Lopende en verlopen termijnen van ${user}`}
          withCase
          subjectOf={subjectOf}
        />
      </section>
    </>
  );
}
