/**
 * An indicator's series as an SVG bar chart, drawn server side by Apache ECharts (no browser, no canvas). Every
 * bar carries the cell's own text as its label ("12", "< 5", "€ 1.234,56"), so the chart states its numbers and
 * does not ask the reader to estimate them from an axis, and a hidden cell is drawn as no bar with "< 5" above it.
 */
import type { IndicatorUitkomst } from '@regie/sociaal-domein';
import * as echarts from 'echarts';
import { plotWaarde, puntLabel } from './weergave';

export const GRAFIEK = { breedte: 520, hoogte: 220 };

const AS = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Rijkshuisstijl blue (lintblauw); the monitors print in one colour. */
const KLEUR = '#01689b';

/** The chart of the indicator's series; null when it has none (a stock, a median, not available). */
export function trendSvg(ind: IndicatorUitkomst): string | null {
  if (ind.punten.length === 0) return null;
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: GRAFIEK.breedte,
    height: GRAFIEK.hoogte,
  });
  try {
    const labels = ind.punten.map((p) => p.cel.weergave);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
      grid: { left: 64, right: 16, top: 28, bottom: 32 },
      xAxis: { type: 'category', data: ind.punten.map((p) => puntLabel(p.periode)) },
      yAxis: {
        type: 'value',
        minInterval: ind.eenheid === 'eurocent' ? undefined : 1,
        // Dutch figures on the axis too (ECharts writes 1,000)
        axisLabel: {
          formatter: (v: number) => (ind.eenheid === 'eurocent' ? `€ ${AS.format(v)}` : AS.format(v)),
        },
      },
      series: [
        {
          type: 'bar',
          name: ind.naam,
          color: KLEUR,
          barMaxWidth: 48,
          data: ind.punten.map((p) => plotWaarde(p.cel, ind.eenheid)),
          label: {
            show: true,
            position: 'top',
            formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '',
          },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    // an undisposed chart keeps timers that stop the Node process from exiting
    chart.dispose();
  }
}
