/** Twenterand's annual report and budget: the indicators it publishes (without numbers: keyed by a short name). */
import { VAST, telMaat, uitTelling } from './bouw';
import type { CatalogusItem } from './familie';
import { LOPEND, MELDINGEN, TOEGEKEND } from './familien';
import { aandeel } from './opmaak';

export const TWENTERAND: CatalogusItem[] = [
  {
    key: 'twenterand wmo-inwoners',
    bron: 'twenterand',
    nummer: 'wmo-inwoners',
    naam: 'Aantal inwoners met een Wmo-voorziening',
    definitie: "Unieke BSN's met een lopende Wmo-indicatie in de periode, ook per soort voorziening.",
    berekening:
      'Vastgelegde Wmo-voorzieningen die op enige dag in de periode liepen; unieke inwoners, per product.',
    eenheid: 'inwoners',
    soort: 'stroom',
    ...VAST,
    uitsplitsingen: ['voorziening'],
    rekenwijze: LOPEND((r, c) => {
      const wmo = r.find((x) => x.naar === 'wet' && x.label === 'Wmo');
      const u = uitTelling(r, c.from, c.to, telMaat('inwoners', 'inwoners'), {
        uitsplitsingen: [{ naar: 'voorziening', dim: 'wmo_voorziening' }],
      });
      return { ...u, waarde: telMaat('inwoners', 'inwoners')(wmo ?? { ...r[0]!, inwoners: 0 }) };
    }),
  },
  {
    key: 'twenterand maatwerk-toegekend',
    bron: 'twenterand',
    nummer: 'maatwerk-toegekend',
    naam: 'Toegekende maatwerkvoorzieningen totaal',
    definitie: 'Het aantal besluiten in de periode dat een maatwerkvoorziening (geheel of deels) toekent.',
    berekening:
      'Gebeurtenissen BESLUIT_GENOMEN met uitkomst toegekend of deels in de periode, in klantreizen (intake); per wet van de aanvraag.',
    eenheid: 'casussen',
    soort: 'stroom',
    uitsplitsingen: ['wet'],
    reeks: 'maand',
    optelbaar: true,
    rekenwijze: TOEGEKEND((r, c) =>
      uitTelling(r, c.from, c.to, telMaat('aantal', 'casussen'), {
        uitsplitsingen: [{ naar: 'wet', dim: 'wet' }],
        reeks: 'maand',
      }),
    ),
  },
  {
    key: 'twenterand signaalpunt',
    bron: 'twenterand',
    nummer: 'signaalpunt',
    naam: '% opgepakte meldingen n.a.v. melding bij het Signaalpunt',
    definitie: 'Het aandeel van de in de periode ontvangen meldingen dat is opgepakt.',
    berekening:
      'Regie kent geen apart Signaalpunt: alle meldingen (klantreizen) die in de periode zijn geregistreerd; opgepakt als de triage voor het einde van de periode is gestart. Procent met één decimaal; per maand van registratie.',
    eenheid: 'procent',
    soort: 'stroom',
    uitsplitsingen: [],
    reeks: 'maand',
    optelbaar: false,
    rekenwijze: MELDINGEN((r, c) => {
      // the family counts each month's meldingen; the share needs the taken-up ones of that month too
      const totaal = uitTelling(r, c.from, c.to, telMaat('aantal', 'meldingen'), { reeks: 'maand' });
      const opgepaktTotaal = r.find((x) => x.naar === 'opgepakt' && x.label === 'opgepakt')?.aantal ?? 0;
      return {
        waarde: aandeel(opgepaktTotaal, totaal.waarde.waarde ?? 0),
        uitsplitsingen: [],
        punten: totaal.punten.map((p) => {
          const m = r.find((x) => x.naar === 'opgepakt_maand' && x.label === p.periode)?.aantal ?? 0;
          return { ...p, cel: aandeel(m, p.cel.waarde ?? 0) };
        }),
      };
    }),
  },
];
