/** A list of cases: inwoner, journey, phase, regie, next term. */
import type { Schemas } from '../api';
import { useApp, useNow } from '../context';
import { CASUS_STATUS, dagenTekst, isOpen, korteDatum, laatsteDag, mens, regierol } from '../format';
import { AppLink } from './AppLink';
import { Empty } from './Feedback';
import { useSubjectName, workflowTitle } from './names';

function Inwoner({ id, caseId }: { id: string; caseId: string }) {
  return <AppLink to={`/casussen/${caseId}`}>{useSubjectName(id)}</AppLink>;
}

export function CaseTable({
  cases,
  workflows,
  caption,
  showSubject = true,
}: {
  cases: Schemas['CaseView'][];
  workflows: Schemas['WorkflowList'] | undefined;
  caption: string;
  showSubject?: boolean;
}) {
  const now = useNow();
  const { session } = useApp();
  if (!cases.length) return <Empty>Geen casussen.</Empty>;
  return (
    <table className="regie-table regie-table--stack">
      <caption className="regie-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{showSubject ? 'Inwoner' : 'Casus'}</th>
          <th scope="col">Klantreis</th>
          <th scope="col">Fase</th>
          <th scope="col">Regie</th>
          <th scope="col">Eerstvolgende termijn</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => {
          const next = c.deadlines.filter(isOpen).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
          const holder = c.regie.holder === session.user ? 'jij' : (c.regie.holder ?? '—');
          return (
            <tr key={c.id}>
              <td data-label={showSubject ? 'Inwoner' : 'Casus'}>
                {showSubject ? (
                  <Inwoner id={c.subjectId} caseId={c.id} />
                ) : (
                  <AppLink to={`/casussen/${c.id}`}>{workflowTitle(workflows, c.workflow)} openen</AppLink>
                )}
              </td>
              <td data-label="Klantreis">{workflowTitle(workflows, c.workflow)}</td>
              <td data-label="Fase">
                {mens(c.state)}
                {c.status !== 'active' ? ` (${CASUS_STATUS[c.status]})` : ''}
              </td>
              <td data-label="Regie">
                {regierol(c.regie.role)}: {holder}
              </td>
              <td data-label="Eerstvolgende termijn">
                {next ? `${next.name}, ${korteDatum(laatsteDag(next))} (${dagenTekst(next, now)})` : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
