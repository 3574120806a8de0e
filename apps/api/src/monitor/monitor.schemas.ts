/** The monitor's queries and the list of monthly monitors, as the API validates and documents them. */
import { daysBetween } from '@regie/calendar';
import { z } from 'zod';
import { periodeQuery } from '../http/zod';

export const formaat = z
  .enum(['html', 'pdf'])
  .default('html')
  .describe('html: de pagina; pdf: hetzelfde als PDF voor de raad');

/** The longest period one monitor covers: its series and breakdowns stay readable, its computation bounded. */
export const LANGSTE_PERIODE_DAGEN = 5 * 366;

export const monitorQuery = periodeQuery({ format: formaat }).refine(
  (q) => q.from > q.to || daysBetween(q.from, q.to) < LANGSTE_PERIODE_DAGEN,
  {
    path: ['to'],
    message: 'een monitor beslaat hooguit vijf jaar',
  },
);

export const opgeslagenQuery = z.object({ format: formaat }).strict();

export const monitorKopSchema = z
  .object({
    id: z.uuid(),
    maand: z.string().describe('de maand van de monitor, JJJJ-MM'),
    van: z.iso.date().describe('eerste dag van de maand'),
    tot: z.iso.date().describe('laatste dag van de maand'),
    jaarVan: z.iso.date().describe('eerste dag van het jaar tot en met de maand'),
    gemaaktOp: z.iso.datetime({ offset: true }).describe('wanneer de worker hem maakte'),
  })
  .meta({ id: 'Maandmonitor' });

export const monitorListSchema = z
  .object({ items: z.array(monitorKopSchema).describe('de maandmonitors, de nieuwste maand eerst') })
  .meta({ id: 'MaandmonitorList' });
