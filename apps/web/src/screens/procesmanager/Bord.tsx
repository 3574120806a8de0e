/**
 * The escalation board (procesmanager, teamleider): households per AVE level, the acceptances waiting for the
 * user, and every household they may see, kept live through the board's event stream. A procesmanager's levels
 * are 3 and 4: levels 0-2 say so instead of counting nothing.
 */
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { api, call, errorMessage, type Schemas } from '../../api';
import { AppLink } from '../../components/AppLink';
import { AcceptatieVerlopen, Empty, ErrorAlert, Loading, StatusMessage } from '../../components/Feedback';
import { useSubjectName } from '../../components/names';
import { useApp } from '../../context';
import { AVE_NIVEAUS, datum, datumTijd, korteDatum, regierol, waarde } from '../../format';
import { useLoad } from '../../hooks';
import { useBoardStream, type StreamStatus } from './stream';

type Household = Schemas['BoardHousehold'];

const tijd = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

const aantal = (n: number, een: string, meer: string) =>
  n === 0 ? `geen ${meer}` : `${n} ${n === 1 ? een : meer}`;

const STREAM_TEKST: Record<StreamStatus, string> = {
  verbinden: 'Verbinden met live-updates…',
  live: 'Live: wijzigingen verschijnen vanzelf.',
  onderbroken: 'Live-updates onderbroken; opnieuw verbinden…',
  geweigerd: 'Live-updates zijn niet beschikbaar voor jouw rol.',
};

function wie(holder: string | null | undefined, me: string): string {
  if (!holder) return 'nog niemand';
  return holder === me ? 'jij' : holder;
}

export function Bord() {
  const { session, clockTick, hasRole } = useApp();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const waitingHeading = useRef<HTMLHeadingElement>(null);
  const { data, error, reload } = useLoad(
    () => call(api().GET('/board/escalations', { params: { query: { limit: 200 } } })),
    [clockTick],
  );
  const stream = useBoardStream(reload);
  const onlyProcesmanager = hasRole('procesmanager') && !hasRole('teamleider');

  const accept = async (h: Household, name: string) => {
    setMessage(null);
    try {
      await call(
        api().POST('/cases/{id}/events', {
          params: { path: { id: h.caseId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
          body: { type: 'REGIE_GEACCEPTEERD' } as Schemas['CaseEvent'],
        }),
      );
      setMessage({ ok: true, text: `Regie geaccepteerd: de regie over ${name} is nu bij jou.` });
      reload();
      waitingHeading.current?.focus();
    } catch (e) {
      setMessage({ ok: false, text: `De regie over ${name} is niet geaccepteerd. ${errorMessage(e)}` });
    }
  };

  const status = <StatusMessage message={message?.text ?? null} ok={message?.ok ?? true} />;

  if (!data)
    return (
      <>
        <Heading1>Escalatiebord</Heading1>
        {status}
        {error ? <ErrorAlert>{error}</ErrorAlert> : <Loading what="het bord" />}
      </>
    );

  const mine = data.households.filter((h) => h.awaitingAcceptance?.holder === session.user);
  return (
    <>
      <Heading1>Escalatiebord</Heading1>
      <Paragraph className="regie-klein regie-live" data-status={stream}>
        {STREAM_TEKST[stream]} Bord bijgewerkt om {tijd.format(new Date(data.now))} ({datum(data.now)}).
      </Paragraph>
      {status}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}

      <section aria-labelledby="h-niveaus">
        <Heading2 id="h-niveaus">Huishoudens per niveau</Heading2>
        {onlyProcesmanager ? (
          <Paragraph>
            Niveau 0 tot en met 2 zijn niet jouw niveaus: daar hebben de inwoner, professionals en
            casusregisseurs van de wijkteams de regie. Jij ziet de huishoudens op niveau 3 en 4, en die
            waarvan jij de regie hebt.
          </Paragraph>
        ) : null}
        <ul className="regie-niveaus">
          {data.levels.map((l) => {
            const notMine = onlyProcesmanager && l.level < 3;
            return (
              <li
                key={l.level}
                className={`regie-niveau regie-niveau--${l.level}${notMine ? ' regie-niveau--niet' : ''}`}
              >
                <span className="regie-niveau__nr">Niveau {l.level}</span>
                <span className="regie-niveau__naam">{AVE_NIVEAUS[l.level]}</span>
                {notMine && l.households === 0 ? (
                  <span className="regie-niveau__aantal">Niet jouw niveau</span>
                ) : (
                  <>
                    <strong className="regie-niveau__aantal">
                      {aantal(l.households, 'huishouden', 'huishoudens')}
                      {notMine ? ' waarvan jij de regie hebt' : ''}
                    </strong>
                    <span className={l.awaitingAcceptance ? 'regie-niveau__wacht' : undefined}>
                      {l.awaitingAcceptance === 0
                        ? 'niemand wacht op acceptatie'
                        : `${l.awaitingAcceptance} wacht op acceptatie`}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="h-wacht">
        <Heading2 id="h-wacht" ref={waitingHeading} tabIndex={-1}>
          Wacht op jouw acceptatie
        </Heading2>
        {mine.length ? (
          <ul className="regie-resultaten">
            {mine.map((h) => (
              <Acceptance key={h.caseId} h={h} onAccept={accept} />
            ))}
          </ul>
        ) : (
          <Empty>Er wacht geen regie op jouw acceptatie.</Empty>
        )}
      </section>

      <section aria-labelledby="h-huishoudens">
        <Heading2 id="h-huishoudens">Huishoudens op het bord</Heading2>
        {data.households.length ? (
          <table className="regie-table regie-table--stack">
            <caption className="regie-visually-hidden">
              {aantal(data.households.length, 'huishouden', 'huishoudens')} op het escalatiebord
            </caption>
            <thead>
              <tr>
                <th scope="col">Huishouden</th>
                <th scope="col">Niveau</th>
                <th scope="col">Op dit niveau</th>
                <th scope="col">Regie</th>
                <th scope="col">Wacht op acceptatie</th>
                <th scope="col">Review uiterlijk</th>
                <th scope="col">Recente wijzigingen (30 dagen)</th>
              </tr>
            </thead>
            <tbody>
              {data.households.map((h) => (
                <Row key={h.caseId} h={h} me={session.user} />
              ))}
            </tbody>
          </table>
        ) : (
          <Empty>Geen huishoudens op het bord.</Empty>
        )}
      </section>
    </>
  );
}

function Acceptance({
  h,
  onAccept,
}: {
  h: Household;
  onAccept: (h: Household, name: string) => Promise<void>;
}) {
  const name = useSubjectName(h.subjectId);
  const [busy, setBusy] = useState(false);
  const w = h.awaitingAcceptance!;
  const nameId = `acceptatie-${h.caseId}`;
  return (
    <li className="regie-kaart" aria-labelledby={nameId}>
      <strong id={nameId}>{name}</strong>
      <span>
        Niveau {h.level} ({AVE_NIVEAUS[h.level]}); jij bent aangewezen als {regierol(w.role)} op{' '}
        {datum(w.since)}.
      </span>
      <AcceptatieVerlopen since={w.overdueSince} />
      <span className="regie-knoppen">
        <Button
          type="button"
          appearance="primary-action-button"
          busy={busy}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onAccept(h, name).finally(() => setBusy(false));
          }}
        >
          Regie accepteren
        </Button>
        <AppLink to={`/casussen/${h.caseId}`}>Casus van {name} openen</AppLink>
      </span>
    </li>
  );
}

function Row({ h, me }: { h: Household; me: string }) {
  const name = useSubjectName(h.subjectId);
  const w = h.awaitingAcceptance;
  const reviewLate = h.review.overdue || Boolean(h.review.missedSince);
  return (
    <tr className={reviewLate || w?.overdueSince ? 'regie-row--verlopen' : undefined}>
      <td data-label="Huishouden">
        <AppLink to={`/casussen/${h.caseId}`}>{name}</AppLink>
        {h.team ? <span className="regie-klein"> · {waarde(h.team)}</span> : null}
      </td>
      <td data-label="Niveau">
        {h.level} <span className="regie-klein">({AVE_NIVEAUS[h.level]})</span>
      </td>
      <td data-label="Op dit niveau">
        {h.daysAtLevel === 1 ? '1 dag' : `${h.daysAtLevel} dagen`}
        <span className="regie-klein"> (sinds {korteDatum(h.since)})</span>
      </td>
      <td data-label="Regie">
        {regierol(h.regie.role)}: {wie(h.regie.holder, me)}
      </td>
      <td data-label="Wacht op acceptatie">
        {w ? (
          <>
            {regierol(w.role)}: {wie(w.holder, me)}, aangewezen {korteDatum(w.since)}
            {w.overdueSince ? (
              <>
                {' '}
                <span className="regie-status regie-status--verlopen">verlopen</span>
              </>
            ) : null}
          </>
        ) : (
          '—'
        )}
      </td>
      <td data-label="Review uiterlijk">
        {h.review.dueAt ? korteDatum(h.review.dueAt) : '—'}
        {h.review.missedSince || h.review.overdue ? (
          <>
            {' '}
            <span className="regie-status regie-status--verlopen">verlopen</span>
          </>
        ) : null}
      </td>
      <td data-label="Recente wijzigingen">
        {h.recentChanges.length ? (
          <ul className="regie-wijzigingen">
            {[...h.recentChanges]
              .sort((a, b) => b.at.localeCompare(a.at))
              .map((c, i) => (
                <li key={i}>
                  {c.soort === 'afschalen' ? 'Afgeschaald' : 'Opgeschaald'} van {c.from ?? 'start'} naar{' '}
                  {c.to}
                  {c.reden ? `: ${c.reden}` : ''}
                  <span className="regie-klein">
                    {' '}
                    ({datumTijd(c.at)}; regie naar {wie(c.holder, me)}
                    {c.criteria.length ? `; ${c.criteria.map(waarde).join(', ')}` : ''})
                  </span>
                </li>
              ))}
          </ul>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
