/**
 * A bar chart of a series for beleid's screens: each bar labelled with the text a table shows for it (so the
 * chart states its numbers), as a figure whose caption names it. The svg is hidden from assistive technology:
 * the same numbers always stand in a table beside it.
 */
import type { ReactNode } from 'react';

export interface Staaf {
  /** under the bar: the month or quarter */
  label: string;
  /** the plotted height in the chart's own scale; 0 draws no bar */
  waarde: number;
  /** above the bar: the value as the table writes it */
  tekst: string;
  /** a suppressed cell drawn at the threshold, in the lighter colour */
  klein?: boolean;
}

const W = 640;
const H = 240;
const TOP = 20;
const BOTTOM = 36;
const LEFT = 8;

export function Staafdiagram({ id, caption, staven }: { id: string; caption: ReactNode; staven: Staaf[] }) {
  const slot = (W - LEFT * 2) / Math.max(1, staven.length);
  const bar = slot * 0.62;
  const max = Math.max(1, ...staven.map((s) => s.waarde));
  const scale = (v: number) => ((H - TOP - BOTTOM) * v) / max;
  return (
    <figure className="regie-grafiek" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" focusable="false">
        <line x1={LEFT} x2={W - LEFT} y1={H - BOTTOM} y2={H - BOTTOM} className="regie-grafiek__as" />
        {staven.map((s, i) => {
          const x = LEFT + i * slot + (slot - bar) / 2;
          const h = scale(s.waarde);
          return (
            <g key={i}>
              {s.waarde > 0 ? (
                <rect
                  x={x}
                  y={H - BOTTOM - h}
                  width={bar}
                  height={h}
                  className={
                    s.klein ? 'regie-grafiek__staaf regie-grafiek__staaf--klein' : 'regie-grafiek__staaf'
                  }
                />
              ) : null}
              <text
                x={x + bar / 2}
                y={H - BOTTOM - h - 5}
                textAnchor="middle"
                className="regie-grafiek__waarde"
              >
                {s.tekst}
              </text>
              <text x={x + bar / 2} y={H - BOTTOM + 16} textAnchor="middle" className="regie-grafiek__maand">
                {s.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
