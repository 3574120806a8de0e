/**
 * The monitor as a PDF for the council (pdfmake): the same parts, sources, tables, explanations, charts and
 * breakdowns as the HTML page, in the PDF standard font Helvetica (no font files to ship; its WinAnsi encoding
 * covers Dutch text and the euro sign). Content streams are left uncompressed: a monitor is a few pages, and its
 * text can then be read back from the bytes as it is (a text search does; the test checks the PDF that way).
 */
import type { IndicatorUitkomst } from '@regie/sociaal-domein';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { GRAFIEK, trendSvg } from './grafiek';
import { ONDERDRUKKING, monitorTitel, perBron } from './html';
import type { MonitorDeel, MonitorInhoud } from '@regie/sociaal-domein';
import { bronTekst, eenheidTekst, momentTekst, periodeTekst, puntLabel, uitlegTekst } from './weergave';
// pdfmake exports an instance whose methods live on its prototype: a namespace import would lose them
// eslint-disable-next-line @typescript-eslint/no-require-imports
import pdfMake = require('pdfmake');

/** The PDF standard fonts, built into every reader: pdfmake resolves them as "local files" by these names. */
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDAARD = new Set(Object.values(HELVETICA));

pdfMake.setFonts({ Helvetica: HELVETICA });
// a monitor loads no image or font from anywhere: only the standard fonts' names pass
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => STANDAARD.has(path));

/** The characters of WinAnsi beyond Latin-1 (its 0x80-0x9f); with Latin-1 all Helvetica can write. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const VERVANGING: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '−': '-',
};

/** Text the standard font can write: a sign outside WinAnsi would come out as other signs, so it is spelled out. */
export function winAnsi(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/gu, (c) =>
    WIN_ANSI_EXTRA.has(c) ? c : (VERVANGING[c] ?? (/\s/u.test(c) ? ' ' : '?')),
  );
}

/** Every string of the document in WinAnsi (the chart's SVG labels included). */
function schoon<T>(node: T): T {
  if (typeof node === 'string') return winAnsi(node) as T;
  if (Array.isArray(node)) return node.map(schoon) as T;
  if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype)
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, schoon(v)])) as T;
  return node;
}

const kop = (t: string): TableCell => ({ text: t, style: 'kop' });
const getal = (t: string): TableCell => ({ text: t, alignment: 'right' });

function tabel(titel: string, koppen: string[], rijen: TableCell[][]): Content {
  return [
    { text: titel, bold: true, margin: [0, 6, 0, 2] },
    {
      table: {
        headerRows: 1,
        widths: ['*', ...koppen.slice(1).map(() => 'auto')],
        body: [koppen.map(kop), ...rijen],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
      margin: [0, 0, 0, 4],
    },
  ];
}

function indicator(i: IndicatorUitkomst): Content {
  const svg = trendSvg(i);
  return [
    { text: `${i.naam} (${i.key})`, style: 'h4' },
    ...uitlegTekst(i).map((t): Content => ({ text: t, margin: [0, 0, 0, 2] })),
    { text: `Waarde: ${i.waarde.weergave} ${eenheidTekst(i.eenheid)}.`, margin: [0, 0, 0, 4] },
    ...(svg
      ? [
          { svg, width: GRAFIEK.breedte * 0.9 } as Content,
          tabel(
            `${i.naam} per periode`,
            ['Periode', 'Waarde'],
            i.punten.map((p) => [puntLabel(p.periode), getal(p.cel.weergave)]),
          ),
        ]
      : []),
    ...i.uitsplitsingen.map((u) =>
      tabel(
        `${i.naam} per ${u.naar}`,
        [u.naar, 'Waarde'],
        u.cellen.map((c) => [c.label, getal(c.cel.weergave)]),
      ),
    ),
  ];
}

function deel(d: MonitorDeel): Content[] {
  const content: Content[] = [
    { text: d.titel, style: 'h2' },
    { text: `${periodeTekst(d.rapport.van, d.rapport.tot)}.` },
  ];
  const bronnen = perBron(d.rapport.indicatoren);
  if (bronnen.length === 0) content.push({ text: 'Geen indicatoren in de catalogus.' });
  for (const [bron, inds] of bronnen) {
    content.push(
      { text: bronTekst(bron), style: 'h3' },
      tabel(
        `${bronTekst(bron)}, ${periodeTekst(d.rapport.van, d.rapport.tot)}`,
        ['Indicator', 'Waarde', 'Eenheid'],
        inds.map((i) => [`${i.naam} (${i.key})`, getal(i.waarde.weergave), eenheidTekst(i.eenheid)]),
      ),
      ...inds.map(indicator),
    );
  }
  return content;
}

export function monitorDocument(inhoud: MonitorInhoud): TDocumentDefinitions {
  const titel = monitorTitel(inhoud);
  return {
    info: { title: titel, subject: 'Monitor Sociaal Domein', creator: 'Regie' },
    language: 'nl-NL',
    compress: false,
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    styles: {
      h1: { fontSize: 18, bold: true, color: '#01689b', margin: [0, 0, 0, 6] },
      h2: { fontSize: 15, bold: true, margin: [0, 14, 0, 4] },
      h3: { fontSize: 13, bold: true, margin: [0, 10, 0, 2] },
      h4: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      kop: { bold: true },
    },
    footer: (page: number, pages: number) => ({
      text: winAnsi(`${titel}, pagina ${page} van ${pages}`),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 16, 0, 0],
    }),
    content: [
      { text: titel, style: 'h1' },
      {
        text: `Berekend op ${momentTekst(inhoud.berekendOp)} uit de historie van Regie. ${ONDERDRUKKING}`,
        margin: [0, 0, 0, 8],
      },
      ...inhoud.delen.flatMap(deel),
    ],
  };
}

export function monitorPdf(inhoud: MonitorInhoud): Promise<Buffer> {
  return pdfMake.createPdf(schoon(monitorDocument(inhoud))).getBuffer();
}
