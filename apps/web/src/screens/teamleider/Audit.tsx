/**
 * The audit trail of a case, for the teamleider: who read or changed it, when and why, in plain Dutch. A command
 * is described by the history entry it wrote (same person, same moment), so "Regie overgedragen aan wijkcoach1"
 * instead of a record type and an id.
 */
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { Empty, ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows, useSubjectName } from '../../components/names';
import { label } from '../../components/SchemaForm';
import { datumTijd, mens, ROL_NAMEN, waarde } from '../../format';
import { useLoad } from '../../hooks';

type Entry = Schemas['AuditEntry'];
type History = Schemas['HistoryEntry'];

const WAT: Record<string, string> = {
  'read case': 'Casus bekeken',
  'list case': 'Casus gezien in een lijst (werklijst, bord of zoekresultaat)',
  'command case': 'Casus gewijzigd',
  'read history': 'Geschiedenis van de casus bekeken',
  'read audit': 'Audittrail bekeken',
  'list deadline': 'Termijnen bekeken',
  'read subject': 'Gegevens van de inwoner bekeken',
  'list subject': 'Inwoner gezien in een zoekresultaat',
  'command subject': 'Inwoner vastgelegd',
  'read consent': 'Toestemmingen bekeken',
  'command consent': 'Toestemming vastgelegd of ingetrokken',
};

/** What the event changed, as words: only the fields a person reads (names, levels, reasons), no ids. */
function details(h: History): string {
  const data = (h.data ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (v === null || v === undefined || typeof v === 'object' || /(^id|Id|Ids)$/.test(k) || k === 'config')
      continue;
    if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) continue;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) parts.push(`${label(k)}: ${datumTijd(v)}`);
    else parts.push(`${label(k)}: ${waarde(v)}`);
  }
  return parts.join('; ');
}

const matchOf = new WeakMap<Entry, History>();

function pair(trail: Entry[], history: History[]) {
  const actors = new Set(trail.map((e) => e.actor));
  for (const actor of actors) {
    const cmds = trail.filter(
      (e) => e.actor === actor && e.action === 'command' && e.recordType === 'case' && e.status < 300,
    );
    const hist = history.filter((h) => h.actor === actor);
    for (let i = 1; i <= Math.min(cmds.length, hist.length); i++)
      matchOf.set(cmds[cmds.length - i]!, hist[hist.length - i]!);
  }
}

function describe(e: Entry, _history: History[], title: (type: string) => string): string {
  const key = `${e.action} ${e.recordType}`;
  if (key === 'command case') {
    // The audit log keeps the wall clock, history the engine's (a demo clock may differ): pair the actor's
    // successful commands with their history entries from the newest back.
    const h = e.status < 300 ? matchOf.get(e) : undefined;
    if (h) {
      if (h.type === 'REGIE_OVERGEDRAGEN') {
        const d = h.data as { holder?: string };
        return `${title(h.type)}: regie overgedragen aan ${d.holder ?? 'een collega'}`;
      }
      if (h.type === 'REGIE_GEACCEPTEERD') return `${title(h.type)}: regie geaccepteerd`;
      const more = details(h);
      return more ? `${title(h.type)} (${more})` : title(h.type);
    }
  }
  return WAT[key] ?? `${mens(e.action)}: ${mens(e.recordType)}`;
}

function resultaat(status: number): string {
  if (status < 300) return 'gelukt';
  if (status === 401 || status === 403) return 'geweigerd';
  if (status < 500) return 'afgewezen';
  return 'mislukt';
}

export function Audit({ id }: { id: string }) {
  const { data, error } = useLoad(async () => {
    const [trail, history, c, workflows] = await Promise.all([
      call(api().GET('/cases/{id}/audit', { params: { path: { id } } })),
      call(api().GET('/cases/{id}/history', { params: { path: { id } } })),
      call(api().GET('/cases/{id}', { params: { path: { id } } })),
      allWorkflows(),
    ]);
    return { trail, history, c, workflows };
  }, [id]);
  const name = useSubjectName(data?.c.subjectId);
  const heading = data ? `Audittrail van de casus van ${name}` : 'Audittrail';
  const back = (
    <Paragraph>
      <AppLink to={`/casussen/${id}`}>Terug naar de casus</AppLink>
    </Paragraph>
  );
  if (error || !data)
    return (
      <>
        <Heading1>{heading}</Heading1>
        {back}
        {error ? <ErrorAlert>{error}</ErrorAlert> : <Loading what="het audittrail" />}
      </>
    );
  const wf = data.workflows.find((w) => w.name === data.c.workflow);
  const title = (type: string) => wf?.events.find((e) => e.type === type)?.title ?? mens(type);
  pair(data.trail, data.history);
  const entries = [...data.trail].reverse();
  return (
    <>
      <Heading1>{heading}</Heading1>
      {back}
      <Paragraph>
        Wie deze casus heeft gewijzigd of ingezien, wanneer en met welke reden. Het nieuwste staat bovenaan.
      </Paragraph>
      <section aria-labelledby="h-wijzigingen">
        <Heading2 id="h-wijzigingen">Wijzigingen</Heading2>
        <AuditTable
          entries={entries.filter((e) => e.action === 'command')}
          caption="Audittrail: wijzigingen van de casus, het nieuwste eerst"
          describe={(e) => describe(e, data.history, title)}
        />
      </section>
      <section aria-labelledby="h-inzage">
        <Heading2 id="h-inzage">Inzage</Heading2>
        <AuditTable
          entries={entries.filter((e) => e.action !== 'command')}
          caption="Wie de casus inzag, het nieuwste eerst"
          describe={(e) => describe(e, data.history, title)}
        />
      </section>
    </>
  );
}

function AuditTable({
  entries,
  caption,
  describe,
}: {
  entries: Entry[];
  caption: string;
  describe: (e: Entry) => string;
}) {
  if (!entries.length) return <Empty>Nog niets vastgelegd.</Empty>;
  return (
    <table className="regie-table regie-table--stack">
      <caption className="regie-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Wanneer</th>
          <th scope="col">Wie</th>
          <th scope="col">Wat</th>
          <th scope="col">Reden van toegang</th>
          <th scope="col">Resultaat</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i} className={e.status >= 300 ? 'regie-row--verlopen' : undefined}>
            <td data-label="Wanneer">{datumTijd(e.at)}</td>
            <td data-label="Wie">
              {e.actor}
              {e.roles.length ? (
                <span className="regie-klein"> ({e.roles.map((r) => ROL_NAMEN[r] ?? r).join(', ')})</span>
              ) : null}
            </td>
            <td data-label="Wat">{describe(e)}</td>
            <td data-label="Reden van toegang">{e.reason}</td>
            <td data-label="Resultaat">{resultaat(e.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
