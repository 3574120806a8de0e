/** Terms: one word per status, days left or overdue, the last day in Dutch. A table that is a list at 390 px. */
import type { Schemas } from '../api';
import { useNow } from '../context';
import { dagenTekst, isOpen, isVerlopen, korteDatum, laatsteDag, termijnWoord } from '../format';
import { AppLink } from './AppLink';
import { Empty } from './Feedback';
import { useSubjectName } from './names';

/** A term of a list, or of its case (which says whether a newer term under its key replaced it). */
type Deadline = Schemas['Deadline'] | Schemas['CaseDeadline'];

export function StatusWord({ d }: { d: Deadline }) {
  const woord = termijnWoord(d);
  return (
    <span className={`regie-status regie-status--${isVerlopen(d) ? 'verlopen' : d.status}`}>{woord}</span>
  );
}

/** Open and passed terms first (most overdue first), then the rest by due date. */
export function sortDeadlines(list: Deadline[]): Deadline[] {
  const rank = (d: Deadline) => (isVerlopen(d) ? 0 : isOpen(d) ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt));
}

function CaseCell({ caseId, subjectOf }: { caseId: string; subjectOf?: Record<string, string> }) {
  const name = useSubjectName(subjectOf?.[caseId]);
  return <AppLink to={`/casussen/${caseId}`}>{subjectOf?.[caseId] ? name : 'Casus openen'}</AppLink>;
}

export function DeadlineTable({
  deadlines,
  caption,
  withCase,
  subjectOf,
}: {
  deadlines: Deadline[];
  caption: string;
  withCase?: boolean;
  subjectOf?: Record<string, string>;
}) {
  const now = useNow();
  if (!deadlines.length) return <Empty>Geen termijnen.</Empty>;
  return (
    <table className="regie-table regie-table--stack">
      <caption className="regie-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Termijn</th>
          <th scope="col">Status</th>
          <th scope="col">Uiterste dag</th>
          <th scope="col">Dagen</th>
          <th scope="col">Wet</th>
          {withCase ? <th scope="col">Inwoner</th> : null}
        </tr>
      </thead>
      <tbody>
        {sortDeadlines(deadlines).map((d) => (
          <tr key={d.id} className={isVerlopen(d) ? 'regie-row--verlopen' : undefined}>
            <td data-label="Termijn">
              {d.name}
              {d.extendedDays ? (
                <span className="regie-klein"> (verlengd met {d.extendedDays} dagen)</span>
              ) : null}
              {'huidig' in d && !d.huidig ? (
                <span className="regie-klein"> (vervangen door een nieuwere termijn)</span>
              ) : null}
            </td>
            <td data-label="Status">
              <StatusWord d={d} />
            </td>
            <td data-label="Uiterste dag">{korteDatum(laatsteDag(d))}</td>
            <td data-label="Dagen">{dagenTekst(d, now) ?? '—'}</td>
            <td data-label="Wet">{d.law ?? '—'}</td>
            {withCase ? (
              <td data-label="Inwoner">
                <CaseCell caseId={d.caseId} subjectOf={subjectOf} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
