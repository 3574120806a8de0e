/**
 * The products an import knows, per law (docs/import.md): the names a voorziening or an aanvraag carries in Regie,
 * matched without regard to case or surrounding spaces and stored as written here. A product not in the list is
 * refused, so a typo in the old system does not become a new kind of voorziening. Jeugd-ggz is recognised by its
 * name (`isGgz`), pleegzorg too (`isPleegzorg`): their 18-/18+ transitions follow from the product.
 */
export const PRODUCTEN: Readonly<Record<string, readonly string[]>> = {
  Wmo: [
    'huishoudelijke hulp',
    'individuele begeleiding',
    'groepsbegeleiding',
    'dagbesteding',
    'kortdurend verblijf',
    'respijtzorg',
    'persoonlijke verzorging',
    'beschermd wonen',
    'beschermd thuis',
    'maatschappelijke opvang',
    'woningaanpassing',
    'rolstoel',
    'scootmobiel',
    'vervoersvoorziening',
    'hulpmiddel',
  ],
  Jeugdwet: [
    'jeugd-ggz behandeling',
    'jeugd-ggz diagnostiek',
    'ambulante jeugdhulp',
    'begeleiding jeugd',
    'dagbehandeling jeugd',
    'jeugdhulp met verblijf',
    'gezinshuis',
    'netwerkpleegzorg',
    'bestandspleegzorg',
    'deeltijdpleegzorg',
    'crisispleegzorg',
    'kortdurend verblijf jeugd',
    'persoonlijke verzorging jeugd',
    'jeugdbescherming',
    'jeugdreclassering',
  ],
  Participatiewet: [
    'algemene bijstand',
    'bijzondere bijstand',
    'individuele inkomenstoeslag',
    're-integratietraject',
    'loonkostensubsidie',
    'beschut werk',
    'jobcoaching',
  ],
};

const INDEX = new Map(
  Object.entries(PRODUCTEN).flatMap(([wet, ps]) => ps.map((p) => [`${wet}|${p}`, p] as const)),
);

/** The product as Regie names it, or undefined when the law has no such product. */
export function productVan(wet: string, naam: string): string | undefined {
  return INDEX.get(`${wet}|${naam.trim().replace(/\s+/g, ' ').toLowerCase()}`);
}
