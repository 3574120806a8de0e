/** Almelo's action plan for the social domain: the indicators it publishes, as Regie computes them. */
import { VAST, enkel, telMaat, uitTelling } from './bouw';
import type { CatalogusItem } from './familie';
import { BESCHERMD_WONEN, DOORBRAAK, LOPEND, MELDINGEN, VERSTREKT, VERWEZEN, WGS } from './familien';

export const ALMELO: CatalogusItem[] = [
  {
    key: 'almelo 4.1.1',
    bron: 'almelo',
    nummer: '4.1.1',
    naam: 'Aantal inwoners dat zich meldt voor voorzieningen (per voorziening)',
    definitie: 'Het aantal unieke inwoners met een melding in de periode, per gevraagde voorziening.',
    berekening:
      'Klantreizen (intake) die in de periode zijn geregistreerd (dag van registratie, Amsterdamse tijd); elke inwoner telt één keer, ook met twee meldingen. Per voorziening: de bij de melding gevraagde voorziening ("geen voorziening gevraagd" als er geen is). De cellen tellen niet op tot het totaal als een inwoner voor twee voorzieningen meldde.',
    eenheid: 'inwoners',
    soort: 'stroom',
    uitsplitsingen: ['voorziening'],
    reeks: 'maand',
    optelbaar: false,
    rekenwijze: MELDINGEN((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('inwoners', 'inwoners'), {
        uitsplitsingen: [{ naar: 'voorziening', dim: 'voorziening' }],
        reeks: 'maand',
      }),
    ),
  },
  {
    key: 'almelo 4.1.2',
    bron: 'almelo',
    nummer: '4.1.2',
    naam: 'Aantal inwoners dat na melding wordt verwezen naar algemene voorzieningen',
    definitie:
      'Het aantal unieke inwoners van wie de melding in de periode eindigde in een verwijzing naar een algemene voorziening.',
    berekening:
      'Gebeurtenissen VERWEZEN met soort algemene_voorziening in de periode, in klantreizen (intake); unieke inwoners.',
    eenheid: 'inwoners',
    soort: 'stroom',
    uitsplitsingen: [],
    reeks: 'maand',
    optelbaar: false,
    rekenwijze: VERWEZEN((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('inwoners', 'inwoners'), { reeks: 'maand' }),
    ),
  },
  {
    key: 'almelo 4.2.1',
    bron: 'almelo',
    nummer: '4.2.1',
    naam: 'Aantal verwijzingen door externe verwijzers (per verwijzer en voorziening)',
    definitie:
      'Het aantal meldingen via een externe verwijzer (Jeugdwet art. 2.6: huisarts, jeugdarts, medisch specialist, gecertificeerde instelling, rechter), per soort verwijzer en per gevraagde voorziening.',
    berekening:
      'Klantreizen (intake) die in de periode zijn geregistreerd met kanaal externe_verwijzer; elke melding telt.',
    eenheid: 'meldingen',
    soort: 'stroom',
    uitsplitsingen: ['verwijzer', 'voorziening'],
    reeks: 'maand',
    optelbaar: true,
    rekenwijze: MELDINGEN((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('aantal', 'meldingen'), {
        totaal: { naar: 'kanaal', label: 'externe_verwijzer' },
        uitsplitsingen: [
          { naar: 'verwijzer', dim: 'verwijzer' },
          { naar: 'voorziening', dim: 'extern_voorziening' },
        ],
        reeks: 'maand',
        reeksDim: 'extern_maand',
      }),
    ),
  },
  {
    key: 'almelo 2.3.1',
    bron: 'almelo',
    nummer: '2.3.1',
    naam: 'Aantal hulpvragen opgelost binnen algemene voorzieningen',
    definitie:
      'Het aantal meldingen dat in de periode is afgerond met een verwijzing naar een algemene voorziening.',
    berekening:
      'Klantreizen (intake) met de gebeurtenis VERWEZEN, soort algemene_voorziening, in de periode; per algemene voorziening.',
    eenheid: 'meldingen',
    soort: 'stroom',
    uitsplitsingen: ['voorziening'],
    reeks: 'maand',
    optelbaar: true,
    rekenwijze: VERWEZEN((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('casussen', 'meldingen'), {
        uitsplitsingen: [{ naar: 'voorziening', dim: 'voorziening' }],
        reeks: 'maand',
      }),
    ),
  },
  {
    key: 'almelo 3.1.1',
    bron: 'almelo',
    nummer: '3.1.1',
    naam: 'Totaal aantal verstrekte voorzieningen op jaarbasis (per wet)',
    definitie: 'Het aantal voorzieningen dat in de periode is gaan lopen, per wet.',
    berekening:
      'Vastgelegde voorzieningen (bij de start van de inzet) met een startdatum in de periode, vastgelegd voor het einde van de periode.',
    eenheid: 'voorzieningen',
    soort: 'stroom',
    uitsplitsingen: ['wet'],
    reeks: 'maand',
    optelbaar: true,
    rekenwijze: VERSTREKT((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('aantal', 'voorzieningen'), {
        uitsplitsingen: [{ naar: 'wet', dim: 'wet', vast: ['Wmo', 'Jeugdwet'] }],
        reeks: 'maand',
      }),
    ),
  },
  {
    key: 'almelo 3.3.1/3.1',
    bron: 'almelo',
    nummer: '3.3.1/3.1',
    naam: 'Aantal inwoners met een voorziening (Wmo / Jeugdwet) per voorziening per aanbieder',
    definitie:
      'Het aantal unieke inwoners met een voorziening die op enige dag in de periode liep, per wet en per voorziening en aanbieder.',
    berekening:
      'Vastgelegde voorzieningen met startdatum op of voor de laatste dag en geen einddatum of een einddatum op of na de eerste dag van de periode; unieke inwoners. Per voorziening en aanbieder: "product / aanbieder".',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    uitsplitsingen: ['wet', 'voorziening'],
    rekenwijze: LOPEND((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('inwoners', 'inwoners'), {
        uitsplitsingen: [
          { naar: 'wet', dim: 'wet', vast: ['Wmo', 'Jeugdwet'] },
          { naar: 'voorziening', dim: 'voorziening_aanbieder' },
        ],
      }),
    ),
  },
  {
    key: 'almelo 3.4A.1',
    bron: 'almelo',
    nummer: '3.4A.1',
    naam: 'Aantal trajecten met jeugdhulp in Doorbraakmethode',
    definitie:
      'Het aantal doorbraaktrajecten in de periode waarbij een Jeugdwet-voorziening of -instantie betrokken is.',
    berekening:
      'Doorbraakcasussen die in de periode liepen (gestart voor het einde, niet afgesloten voor het begin) en waarvan een analyse tot het einde van de periode een instantie of voorziening onder de Jeugdwet noemde.',
    eenheid: 'casussen',
    soort: 'stroom',
    ...VAST,
    rekenwijze: DOORBRAAK((r) => enkel(r.jeugd, 'casussen')),
  },
  {
    key: 'almelo 3.4B.1',
    bron: 'almelo',
    nummer: '3.4B.1',
    naam: 'Aantal trajecten met voorziening Wmo in Doorbraakmethode',
    definitie:
      'Het aantal doorbraaktrajecten in de periode waarbij een Wmo-voorziening of -instantie betrokken is.',
    berekening: 'Als 3.4A.1, met de Wmo.',
    eenheid: 'casussen',
    soort: 'stroom',
    ...VAST,
    rekenwijze: DOORBRAAK((r) => enkel(r.wmo, 'casussen')),
  },
  {
    key: 'almelo 3.4C.1',
    bron: 'almelo',
    nummer: '3.4C.1',
    naam: 'Aantal jongeren (18+) van Jw-voorziening naar BW',
    definitie:
      'Het aantal jongeren in de 18-/18+-overgang van wie de vervolgroute beschermd wonen in de periode actief werd.',
    berekening:
      'Transitie18-casussen waarvan de vervolgroute beschermd_wonen voor het eerst de status actief kreeg in de periode.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    rekenwijze: BESCHERMD_WONEN((r) => enkel(r.naarBw, 'inwoners')),
  },
  {
    key: 'almelo 3.4C.2',
    bron: 'almelo',
    nummer: '3.4C.2',
    naam: 'Aantal inwoners op wachtlijst BW',
    definitie:
      'Het aantal unieke inwoners dat aan het einde van de laatste dag van de periode wacht op beschermd wonen.',
    berekening:
      'De laatste opname op de wachtlijst (BW_WACHTLIJST_OPGENOMEN) op of voor die dag, zonder plaatsing (BW_GEPLAATST) of intrekking daarna op of voor die dag.',
    eenheid: 'inwoners',
    soort: 'stand',
    ...VAST,
    rekenwijze: BESCHERMD_WONEN((r) => enkel(r.wachtlijst, 'inwoners')),
  },
  {
    key: 'almelo 1.14.3',
    bron: 'almelo',
    nummer: '1.14.3',
    naam: 'Aantal inwoners in trajecten bij schuldenspecialisten',
    definitie: 'Het aantal unieke inwoners met een lopend Wgs-traject in de periode.',
    berekening:
      'Klantreizen met een Wgs-beschikking "toegelaten" voor het einde van de periode die niet voor het begin van de periode zijn beëindigd (afgesloten, ingetrokken); unieke inwoners.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    rekenwijze: WGS((r, c) => uitTelling(r, c.from, c.to, telMaat('inwoners', 'inwoners'))),
  },
];
