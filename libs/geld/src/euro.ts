/**
 * `€ 1.234,56`: the one way Regie writes an amount of whole eurocents, in a workflow's messages, on the screens,
 * in the indicators and in the monitor. Integer arithmetic, so an amount is never rounded on its way to the
 * text; no imports, so the web UI bundles it as it is.
 */
export function euro(centen: number): string {
  const teken = centen < 0 ? '-' : '';
  const abs = Math.abs(centen);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cent = (abs % 100).toString().padStart(2, '0');
  return `${teken}€ ${euros},${cent}`;
}
