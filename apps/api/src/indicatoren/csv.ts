/**
 * The report as CSV for a Dutch spreadsheet: `;` between fields (the comma is the decimal sign), numbers as Dutch
 * text (1.234,5), a row per value, per breakdown cell and per point of the series. A BOM makes Excel read UTF-8.
 */
import type { IndicatorCel, IndicatorRapport } from '@regie/sociaal-domein';

const KOP = [
  'Indicator',
  'Bron',
  'Nummer',
  'Naam',
  'Eenheid',
  'Uitsplitsing',
  'Categorie',
  'Periode',
  'Waarde',
];

const veld = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The cell as a spreadsheet reads it: a Dutch number without thousands separators, or the text shown. */
function waarde(cel: IndicatorCel): string {
  if (cel.waarde === null) return cel.weergave;
  return String(cel.waarde).replace('.', ',');
}

export function rapportCsv(r: IndicatorRapport): string {
  const rijen = [KOP];
  for (const i of r.indicatoren) {
    const basis = [i.key, i.bron, i.nummer, i.naam, i.eenheid];
    rijen.push([...basis, '', '', `${r.van} t/m ${r.tot}`, waarde(i.waarde)]);
    for (const s of i.uitsplitsingen)
      for (const c of s.cellen)
        rijen.push([...basis, s.naar, c.label, `${r.van} t/m ${r.tot}`, waarde(c.cel)]);
    for (const p of i.punten) rijen.push([...basis, '', '', p.periode, waarde(p.cel)]);
  }
  return '\uFEFF' + rijen.map((rij) => rij.map(veld).join(';')).join('\r\n') + '\r\n';
}
