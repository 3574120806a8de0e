/** The engine's own indicators: what a procesmanager needs beyond the published ones. */
import {
  type DoorlooptijdRij,
  type StandRij,
  VAST,
  perioden,
  standCellen,
  standTotaal,
  telMaat,
  uitTelling,
} from './bouw';
import type { CatalogusItem } from './familie';
import { AVE, DOORBRAAK, DOORBRAAK_STAND, DOORLOOPTIJD, MELDINGEN, TERMIJNEN, TRANSITIE18 } from './familien';
import { aandeel, cel, leeg } from './opmaak';

const NIVEAUS = ['0', '1', '2', '3', '4'] as const;
const aantalCel = (eenheid: 'huishoudens' | 'inwoners' | 'casussen') => (r: StandRij) =>
  cel(r.aantal, eenheid);

/** A journey figure as a single count, optionally with its labelled rows as a breakdown. */
function stand(
  rijen: StandRij[],
  naar: string,
  eenheid: 'huishoudens' | 'inwoners' | 'casussen',
  uitsplitsing?: { naar: 'niveau' | 'status' | 'termijn'; vast?: readonly string[] },
) {
  return {
    waarde: cel(standTotaal(rijen, naar), eenheid),
    uitsplitsingen: uitsplitsing
      ? [{ naar: uitsplitsing.naar, cellen: standCellen(rijen, naar, aantalCel(eenheid), uitsplitsing.vast) }]
      : [],
    punten: [],
  };
}

/** Lead time cells: the median or the 90th percentile of a row, resting on its besluiten. */
function doorlooptijd(veld: 'mediaan' | 'p90') {
  const waarde = (r: DoorlooptijdRij | undefined) =>
    !r || r.aantal === 0 || r[veld] === null ? leeg() : cel(r[veld]!, 'dagen', r.aantal);
  return DOORLOOPTIJD((rijen, c) => ({
    waarde: waarde(rijen.find((r) => r.kwartaal === null)),
    uitsplitsingen: [],
    punten: perioden(c.from, c.to, 'kwartaal').map((p) => ({
      ...p,
      cel: waarde(rijen.find((r) => r.kwartaal === p.periode)),
    })),
  }));
}

const LEAD =
  'Klantreizen (intake) met hun eerste besluit (BESLUIT_GENOMEN) in de periode: dagen van de ontvangst van de melding (ontvangenOp, anders de dag van registratie) tot de dag van het besluit.';

export const REGIE: CatalogusItem[] = [
  {
    key: 'regie termijnen',
    bron: 'regie',
    nummer: 'termijnen',
    naam: 'Wettelijke termijnen op tijd gehaald',
    definitie:
      'Het aandeel van de wettelijke termijnen van de gemeente dat in de periode afliep en op tijd is gehaald, per termijn.',
    berekening:
      'Termijnen van de gemeente (met een wettelijke grondslag) in klantreizen met de laatste dag in de periode, niet voor het einde ingetrokken; op tijd als gehaald voor het einde van de laatste dag (ook op de laatste dag zelf). Een termijn die na de periode nog loopt telt niet mee. Per kwartaal van de laatste dag.',
    eenheid: 'procent',
    soort: 'stroom',
    uitsplitsingen: ['termijn'],
    reeks: 'kwartaal',
    optelbaar: false,
    rekenwijze: TERMIJNEN((rijen, c) => {
      const totaal = rijen.find((r) => r.termijn === null && r.kwartaal === null);
      return {
        waarde: aandeel(totaal?.tijdig ?? 0, totaal?.totaal ?? 0),
        uitsplitsingen: [
          {
            naar: 'termijn',
            cellen: rijen
              .filter((r) => r.termijn !== null)
              .sort((a, b) => a.termijn!.localeCompare(b.termijn!, 'nl'))
              .map((r) => ({ label: r.termijn!, cel: aandeel(r.tijdig, r.totaal) })),
          },
        ],
        punten: perioden(c.from, c.to, 'kwartaal').map((p) => {
          const r = rijen.find((x) => x.kwartaal === p.periode);
          return { ...p, cel: aandeel(r?.tijdig ?? 0, r?.totaal ?? 0) };
        }),
      };
    }),
  },
  {
    key: 'regie doorlooptijd-mediaan',
    bron: 'regie',
    nummer: 'doorlooptijd-mediaan',
    naam: 'Doorlooptijd melding - besluit (mediaan)',
    definitie: 'De mediaan van het aantal dagen van melding tot besluit, voor besluiten in de periode.',
    berekening: `${LEAD} De mediaan is de middelste waarde (bij een even aantal de lagere van de twee middelste).`,
    eenheid: 'dagen',
    soort: 'stroom',
    uitsplitsingen: [],
    reeks: 'kwartaal',
    optelbaar: false,
    rekenwijze: doorlooptijd('mediaan'),
  },
  {
    key: 'regie doorlooptijd-p90',
    bron: 'regie',
    nummer: 'doorlooptijd-p90',
    naam: 'Doorlooptijd melding - besluit (90e percentiel)',
    definitie: 'Het aantal dagen waarbinnen 90% van de besluiten in de periode na de melding viel.',
    berekening: `${LEAD} Het 90e percentiel is de kleinste waarde waaronder of waarop 90% van de doorlooptijden ligt.`,
    eenheid: 'dagen',
    soort: 'stroom',
    uitsplitsingen: [],
    reeks: 'kwartaal',
    optelbaar: false,
    rekenwijze: doorlooptijd('p90'),
  },
  {
    key: 'regie meldingen',
    bron: 'regie',
    nummer: 'meldingen',
    naam: 'Meldingen per team',
    definitie: 'Het aantal meldingen (klantreizen) dat in de periode is geregistreerd, per team.',
    berekening: 'Klantreizen (intake) die in de periode zijn geregistreerd; het team van de casus.',
    eenheid: 'meldingen',
    soort: 'stroom',
    uitsplitsingen: ['team'],
    reeks: 'maand',
    optelbaar: true,
    rekenwijze: MELDINGEN((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('casussen', 'meldingen'), {
        uitsplitsingen: [{ naar: 'team', dim: 'team' }],
        reeks: 'maand',
      }),
    ),
  },
  {
    key: 'regie ave-niveau',
    bron: 'regie',
    nummer: 'ave-niveau',
    naam: 'AVE: huishoudens per niveau',
    definitie:
      'Het aantal huishoudens met een AVE-traject per niveau (0-4) aan het einde van de laatste dag van de periode.',
    berekening:
      'Per AVE-traject de toestand van de laatste historie voor het einde van de periode; afgesloten trajecten tellen niet.',
    eenheid: 'huishoudens',
    soort: 'stand',
    ...VAST,
    uitsplitsingen: ['niveau'],
    optelbaar: true,
    rekenwijze: AVE((r) => stand(r, 'stand', 'huishoudens', { naar: 'niveau', vast: NIVEAUS })),
  },
  {
    key: 'regie ave-opgeschaald',
    bron: 'regie',
    nummer: 'ave-opgeschaald',
    naam: 'AVE: opgeschaalde huishoudens',
    definitie: 'Het aantal huishoudens dat in de periode is opgeschaald.',
    berekening: 'AVE-trajecten met een gebeurtenis OPSCHALEN in de periode; unieke huishoudens.',
    eenheid: 'huishoudens',
    soort: 'stroom',
    ...VAST,
    rekenwijze: AVE((r) => stand(r, 'opgeschaald', 'huishoudens')),
  },
  {
    key: 'regie ave-afgeschaald',
    bron: 'regie',
    nummer: 'ave-afgeschaald',
    naam: 'AVE: afgeschaalde huishoudens',
    definitie: 'Het aantal huishoudens dat in de periode is afgeschaald.',
    berekening: 'AVE-trajecten met een gebeurtenis AFSCHALEN in de periode; unieke huishoudens.',
    eenheid: 'huishoudens',
    soort: 'stroom',
    ...VAST,
    rekenwijze: AVE((r) => stand(r, 'afgeschaald', 'huishoudens')),
  },
  {
    key: 'regie ave-tijd-op-niveau',
    bron: 'regie',
    nummer: 'ave-tijd-op-niveau',
    naam: 'AVE: mediane tijd op een niveau',
    definitie:
      'De mediaan van het aantal dagen dat huishoudens op een niveau verbleven, voor verblijven die in de periode eindigden, per niveau.',
    berekening:
      'Per AVE-traject de verblijven op een niveau (van het bereiken tot het verlaten van dat niveau, ook door afsluiten); verblijven die in de periode eindigden; dagen tussen de Amsterdamse data. Alleen per niveau: een mediaan over niveaus heen zegt niets.',
    eenheid: 'dagen',
    soort: 'stroom',
    ...VAST,
    uitsplitsingen: ['niveau'],
    rekenwijze: AVE((r) => ({
      waarde: leeg(),
      uitsplitsingen: [
        {
          naar: 'niveau',
          cellen: standCellen(
            r,
            'verblijf',
            (x) => (x.aantal === 0 || x.dagen === null ? leeg() : cel(x.dagen, 'dagen', x.aantal)),
            NIVEAUS,
          ),
        },
      ],
      punten: [],
    })),
  },
  {
    key: 'regie ave-wacht-op-acceptatie',
    bron: 'regie',
    nummer: 'ave-wacht-op-acceptatie',
    naam: 'AVE: niveau 3-4 wacht op acceptatie van de regie',
    definitie:
      'Het aantal huishoudens op niveau 3 of 4 van wie de ontvangende regiehouder de regie aan het einde van de periode nog niet had geaccepteerd.',
    berekening:
      'Acceptatietermijnen (regie_acceptatie) van AVE-trajecten, gezet voor het einde van de periode en toen nog niet gehaald of ingetrokken (ook als de termijn verstreek).',
    eenheid: 'huishoudens',
    soort: 'stand',
    ...VAST,
    rekenwijze: AVE((r) => stand(r, 'wacht_op_acceptatie', 'huishoudens')),
  },
  {
    key: 'regie t18-lopend',
    bron: 'regie',
    nummer: 't18-lopend',
    naam: '18-/18+: jongeren in de overgang',
    definitie: 'Het aantal jongeren met een lopende 18-/18+-overgang in de periode.',
    berekening:
      'Transitie18-casussen gestart voor het einde van de periode en niet voor het begin afgesloten of beëindigd.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    rekenwijze: TRANSITIE18((r) => stand(r, 'lopend', 'inwoners')),
  },
  {
    key: 'regie t18-mijlpaal-gemist',
    bron: 'regie',
    nummer: 't18-mijlpaal-gemist',
    naam: '18-/18+: gemiste mijlpalen',
    definitie:
      'Het aantal jongeren van wie in de periode een mijlpaal verstreek zonder dat die was gehaald, per mijlpaal.',
    berekening:
      'TERMIJN_VERSTREKEN van een mijlpaal in transitie18-casussen in de periode; unieke jongeren, per mijlpaal.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    uitsplitsingen: ['termijn'],
    rekenwijze: TRANSITIE18((r) => stand(r, 'mijlpaal', 'inwoners', { naar: 'termijn' })),
  },
  {
    key: 'regie t18-gat-in-zorg',
    bron: 'regie',
    nummer: 't18-gat-in-zorg',
    naam: '18-/18+: jongeren met een gat in de zorg na 18',
    definitie: 'Het aantal jongeren bij wie in de periode na 18 een gat in de zorg is vastgesteld.',
    berekening:
      'Transitie18-casussen die in de periode de toestand hiaat (gat in de zorg) bereikten; unieke jongeren.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    rekenwijze: TRANSITIE18((r) => stand(r, 'hiaat', 'inwoners')),
  },
  {
    key: 'regie doorbraak-status',
    bron: 'regie',
    nummer: 'doorbraak-status',
    naam: 'Doorbraak: casussen per fase',
    definitie: 'Het aantal doorbraakcasussen per fase aan het einde van de laatste dag van de periode.',
    berekening: 'Per doorbraakcasus de toestand van de laatste historie voor het einde van de periode.',
    eenheid: 'casussen',
    soort: 'stand',
    ...VAST,
    uitsplitsingen: ['status'],
    optelbaar: true,
    rekenwijze: DOORBRAAK_STAND((r) =>
      stand(r, 'status', 'casussen', {
        naar: 'status',
        vast: ['aangemeld', 'analyse', 'plan', 'besluit', 'uitvoering', 'evaluatie', 'afgesloten'],
      }),
    ),
  },
  {
    key: 'regie doorbraak-besparing',
    bron: 'regie',
    nummer: 'doorbraak-besparing',
    naam: 'Doorbraak: gerealiseerde besparing per jaar',
    definitie:
      'De gerealiseerde besparing per jaar van doorbraakcasussen, per soort (situationeel, structureel, incidenteel), in hele eurocenten.',
    berekening:
      'Per casus de laatste evaluatie (EVALUATIE_VASTGELEGD) in de periode; de gerealiseerde besparingen per jaar opgeteld per soort. Rust op het aantal casussen.',
    eenheid: 'eurocent',
    soort: 'stroom',
    ...VAST,
    uitsplitsingen: ['soort'],
    optelbaar: true,
    rekenwijze: DOORBRAAK((r) => {
      const soorten = ['situationeel', 'structureel', 'incidenteel'];
      const per = soorten.map(
        (s) => r.besparingen.find((b) => b.soort === s) ?? { soort: s, centen: 0, casussen: 0 },
      );
      const centen = per.reduce((s, b) => s + b.centen, 0);
      const casussen = Math.max(0, ...per.map((b) => b.casussen));
      return {
        waarde: cel(centen, 'eurocent', casussen),
        uitsplitsingen: [
          {
            naar: 'soort',
            cellen: per.map((b) => ({ label: b.soort, cel: cel(b.centen, 'eurocent', b.casussen) })),
          },
        ],
        punten: [],
      };
    }),
  },
];
