// Charts of estimates drawn with SVG: intervals (a dot and its 95 % interval per row, the "forest
// plot") and step curves (Kaplan–Meier, with their bands). Each is an image with a text summary;
// the page puts the numbers in a table beside it, downloadable.

const COLORS = [
  'var(--mantine-color-blue-7)',
  'var(--mantine-color-orange-8)',
  'var(--mantine-color-teal-8)',
  'var(--mantine-color-grape-7)',
];
export const seriesColor = (i: number) => COLORS[i % COLORS.length];

function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const rough = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1000; v += step) ticks.push(Number(v.toPrecision(10)));
  return ticks;
}

export interface IntervalRow {
  label: string;
  estimate: number;
  low: number;
  high: number;
  /** Highlights the primary row. */
  strong?: boolean;
}

/** Horizontal intervals: one row per estimate, a reference line at `reference` (0 by default). */
export function IntervalChart({
  rows,
  summary,
  reference = 0,
  format = (v: number) => v.toFixed(1),
  domain,
}: {
  rows: IntervalRow[];
  summary: string;
  reference?: number | null;
  format?: (v: number) => string;
  domain?: [number, number];
}) {
  const labelWidth = 270;
  const width = 640;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 34;
  const values = rows.flatMap((r) => [r.low, r.high]).concat(reference === null ? [] : [reference]);
  let [min, max] = domain ?? [Math.min(...values), Math.max(...values)];
  if (!domain) {
    const pad = (max - min || 1) * 0.08;
    min -= pad;
    max += pad;
  }
  const x = (v: number) => labelWidth + ((v - min) / (max - min)) * (width - labelWidth - 16);
  const ticks = niceTicks(min, max, 4);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={summary}
      style={{ maxWidth: width, display: 'block' }}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={4} y2={height - 26} stroke="var(--mantine-color-gray-3)" />
          <text x={x(t)} y={height - 10} textAnchor="middle" fontSize={13} fill="var(--mantine-color-dimmed)">
            {format(t)}
          </text>
        </g>
      ))}
      {reference !== null && (
        <line
          x1={x(reference)}
          x2={x(reference)}
          y1={4}
          y2={height - 26}
          stroke="var(--mantine-color-gray-7)"
          strokeDasharray="4 3"
        />
      )}
      {rows.map((r, i) => {
        const y = 18 + i * rowHeight;
        return (
          <g key={r.label}>
            <text
              x={labelWidth - 10}
              y={y + 4}
              textAnchor="end"
              fontSize={13}
              fontWeight={r.strong ? 700 : 400}
              fill="var(--mantine-color-text)"
            >
              {r.label}
            </text>
            <line
              x1={x(r.low)}
              x2={x(r.high)}
              y1={y}
              y2={y}
              stroke={r.strong ? seriesColor(0) : 'var(--mantine-color-gray-7)'}
              strokeWidth={r.strong ? 3 : 2}
            />
            <line x1={x(r.low)} x2={x(r.low)} y1={y - 6} y2={y + 6} stroke="var(--mantine-color-gray-7)" />
            <line x1={x(r.high)} x2={x(r.high)} y1={y - 6} y2={y + 6} stroke="var(--mantine-color-gray-7)" />
            <circle
              cx={x(r.estimate)}
              cy={y}
              r={r.strong ? 6 : 4.5}
              fill={r.strong ? seriesColor(0) : 'var(--mantine-color-gray-7)'}
            />
          </g>
        );
      })}
    </svg>
  );
}

export interface StepSeries {
  name: string;
  points: { x: number; y: number; low: number; high: number }[];
}

/** Step curves from 1 down (survival), each with its 95 % band; marks at `marks` on the x axis. */
export function StepCurves({
  series,
  summary,
  xLabel,
  yLabel,
  marks = [],
}: {
  series: StepSeries[];
  summary: string;
  xLabel: string;
  yLabel: string;
  marks?: number[];
}) {
  const width = 640;
  const height = 300;
  const left = 48;
  const bottom = 40;
  const xMax = Math.max(12, ...series.flatMap((s) => s.points.map((p) => p.x)));
  const yMin = Math.max(
    0,
    Math.floor(Math.min(1, ...series.flatMap((s) => s.points.map((p) => p.low))) * 10) / 10 - 0.05,
  );
  const x = (v: number) => left + (v / xMax) * (width - left - 12);
  const y = (v: number) => 10 + ((1 - v) / (1 - yMin)) * (height - bottom - 10);
  const path = (pts: { x: number; y: number }[]) =>
    pts.map((p, i) => (i === 0 ? `M${x(p.x)},${y(p.y)}` : `H${x(p.x)}V${y(p.y)}`)).join('');
  const band = (pts: { x: number; low: number; high: number }[]) => {
    if (pts.length === 0) return '';
    const end = (i: number) => (i + 1 < pts.length ? pts[i + 1].x : pts[pts.length - 1].x);
    const upper = pts.flatMap((p, i) => [`${x(p.x)},${y(p.high)}`, `${x(end(i))},${y(p.high)}`]);
    const lower = pts
      .map((p, i) => [`${x(end(i))},${y(p.low)}`, `${x(p.x)},${y(p.low)}`])
      .reverse()
      .flat();
    return `M${[...upper, ...lower].join('L')}Z`;
  };
  const yTicks = niceTicks(yMin, 1, 5).filter((t) => t >= yMin);
  const xTicks = niceTicks(0, xMax, 6);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={summary}
      style={{ maxWidth: width, display: 'block' }}
    >
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={left} x2={width - 12} y1={y(t)} y2={y(t)} stroke="var(--mantine-color-gray-3)" />
          <text x={left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)">
            {Math.round(t * 100)} %
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text
          key={`x${t}`}
          x={x(t)}
          y={height - bottom + 16}
          textAnchor="middle"
          fontSize={11}
          fill="var(--mantine-color-dimmed)"
        >
          {t}
        </text>
      ))}
      {marks.map((m) => (
        <line
          key={`m${m}`}
          x1={x(m)}
          x2={x(m)}
          y1={10}
          y2={height - bottom}
          stroke="var(--mantine-color-gray-6)"
          strokeDasharray="4 3"
        />
      ))}
      {series.map((s, i) => (
        <g key={s.name}>
          <path d={band(s.points)} fill={seriesColor(i)} opacity={0.12} />
          <path d={path(s.points)} fill="none" stroke={seriesColor(i)} strokeWidth={2.5} />
        </g>
      ))}
      <text x={(left + width) / 2} y={height - 6} textAnchor="middle" fontSize={12} fill="var(--mantine-color-text)">
        {xLabel}
      </text>
      <text
        x={12}
        y={height / 2}
        textAnchor="middle"
        fontSize={12}
        fill="var(--mantine-color-text)"
        transform={`rotate(-90 12 ${height / 2})`}
      >
        {yLabel}
      </text>
    </svg>
  );
}

/** A legend for charts drawn with seriesColor. */
export function ChartLegend({ names }: { names: string[] }) {
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 'var(--mantine-font-size-sm)' }}>
      {names.map((n, i) => (
        <span key={n} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span aria-hidden style={{ width: 14, height: 4, background: seriesColor(i), display: 'inline-block' }} />
          {n}
        </span>
      ))}
    </div>
  );
}
