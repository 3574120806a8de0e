/**
 * CSV as a gemeente's old system or a spreadsheet writes it (RFC 4180): fields separated by `;` (Excel in Dutch),
 * `,` or a tab, whichever the header line uses; a field in double quotes may hold the separator, a quote (doubled)
 * or a line break; a BOM and empty lines are ignored, and so are lines starting with `#` (a comment, or the
 * `# soort: ...` line that names the kind). Pure.
 */

export interface CsvRecord {
  /** the line of the file the record starts on (1 is the first line) */
  line: number;
  fields: string[];
}

/** The kind a `# soort: <kind>` line names, or undefined. */
export function soortRegel(text: string): string | undefined {
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/, 20)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^#\s*soort\s*[:=]\s*([a-z_-]+)/i.exec(line);
    if (m) return m[1].toLowerCase();
    if (!line.startsWith('#')) return undefined;
  }
  return undefined;
}

function separatorOf(headerLine: string): string {
  const counts = [';', ',', '\t'].map((s) => [s, headerLine.split(s).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Every record of the file, the header line included (the first record). */
export function* csvRecords(input: string): Generator<CsvRecord> {
  const text = input.replace(/^\uFEFF/, '');
  let sep: string | undefined;
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    // a comment or an empty line, at the start of a record
    if (text[i] === '#' || text[i] === '\n' || text[i] === '\r') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      line++;
      continue;
    }
    if (sep === undefined) {
      const end = text.indexOf('\n', i);
      sep = separatorOf(text.slice(i, end < 0 ? n : end));
    }
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text[i];
      if (c === '"' && field === '') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            field += text.slice(i);
            i = n;
            break;
          }
          const chunk = text.slice(i, q);
          for (const ch of chunk) if (ch === '\n') line++;
          field += chunk;
          if (text[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        continue;
      }
      if (c === sep) {
        fields.push(field);
        field = '';
        i++;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (c === '\n' || c === '\r') {
        fields.push(field);
        i++;
        line++;
        break;
      }
      field += c;
      i++;
    }
    yield { line: start, fields };
  }
}
