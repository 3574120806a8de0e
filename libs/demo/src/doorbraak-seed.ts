/**
 * Demo data of the Doorbraakmethode, driven through the engine like the other demo cases:
 * - `doorbraakVerleden`, five months back: the Jansen household (a mother with huishoudelijke hulp, a daughter of
 *   12 with jeugdhulp, rent arrears that block a move) approved by the teamleider, carried out and evaluated after
 *   3 months, waiting for its 12-month evaluation; and the El Amrani household, closed after its evaluation with a
 *   systeemsignaal that reaches beleid.
 * - `doorbraakNu`, in the last days: the De Boer household in analyse, and the Kaya household in besluit, a plan
 *   above the teamleider's mandate that the teamleider put before the manager sociaal domein, who has not decided.
 * Amounts are whole eurocents.
 */
import { addDays, localDate, addMonths } from '@regie/calendar';
import type { Clock, Engine } from '@regie/engine';
import type { SystemDb } from '@regie/persistence';

interface Step {
  type: string;
  [field: string]: unknown;
}

interface Actor {
  id: string;
  gemeente: string;
  roles: string[];
  team: string;
  mandaat?: string;
}

/** What the demo seed lends this part: its way to add people, consents, run steps and move the clock. */
export interface SeedHulp {
  engine: Engine;
  /** the owner's handle the engine's commands run on: the seed is a tool's system work */
  db: SystemDb;
  clock: Clock;
  /** the professional who registers and runs the doorbraak (its regisseur) */
  regisseur: Actor;
  /** the teamleider, with the mandate of the lowest level */
  teamleider: Actor;
  subject(name: string, birthDate: string | null, kind?: string, members?: string[]): Promise<string>;
  consent(subjectId: string, grantedBy: string, note: string, scope?: string, to?: string): Promise<unknown>;
  run(caseId: string, steps: Step[], who?: Actor): Promise<void>;
  later(by: string): Promise<unknown>;
}

const euro = (euros: number) => euros * 100;

/** A household of a parent and a child of `leeftijd`, with its consent to share its situation for a doorbraak. */
async function huishouden(h: SeedHulp, naam: string, ouder: string, kind: string, leeftijd: number) {
  const today = localDate(await h.clock.now());
  const o = await h.subject(`${ouder} ${naam}`, addMonths(today, -(41 * 12 + 5)));
  const k = await h.subject(`${kind} ${naam}`, addMonths(today, -(leeftijd * 12 + 4)));
  const id = await h.subject(`Huishouden ${naam}`, null, 'huishouden', [o, k]);
  await h.consent(id, `${ouder} ${naam}`, 'Akkoord met de doorbraakaanpak, ook namens het kind', 'doorbraak');
  return id;
}

async function start(h: SeedHulp, subjectId: string, input: Record<string, unknown>) {
  const c = await h.engine.start(h.db, { actor: h.regisseur, workflow: 'doorbraak', subjectId, input });
  return c.id;
}

/** A due date `days` from the clock's today (an action's uiterlijk). */
async function over(h: SeedHulp, days: number): Promise<string> {
  return addDays(localDate(await h.clock.now()), days);
}

export async function doorbraakVerleden(h: SeedHulp): Promise<void> {
  const jansen = await start(h, await huishouden(h, 'Jansen', 'Els', 'Noor', 12), {
    vastgelopen:
      'Moeder en dochter wonen in een te kleine woning die voor de zorg van de dochter onveilig is; verhuizen lukt niet.',
    blokkades: [
      {
        omschrijving: 'Nieuw huurcontract geweigerd zolang er een huurachterstand van € 3.200 is',
        instantie: 'woningcorporatie',
      },
      {
        omschrijving: 'Schuldhulp kan de achterstand pas na de stabilisatiefase regelen',
        instantie: 'schuldhulp',
      },
    ],
    sinds: addMonths(localDate(await h.clock.now()), -8),
    waaromGeenStandaard:
      'Geen standaardvoorziening lost de achterstand op tijd op; zonder andere woning blijft de jeugdhulp intensief.',
  });
  const elAmrani = await start(h, await huishouden(h, 'El Amrani', 'Youssef', 'Sara', 15), {
    vastgelopen:
      'Vader verliest zijn uitkering bij elke wijziging in het huishouden; de dochter verzuimt school.',
    blokkades: [
      {
        omschrijving: 'De uitkering stopt tot de herberekening na een wijziging klaar is',
        instantie: 'sociale dienst',
      },
    ],
    sinds: addMonths(localDate(await h.clock.now()), -14),
    waaromGeenStandaard: 'Voorschotten en schuldhulp helpen niet zolang elke wijziging het inkomen stillegt.',
  });
  await h.run(jansen, [
    { type: 'ANALYSE_GESTART' },
    {
      type: 'ANALYSE_VASTGELEGD',
      betrokkenen: [
        {
          wet: 'Jeugdwet',
          instantie: 'Jeugdhulp Twente',
          levert: 'intensieve ambulante jeugdhulp',
          kostenPerJaar: euro(31_000),
        },
        {
          wet: 'Wmo',
          instantie: 'Thuiszorg Almelo',
          levert: 'hulp bij het huishouden',
          kostenPerJaar: euro(6_500),
        },
        {
          wet: 'Wgs',
          instantie: 'schuldhulp gemeente',
          levert: 'schuldhulpverlening',
          kostenPerJaar: euro(2_400),
        },
        {
          wet: 'overig',
          instantie: 'GGD Twente',
          levert: 'jeugdgezondheidszorg',
          kostenPerJaar: euro(1_100),
        },
        { wet: 'overig', instantie: 'wijkteam', levert: 'regie en coördinatie', kostenPerJaar: 0 },
      ],
      doelOverEenJaar: 'Over een jaar wonen we veilig en heeft Noor alleen nog af en toe hulp.',
      zrm: [
        { domein: 'huisvesting', score: 2 },
        { domein: 'financien', score: 2 },
        { domein: 'huiselijke_relaties', score: 3 },
      ],
    },
    { type: 'ANALYSE_AFGEROND' },
  ]);
  await h.run(elAmrani, [
    { type: 'ANALYSE_GESTART' },
    {
      type: 'ANALYSE_VASTGELEGD',
      betrokkenen: [
        {
          wet: 'Participatiewet',
          instantie: 'sociale dienst',
          levert: 'bijstandsuitkering en voorschotten',
          kostenPerJaar: euro(4_800),
        },
        {
          wet: 'Jeugdwet',
          instantie: 'Jeugdhulp Twente',
          levert: 'gezinsbegeleiding',
          kostenPerJaar: euro(12_000),
        },
        {
          wet: 'Leerplichtwet',
          instantie: 'leerplicht',
          levert: 'verzuimbegeleiding',
          kostenPerJaar: euro(1_500),
        },
      ],
      doelOverEenJaar: 'Een vast inkomen, en Sara weer elke dag naar school.',
      zrm: [
        { domein: 'financien', score: 1 },
        { domein: 'werk_en_opleiding', score: 2 },
      ],
    },
    { type: 'ANALYSE_AFGEROND' },
  ]);
  await h.later('P1W');
  await h.run(jansen, [
    {
      type: 'PLAN_VASTGELEGD',
      stappen: [
        {
          omschrijving:
            'De gemeente betaalt de huurachterstand eenmalig; de corporatie biedt een passende woning aan.',
          grondslag: {
            soort: 'wet_artikel',
            wet: 'Participatiewet',
            artikel: 'art. 35 bijzondere bijstand',
            motivering:
              'Noodzakelijke kosten door bijzondere omstandigheden: zonder betaling blijft het gezin vastzitten.',
          },
          eenmaligeKosten: euro(3_200),
          jaarlijkseKosten: 0,
          verwachteBesparingPerJaar: euro(18_000),
        },
      ],
    },
    { type: 'PLAN_INGEDIEND' },
  ]);
  await h.run(elAmrani, [
    {
      type: 'PLAN_VASTGELEGD',
      stappen: [
        {
          omschrijving: 'De uitkering loopt door op het oude bedrag tot de herberekening klaar is.',
          grondslag: {
            soort: 'hardheidsclausule',
            regeling: 'Beleidsregels Participatiewet Almelo',
            motivering:
              'Onverkorte toepassing treft dit gezin onevenredig: elke wijziging zet het inkomen stil.',
          },
          eenmaligeKosten: euro(1_200),
          jaarlijkseKosten: 0,
          verwachteBesparingPerJaar: euro(6_000),
        },
      ],
    },
    { type: 'PLAN_INGEDIEND' },
  ]);
  await h.later('P2D');
  for (const id of [jansen, elAmrani])
    await h.run(
      id,
      [{ type: 'PLAN_GOEDGEKEURD', toelichting: 'Past binnen het mandaat van de teamleider' }],
      h.teamleider,
    );
  await h.run(jansen, [
    {
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: h.regisseur.id,
      omschrijving: 'Huurachterstand aan de corporatie betalen',
      uiterlijk: await over(h, 5),
    },
    {
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: h.regisseur.id,
      omschrijving: 'Jeugdhulp afschalen naar ambulant na de verhuizing',
      uiterlijk: await over(h, 30),
    },
  ]);
  await h.run(elAmrani, [
    {
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: h.regisseur.id,
      omschrijving: 'Doorbetaling vastleggen bij de sociale dienst',
      uiterlijk: await over(h, 10),
    },
  ]);
  await h.later('P4D');
  await h.run(jansen, [{ type: 'ACTIE_AFGEROND', actieId: 'actie-1' }]);
  await h.run(elAmrani, [{ type: 'ACTIE_AFGEROND', actieId: 'actie-1' }, { type: 'UITVOERING_AFGEROND' }]);
  await h.later('P3W');
  await h.run(jansen, [{ type: 'ACTIE_AFGEROND', actieId: 'actie-2' }, { type: 'UITVOERING_AFGEROND' }]);
  // a little before three months after the decision: both evaluations on time
  await h.later('P2M');
  await h.run(jansen, [
    {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 3,
      doelBereikt: 'deels',
      zrm: [
        { domein: 'huisvesting', score: 4 },
        { domein: 'financien', score: 3 },
        { domein: 'huiselijke_relaties', score: 3 },
      ],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: euro(18_000), soort: 'structureel' }],
      toelichting: 'Verhuisd; Noor heeft nu ambulante hulp en gaat met plezier naar school.',
    },
  ]);
  await h.run(elAmrani, [
    {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 3,
      doelBereikt: 'ja',
      zrm: [
        { domein: 'financien', score: 3 },
        { domein: 'werk_en_opleiding', score: 3 },
      ],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: euro(4_500), soort: 'situationeel' }],
    },
    {
      type: 'AFGESLOTEN',
      systeemsignaal: {
        soort: 'proces',
        signaal: 'De uitkering stopt bij elke wijziging in het huishouden tot de herberekening klaar is',
        voorstel: 'Doorbetalen op het oude bedrag tot de herberekening, met verrekening achteraf',
      },
      toelichting: 'Inkomen stabiel, Sara gaat weer naar school; de gezinsbegeleiding is afgebouwd.',
    },
  ]);
}

export async function doorbraakNu(h: SeedHulp): Promise<void> {
  const deBoer = await start(h, await huishouden(h, 'De Boer', 'Sandra', 'Tim', 9), {
    vastgelopen: 'De Wlz-indicatie van de zoon laat op zich wachten; Wmo en Jeugdwet wijzen naar elkaar.',
    blokkades: [
      {
        omschrijving: 'Jeugdwet en Wmo wijzen elkaar aan als voorliggend',
        instantie: 'gemeente en zorgkantoor',
      },
    ],
    sinds: addMonths(localDate(await h.clock.now()), -5),
    waaromGeenStandaard: 'Zolang de Wlz-aanvraag loopt, vult geen van de wetten het gat.',
  });
  await h.run(deBoer, [
    { type: 'ANALYSE_GESTART' },
    {
      type: 'ANALYSE_VASTGELEGD',
      betrokkenen: [
        {
          wet: 'Jeugdwet',
          instantie: 'Zorgaanbieder De Linde',
          levert: 'logeeropvang',
          kostenPerJaar: euro(14_600),
        },
        {
          wet: 'Wmo',
          instantie: 'Mantelzorgsteunpunt',
          levert: 'respijtzorg moeder',
          kostenPerJaar: euro(2_300),
        },
      ],
      doelOverEenJaar: 'Tim woont in een passende plek en ik kan weer werken.',
      zrm: [{ domein: 'basale_adl', score: 2 }],
    },
  ]);

  const kaya = await start(h, await huishouden(h, 'Kaya', 'Derya', 'Emre', 16), {
    vastgelopen:
      'Het gezin woont in een woning die na een brand onbewoonbaar is; de verzekeraar betaalt niet.',
    blokkades: [
      { omschrijving: 'Geen urgentie zolang er een (onbewoonbare) woning is', instantie: 'woningcorporatie' },
    ],
    sinds: addMonths(localDate(await h.clock.now()), -2),
    waaromGeenStandaard: 'Noodopvang is er alleen voor dak- en thuislozen; het gezin valt daar buiten.',
  });
  await h.run(kaya, [
    { type: 'ANALYSE_GESTART' },
    {
      type: 'ANALYSE_VASTGELEGD',
      betrokkenen: [
        {
          wet: 'Jeugdwet',
          instantie: 'Jeugdhulp Twente',
          levert: 'crisisbegeleiding',
          kostenPerJaar: euro(9_800),
        },
        {
          wet: 'Wmo',
          instantie: 'Maatschappelijke opvang',
          levert: 'tijdelijke opvang',
          kostenPerJaar: euro(21_900),
        },
      ],
      doelOverEenJaar: 'Weer samen in een eigen huis, en Emre haalt zijn diploma.',
      zrm: [{ domein: 'huisvesting', score: 1 }],
    },
    { type: 'ANALYSE_AFGEROND' },
    {
      type: 'PLAN_VASTGELEGD',
      stappen: [
        {
          omschrijving: 'Herstel van de woning voorschieten; de corporatie verhaalt het op de verzekeraar.',
          grondslag: {
            soort: 'maatwerk',
            motivering:
              'Goedkoper en sneller dan opvang; de verordening laat maatwerk bij een acute woonnood toe.',
          },
          eenmaligeKosten: euro(7_500),
          jaarlijkseKosten: 0,
          verwachteBesparingPerJaar: euro(21_900),
        },
      ],
    },
    { type: 'PLAN_INGEDIEND' },
  ]);
  // € 7.500 is above the teamleider's € 5.000: the teamleider puts it before the next level, who has not decided
  await h.run(
    kaya,
    [{ type: 'PLAN_VOORGELEGD', toelichting: 'Boven mijn mandaat van € 5.000; ik adviseer goedkeuring.' }],
    h.teamleider,
  );
}
