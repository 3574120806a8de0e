/**
 * Demo data: gemeente Almelo with the journeys of SCENARIOS.md at different stages, built through the engine
 * (so every case has a real history and real deadlines) while a manual clock walks through the last weeks.
 */
import { addMonths, localDate } from '@regie/calendar';
import { Clock, Engine } from '@regie/engine';
import type { DemoSeedRepository, SubjectsRepository, SystemDatabase } from '@regie/persistence';
import { ManualTime } from '@regie/scheduling';
import type { TariefEenheid } from '@regie/workflows/sociaal-domein';
import { doorbraakNu, doorbraakVerleden, type SeedHulp } from './doorbraak-seed';

export const DEMO_GEMEENTE = 'almelo';
export const DEMO_TEAM = 'wijkteam-noord';
export const DEMO_USERS = {
  intaker: 'intaker1',
  schuldenspecialist: 'schuldenspecialist1',
  wijkcoach: 'wijkcoach1',
  procesmanager: 'procesmanager1',
  teamleider: 'teamleider1',
};

/**
 * Jayden, 16 years and 8 months, gets jeugd-ggz: the inzet records the voorziening, opens its herindicatie and, as he
 * is past 16.5, enrols him at once in the 18-/18+ transition. Four younger children (none near 16.5) get jeugdhulp
 * too: five inwoners in Borne's product group Jeugd, all with a tariff, so the monitor shows "Totaal bedrag" and
 * "Gemiddeld per unieke cliënt" as amounts (under five it would rightly say "< 5"). Per child: name, age in months,
 * product, aanbieder, volume (hours per week for a tariff per uur), and the tariff in whole cents with its unit.
 */
const JEUGDHULP: [string, number, string, string, number, string, number, TariefEenheid][] = [
  ['Jayden Smit', 16 * 12 + 8, 'jeugd-ggz behandeling', 'GGZ Jeugd Twente', 2, 'uur per week', 11_250, 'uur'],
  ['Sem Visser', 9 * 12 + 2, 'ambulante jeugdhulp', 'Jeugdhulp Twente', 3, 'uur per week', 8_890, 'uur'],
  ['Lotte Mulder', 12 * 12 + 5, 'dyslexiezorg', 'Leespraktijk Almelo', 1, 'uur per week', 7_400, 'uur'],
  ['Daan Kok', 7 * 12 + 9, 'netwerkpleegzorg', 'Pleegzorg Twente', 7, 'etmalen per week', 5_230, 'etmaal'],
  ['Emma de Jong', 14 * 12 + 1, 'dagbehandeling jeugd', 'Jeugdhulp Twente', 1, 'week', 41_500, 'week'],
];

interface Step {
  type: string;
  [field: string]: unknown;
}

/**
 * `settle` waits for the effects the steps so far asked for (carried out by an effects worker): the seed calls it
 * before it moves the clock on, so each effect happens at the moment of the command that asked for it.
 * A tool's system work: the owner's handle; a consent is recorded under the demo gemeente's tenant handle, as a
 * request records one.
 */
export async function seedDemo(
  system: SystemDatabase,
  repositories: { seed: DemoSeedRepository; subjects: SubjectsRepository },
  engine: Engine,
  clock: Clock,
  settle: () => Promise<void> = async () => undefined,
): Promise<string> {
  const { seed, subjects } = repositories;
  const db = system.handle;
  if (await seed.hasSubjects(db, DEMO_GEMEENTE)) return 'demodata is er al';
  if (clock.mode !== 'manual')
    throw new Error('demodata vraagt CLOCK=manual (de demo loopt door de afgelopen weken)');

  await seed.ensureGemeente(db, DEMO_GEMEENTE, 'Almelo');
  const actor = (id: string) => ({ id, gemeente: DEMO_GEMEENTE, roles: ['intaker'], team: DEMO_TEAM });
  const intaker = actor(DEMO_USERS.intaker);
  const now = await clock.now();
  // Start five months back for the doorbraak cases that have been evaluated since, then five weeks back for the
  // rest; advancing to today fires the reminders and terms that fall in between.
  await seed.setClock(db, new Date(now.getTime() - 150 * 86_400_000));

  const subject = async (name: string, birthDate: string | null, kind = 'inwoner', members: string[] = []) =>
    seed.addSubject(db, {
      gemeente: DEMO_GEMEENTE,
      kind,
      name,
      birthDate,
      members,
      createdAt: await clock.now(),
    });
  const consent = async (
    subjectId: string,
    grantedBy: string,
    note: string,
    scope = 'melding',
    to = 'wijkteam',
  ) => {
    const grantedAt = await clock.now();
    return system.asTenant(DEMO_GEMEENTE, (tenant) =>
      subjects.addConsent(tenant, {
        subjectId,
        scope,
        grantedTo: to,
        grantedBy,
        note,
        recordedBy: DEMO_USERS.intaker,
        grantedAt,
        validUntil: null,
      }),
    );
  };
  let n = 0;
  const run = async (caseId: string, steps: Step[], who = intaker) => {
    for (const { type, ...data } of steps) {
      await engine.dispatch(db, {
        actor: who,
        caseId,
        event: { type, ...data },
        idempotencyKey: `demo-${++n}`,
      });
    }
  };
  // The seed writes the history of cases that ran before the demo starts; the periodic jobs (the digest, the
  // transitie18 scan, the monthly monitor) start from the demo's now, so moving this clock runs none of them.
  const tijd = new ManualTime(engine, clock, null);
  const later = async (by: string) => {
    await settle();
    return tijd.advance(by);
  };
  const doorbraak: SeedHulp = {
    engine,
    db,
    clock,
    regisseur: actor(DEMO_USERS.intaker),
    teamleider: { ...actor(DEMO_USERS.teamleider), roles: ['teamleider'], mandaat: 'teamleider' },
    subject,
    consent,
    run,
    later,
  };
  await doorbraakVerleden(doorbraak);
  const vijfWekenTerug = now.getTime() - 35 * 86_400_000;
  await later(`P${Math.round((vijfWekenTerug - (await clock.now()).getTime()) / 86_400_000)}D`);

  // Miriam: huisarts -> intaker with her consent; three parallel routes; several professionals (AVE 2 later).
  const miriam = await subject('Miriam de Vries', '1976-03-14');
  await consent(miriam, 'Miriam de Vries', 'Via de huisarts; mondeling toegestemd');
  await consent(miriam, 'Miriam de Vries', 'Kennismaking wijkkamer', 'verwijzing', 'Wijkkamer De Riet');
  const miriamCase = await engine.start(db, {
    actor: intaker,
    workflow: 'intake',
    subjectId: miriam,
    input: { channel: 'huisarts', lifeAreas: ['sociaal_netwerk', 'financien'], laws: ['Wmo', 'Wgs'] },
  });
  await later('P2D');
  await run(miriamCase.id, [
    { type: 'TRIAGE_GESTART' },
    {
      type: 'TRIAGE_AFGEROND',
      urgentie: 'regulier',
      veiligheidsrisico: false,
      meervoudigeProblematiek: true,
      regisseur: DEMO_USERS.intaker,
      toelichting: 'Eenzaamheid, betalingsachterstanden, mogelijk individuele begeleiding',
      // several professionals on several life areas: AVE level 2, one regisseur
      ave: {
        niveau: 2,
        kinderenInHuishouden: false,
        reden: 'Schuldhulp, wijkcoach en wijkkamer tegelijk betrokken',
        criteria: ['meerdere_domeinen'],
      },
    },
    { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening: 'Wijkkamer De Riet' },
  ]);

  // Gerda: threatened cut-off of gas and electricity: a Wgs crisis, first conversation within 3 werkdagen.
  await later('P1W');
  const gerda = await subject('Gerda Jansen', '1978-09-02');
  const gerdaCase = await engine.start(db, {
    actor: actor(DEMO_USERS.schuldenspecialist),
    workflow: 'intake',
    subjectId: gerda,
    input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wgs'], wgsCrisis: true },
  });
  await later('P1D');
  await run(gerdaCase.id, [{ type: 'WGS_EERSTE_GESPREK' }], actor(DEMO_USERS.schuldenspecialist));

  // De heer Hansen: asks for dagbesteding, referred to the wijkkamer (algemene voorziening).
  await later('P1W');
  const hansen = await subject('Hendrik Hansen', '1954-01-20');
  await consent(hansen, 'Hendrik Hansen', 'Akkoord met verwijzing', 'verwijzing', 'Wijkkamer De Riet');
  const hansenCase = await engine.start(db, {
    actor: intaker,
    workflow: 'intake',
    subjectId: hansen,
    input: {
      channel: 'inwoner_zelf',
      lifeAreas: ['sociaal_netwerk', 'werk_en_dagbesteding'],
      laws: ['Wmo'],
      requestedVoorziening: 'dagbesteding',
    },
  });
  await later('P3D');
  await run(hansenCase.id, [
    { type: 'TRIAGE_GESTART' },
    { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
    { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
    { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'ontoereikend' },
    {
      type: 'CASCADE_STAP_VASTGELEGD',
      stap: 3,
      conclusie: 'toereikend',
      toelichting: 'Wijkkamer: activiteiten zonder indicatie',
    },
    { type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'Wijkkamer De Riet' },
  ]);

  // Simone, Trudie and their child: one huishouden, each with their own consent; the melding waits for triage.
  await later('P1W');
  const simone = await subject('Simone Bakker', '1978-05-30');
  const trudie = await subject('Trudie Bakker', '1969-11-11');
  const kind = await subject('Sam Bakker', '2006-02-17');
  const gezin = await subject('Huishouden Bakker', null, 'huishouden', [simone, trudie, kind]);
  for (const [id, name] of [
    [simone, 'Simone Bakker'],
    [trudie, 'Trudie Bakker'],
    [kind, 'Sam Bakker'],
    [gezin, 'Simone en Trudie Bakker'],
  ]) {
    await consent(id, name, 'Huisbezoek huisarts; via de POH');
  }
  // The household's problems grow and cooperation stalls; with a child at home, level 3 goes to a procesmanager.
  const aveBakker = await engine.start(db, {
    actor: intaker,
    workflow: 'ave',
    subjectId: gezin,
    input: { kinderenInHuishouden: true, regisseur: DEMO_USERS.intaker },
  });
  await run(aveBakker.id, [
    {
      type: 'OPSCHALEN',
      naarNiveau: 3,
      reden: 'Verwaarlozing huishouden, zorgen om het kind, hulpverlening loopt vast',
      criteria: ['veiligheid', 'stagnatie'],
      ontvanger: DEMO_USERS.procesmanager,
    },
  ]);
  await engine.start(db, {
    actor: intaker,
    workflow: 'intake',
    subjectId: gezin,
    input: {
      channel: 'poh',
      lifeAreas: ['huishouden', 'psychische_gezondheid', 'lichamelijke_gezondheid', 'financien'],
      laws: ['Wmo'],
    },
  });

  // Jayden and four younger children with jeugdhulp (JEUGDHULP)
  const today = localDate(await clock.now());
  for (const [naam, maanden, product, aanbieder, aantal, eenheid, centen, per] of JEUGDHULP) {
    const kind = await subject(naam, addMonths(today, -maanden));
    await consent(kind, `${naam} en ouders`, product, 'aanbieder', aanbieder);
    const c = await engine.start(db, {
      actor: intaker,
      workflow: 'intake',
      subjectId: kind,
      input: { channel: 'inwoner_zelf', lifeAreas: ['psychische_gezondheid'], laws: ['Jeugdwet'] },
    });
    await run(c.id, [
      { type: 'TRIAGE_GESTART' },
      { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      { type: 'AANVRAAG_INGEDIEND', laws: ['Jeugdwet'], voorziening: product },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Jeugdwet art. 2.3' },
      {
        type: 'INZET_GESTART',
        product,
        aanbieder,
        volume: { aantal, eenheid },
        tarief: { centen, eenheid: per },
        startdatum: today,
        einddatum: addMonths(today, 12),
      },
    ]);
  }

  // Back to today: whatever fell due on the way has fired.
  await settle();
  await seed.clockAtLeast(db, now);
  await engine.fireDue();
  // today: a doorbraak in analyse, and one that waits for the manager's decision (its term runs from today)
  await doorbraakNu(doorbraak);
  return 'demodata aangemaakt: Miriam, Gerda, De heer Hansen, het huishouden Bakker, Jayden, vier kinderen met jeugdhulp en vier doorbraken';
}
