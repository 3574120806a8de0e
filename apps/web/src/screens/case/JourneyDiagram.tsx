/** The journey drawn from the machine's own definition (GET /workflows/{name}/graph): current state marked. */
import type { Schemas } from '../../api';
import { mens } from '../../format';

type Graph = Schemas['WorkflowGraph'];

export function JourneyDiagram({ graph, current, next }: { graph: Graph; current: string; next: string[] }) {
  const top = graph.states.filter((s) => s.parent === null);
  const currentTop = current.split(/[.,]/)[0];
  const w = 320;
  const h = 40;
  const gap = 14;
  const height = top.length * (h + gap);
  const index = new Map(top.map((s, i) => [s.id, i]));
  const from = index.get(currentTop ?? '');
  return (
    <figure className="regie-diagram">
      <svg
        viewBox={`0 0 ${w} ${height}`}
        width="100%"
        style={{ maxWidth: `${w}px` }}
        role="img"
        aria-labelledby="diagram-titel"
      >
        <title id="diagram-titel">
          {`Klantreis: ${top.map((s) => mens(s.id)).join(', ')}. Nu: ${mens(current)}.`}
          {next.length ? ` Volgende stap: ${next.map(mens).join(' of ')}.` : ''}
        </title>
        <defs>
          <marker
            id="pijl"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="regie-diagram__pijlpunt" />
          </marker>
        </defs>
        {from !== undefined
          ? next.map((t) => {
              const to = index.get(t);
              if (to === undefined || to === from) return null;
              const y1 = from * (h + gap) + h / 2;
              const y2 = to * (h + gap) + h / 2;
              return (
                <path
                  key={t}
                  d={`M ${w - 60} ${y1} C ${w - 10} ${y1}, ${w - 10} ${y2}, ${w - 60} ${y2}`}
                  className="regie-diagram__pijl"
                  markerEnd="url(#pijl)"
                />
              );
            })
          : null}
        {top.map((s, i) => {
          const cls =
            s.id === currentTop ? 'nu' : next.includes(s.id) ? 'volgend' : s.final ? 'eind' : 'fase';
          return (
            <g key={s.id} transform={`translate(0 ${i * (h + gap)})`} className={`regie-diagram__${cls}`}>
              <rect x="2" y="1" width={w - 70} height={h - 2} rx={s.final ? 18 : 6} />
              <text x={(w - 70) / 2 + 2} y={h / 2 + 5} textAnchor="middle">
                {mens(s.id)}
                {cls === 'nu' ? ' (nu)' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="regie-klein">
        Nu: <strong aria-current="step">{mens(current)}</strong>
        {next.length ? `; volgende stap: ${next.map(mens).join(' of ')}` : ''}
      </figcaption>
    </figure>
  );
}
