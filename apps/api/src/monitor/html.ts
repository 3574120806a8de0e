/**
 * The monitor as an HTML page, in the manner of Borne's Monitor Sociaal Domein: per part (the period; the month
 * and the year to date) and per source a table of its indicators, then per indicator its explanation, its series
 * as a chart and its breakdowns as tables. Accessible as a document for the council: lang="nl", one h1, headings
 * per part, source and indicator, tables with captions and header cells, and each chart a labelled figure whose
 * numbers are in a table beside it too.
 */
import type { IndicatorUitkomst, IndicatorUitsplitsing } from '@regie/sociaal-domein';
import { GRAFIEK, trendSvg } from './grafiek';
import type { MonitorDeel, MonitorInhoud } from '@regie/sociaal-domein';
import { bronTekst, eenheidTekst, momentTekst, periodeTekst, puntLabel, uitlegTekst } from './weergave';

export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** "almelo" -> "Almelo", "hof-van-twente" -> "Hof-Van-Twente" (the id is all a report has of the name). */
export function gemeenteNaam(id: string): string {
  return id.replace(/(^|[-\s])(\p{L})/gu, (_m, sep: string, l: string) => sep + l.toUpperCase());
}

/** The indicators per source, in the order the catalogue gives them. */
export function perBron(indicatoren: IndicatorUitkomst[]): [string, IndicatorUitkomst[]][] {
  const groepen = new Map<string, IndicatorUitkomst[]>();
  for (const i of indicatoren) groepen.set(i.bron, [...(groepen.get(i.bron) ?? []), i]);
  return [...groepen];
}

export const ONDERDRUKKING =
  'Cellen met minder dan 5 inwoners staan er als "< 5", en een cel die uit een totaal min de andere cellen zou volgen ook, zodat niemand herkenbaar is.';

export function monitorTitel(inhoud: MonitorInhoud): string {
  const gemeente = inhoud.delen[0]?.rapport.gemeente;
  return `${inhoud.titel}${gemeente ? ` gemeente ${gemeenteNaam(gemeente)}` : ''}`;
}

const STIJL = `
body { font-family: "RijksoverheidSans", Helvetica, Arial, sans-serif; color: #1a1a1a; margin: 2rem auto;
  max-width: 60rem; padding: 0 1rem; line-height: 1.5; }
h1 { color: #01689b; } h2 { border-bottom: 2px solid #01689b; margin-top: 2.5rem; }
table { border-collapse: collapse; margin: 1rem 0; min-width: 24rem; }
caption { text-align: left; font-weight: bold; padding-bottom: .25rem; }
th, td { border: 1px solid #b4b4b4; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.getal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { background: #e6f0f5; }
.sleutel { color: #4b4b4b; font-weight: normal; font-size: .875em; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .875em; color: #4b4b4b; }
article { margin: 1.5rem 0; }
`;

function overzicht(bron: string, inds: IndicatorUitkomst[], deel: MonitorDeel): string {
  const rijen = inds.map(
    (i) =>
      `<tr><th scope="row">${esc(i.naam)} <span class="sleutel">(${esc(i.key)})</span></th>` +
      `<td class="getal">${esc(i.waarde.weergave)}</td><td>${esc(eenheidTekst(i.eenheid))}</td></tr>`,
  );
  return (
    `<table><caption>${esc(bronTekst(bron))}, ${esc(periodeTekst(deel.rapport.van, deel.rapport.tot))}</caption>` +
    '<thead><tr><th scope="col">Indicator</th><th scope="col">Waarde</th><th scope="col">Eenheid</th></tr></thead>' +
    `<tbody>${rijen.join('')}</tbody></table>`
  );
}

function celTabel(caption: string, kolom: string, rijen: { label: string; weergave: string }[]): string {
  return (
    `<table><caption>${esc(caption)}</caption>` +
    `<thead><tr><th scope="col">${esc(kolom)}</th><th scope="col">Waarde</th></tr></thead><tbody>` +
    rijen
      .map((r) => `<tr><th scope="row">${esc(r.label)}</th><td class="getal">${esc(r.weergave)}</td></tr>`)
      .join('') +
    '</tbody></table>'
  );
}

function uitsplitsing(i: IndicatorUitkomst, u: IndicatorUitsplitsing): string {
  return celTabel(
    `${i.naam} per ${u.naar}`,
    u.naar.charAt(0).toUpperCase() + u.naar.slice(1),
    u.cellen.map((c) => ({ label: c.label, weergave: c.cel.weergave })),
  );
}

function indicator(i: IndicatorUitkomst): string {
  const svg = trendSvg(i);
  const reeks = i.punten.map((p) => ({ label: puntLabel(p.periode), weergave: p.cel.weergave }));
  const figuur = svg
    ? `<figure style="max-width:${GRAFIEK.breedte}px">` +
      // the svg is the image; its text is the table beside it
      svg.replace('<svg ', `<svg role="img" aria-label="${esc(`Staafdiagram: ${i.naam} per periode`)}" `) +
      `<figcaption>${esc(i.naam)} per periode; de waarden staan ook in de tabel hieronder.</figcaption></figure>` +
      celTabel(`${i.naam} per periode`, 'Periode', reeks)
    : '';
  return (
    `<article><h4>${esc(i.naam)} <span class="sleutel">(${esc(i.key)})</span></h4>` +
    uitlegTekst(i)
      .map((t) => `<p>${esc(t)}</p>`)
      .join('') +
    `<p>Waarde: <strong>${esc(i.waarde.weergave)}</strong> ${esc(eenheidTekst(i.eenheid))}.</p>` +
    figuur +
    i.uitsplitsingen.map((u) => uitsplitsing(i, u)).join('') +
    '</article>'
  );
}

export function monitorHtml(inhoud: MonitorInhoud): string {
  const titel = monitorTitel(inhoud);
  const delen = inhoud.delen.map((deel) => {
    const bronnen = perBron(deel.rapport.indicatoren).map(
      ([bron, inds]) =>
        `<section><h3>${esc(bronTekst(bron))}</h3>${overzicht(bron, inds, deel)}` +
        inds.map(indicator).join('') +
        '</section>',
    );
    return (
      `<section><h2>${esc(deel.titel)}</h2>` +
      `<p>${esc(periodeTekst(deel.rapport.van, deel.rapport.tot))}.</p>` +
      (bronnen.length ? bronnen.join('') : '<p>Geen indicatoren in de catalogus.</p>') +
      '</section>'
    );
  });
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title><style>${STIJL}</style></head>
<body><main>
<h1>${esc(titel)}</h1>
<p>Berekend op ${esc(momentTekst(inhoud.berekendOp))} uit de historie van Regie. ${esc(ONDERDRUKKING)}</p>
${delen.join('\n')}
</main></body></html>
`;
}
