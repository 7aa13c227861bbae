// Bar and donut charts drawn with HTML and SVG: what the dashboard, pooling runs and evaluation results
// draw, in ~4 KB instead of the 480 KB (110 KB compressed) of recharts behind @mantine/charts, which
// made the coordinator's first page twice as heavy as the rest of the app (docs/decisions.md, 45).
// The props are those of @mantine/charts' BarChart and DonutChart that the pages use, so a page
// switches by its import line. Colours are Mantine colours ('blue.7', 'mutualis.8') read from the
// theme's CSS variables. The pages wrap a chart in role="img" with a text summary; a chart given
// aria-label or aria-labelledby takes that role itself. Hovering a bar or a slice shows its value.
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

export interface ChartSeries {
  name: string;
  label?: string;
  color: string;
}

type AxisChoice = 'x' | 'y' | 'xy' | 'none';

export interface BarChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Height in pixels. */
  h: number;
  data: Record<string, unknown>[];
  /** The key of each row's category label. */
  dataKey: string;
  series: ChartSeries[];
  /** 'horizontal' (default): one column per category; 'vertical': one bar per category, categories down the left. */
  orientation?: 'horizontal' | 'vertical';
  /** 'stacked': the series on top of each other; otherwise side by side. */
  type?: 'default' | 'stacked';
  valueFormatter?: (value: number) => string;
  withLegend?: boolean;
  /** Grid lines across the value axis ('x' for vertical charts, 'y' for horizontal ones). */
  gridAxis?: AxisChoice;
  tickLine?: AxisChoice;
  /** width: the category labels' column (vertical); domain: the value axis (either). */
  yAxisProps?: { width?: number; domain?: [number, number] };
  xAxisProps?: { domain?: [number, number] };
}

export interface DonutChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  h?: number;
  data: { name: string; value: number; color: string }[];
  withLabels?: boolean;
  withLabelsLine?: boolean;
  valueFormatter?: (value: number) => string;
  /** Accepted for compatibility: every slice shows its own value on hover. */
  tooltipDataSource?: 'segment' | 'all';
  thickness?: number;
}

/** 'blue.7' → var(--mantine-color-blue-7); a CSS colour passes through. */
export function chartColor(color: string): string {
  const m = /^([a-z][\w-]*)\.(\d)$/i.exec(color);
  return m ? `var(--mantine-color-${m[1]}-${m[2]})` : color;
}

/** Round ticks from 0 to at least `max` (about `count` of them). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

const numberOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const defaultFormat = (v: number) => v.toLocaleString();
const tickText: CSSProperties = {
  fontSize: 'var(--mantine-font-size-xs)',
  color: 'var(--mantine-color-dimmed)',
  lineHeight: 1.2,
};
const gridColor = 'var(--mantine-color-gray-3)';

function labelled(props: { 'aria-label'?: string; 'aria-labelledby'?: string }) {
  return props['aria-label'] || props['aria-labelledby'] ? { role: 'img' as const } : {};
}

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 16,
        justifyContent: 'center',
        marginTop: 8,
        ...tickText,
        color: 'inherit',
      }}
    >
      {series.map((s) => (
        <span key={s.name} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span
            style={{ width: 12, height: 12, borderRadius: 2, background: chartColor(s.color), display: 'inline-block' }}
          />
          {s.label ?? s.name}
        </span>
      ))}
    </div>
  );
}

/** A bar chart: categories along one axis, one bar (or a stack) per series along the other. */
export function BarChart({
  h,
  data,
  dataKey,
  series,
  orientation = 'horizontal',
  type = 'default',
  valueFormatter = defaultFormat,
  withLegend = false,
  gridAxis,
  tickLine: _tickLine,
  yAxisProps,
  xAxisProps,
  style,
  ...rest
}: BarChartProps) {
  const vertical = orientation === 'vertical';
  const stacked = type === 'stacked';
  const domain =
    (vertical ? (xAxisProps?.domain ?? yAxisProps?.domain) : (yAxisProps?.domain ?? xAxisProps?.domain)) ?? null;
  const rowTotal = (row: Record<string, unknown>) =>
    stacked
      ? series.reduce((sum, s) => sum + numberOf(row[s.name]), 0)
      : Math.max(0, ...series.map((s) => numberOf(row[s.name])));
  const dataMax = Math.max(0, ...data.map(rowTotal));
  const ticks = domain ? niceTicks(domain[1]).filter((t) => t <= domain[1]) : niceTicks(dataMax);
  const max = domain ? domain[1] : ticks[ticks.length - 1];
  const pct = (v: number) => `${Math.max(0, Math.min(100, (100 * v) / (max || 1)))}%`;
  const title = (row: Record<string, unknown>, s: ChartSeries) =>
    `${String(row[dataKey])} — ${s.label ?? s.name}: ${valueFormatter(numberOf(row[s.name]))}`;
  const showGrid = gridAxis ? gridAxis !== 'none' : true;

  const bars = (row: Record<string, unknown>): ReactNode =>
    series.map((s) => {
      const v = numberOf(row[s.name]);
      const size = pct(v);
      const bar: CSSProperties = { background: chartColor(s.color), borderRadius: stacked ? 0 : 3 };
      return (
        <span
          key={s.name}
          title={title(row, s)}
          style={
            vertical
              ? {
                  ...bar,
                  width: size,
                  height: stacked ? '100%' : undefined,
                  flex: stacked ? undefined : 1,
                  minHeight: 4,
                }
              : { ...bar, height: size, width: stacked ? '100%' : undefined, flex: stacked ? undefined : 1 }
          }
        />
      );
    });

  const grid = showGrid ? (
    <div aria-hidden style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      {ticks.map((t) => (
        <span
          key={t}
          style={
            vertical
              ? { position: 'absolute', top: 0, bottom: 0, left: pct(t), borderLeft: `1px dashed ${gridColor}` }
              : { position: 'absolute', left: 0, right: 0, bottom: pct(t), borderTop: `1px dashed ${gridColor}` }
          }
        />
      ))}
    </div>
  ) : null;

  if (vertical) {
    const labelWidth = yAxisProps?.width ?? 120;
    const rowHeight = Math.max(12, (h - 24) / Math.max(1, data.length));
    // bars at most 28 px thick (a chart of one category is not one slab)
    const thickness = stacked ? 28 : 28 * series.length;
    const rowPadding = Math.max(Math.min(6, rowHeight * 0.15), (rowHeight - thickness) / 2);
    return (
      <div data-chart="bar" {...labelled(rest)} {...rest} style={{ ...style, width: '100%' }}>
        <div style={{ display: 'grid', gridTemplateColumns: `${labelWidth}px 1fr`, height: h - 24 }}>
          <div>
            {data.map((row) => (
              <div
                key={String(row[dataKey])}
                style={{
                  ...tickText,
                  height: rowHeight,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'flex-end',
                  paddingRight: 8,
                  textAlign: 'right',
                  overflow: 'hidden',
                }}
              >
                {String(row[dataKey])}
              </div>
            ))}
          </div>
          <div style={{ position: 'relative', borderLeft: `1px solid ${gridColor}` }}>
            {grid}
            {data.map((row) => (
              <div
                key={String(row[dataKey])}
                style={{
                  height: rowHeight,
                  display: 'flex',
                  flexDirection: stacked ? 'row' : 'column',
                  justifyContent: 'center',
                  gap: 2,
                  padding: `${rowPadding}px 0`,
                  position: 'relative',
                }}
              >
                {bars(row)}
              </div>
            ))}
          </div>
        </div>
        <div aria-hidden style={{ display: 'grid', gridTemplateColumns: `${labelWidth}px 1fr`, height: 24 }}>
          <span />
          <div style={{ position: 'relative' }}>
            {ticks.map((t, i) => (
              <span
                key={t}
                style={{
                  ...tickText,
                  position: 'absolute',
                  top: 4,
                  left: pct(t),
                  transform: i === 0 ? 'none' : i === ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
                  whiteSpace: 'nowrap',
                }}
              >
                {valueFormatter(t)}
              </span>
            ))}
          </div>
        </div>
        {withLegend && <Legend series={series} />}
      </div>
    );
  }

  const axisWidth = 48;
  return (
    <div data-chart="bar" {...labelled(rest)} {...rest} style={{ ...style, width: '100%' }}>
      <div style={{ display: 'grid', gridTemplateColumns: `${axisWidth}px 1fr`, height: h - 40 }}>
        <div aria-hidden style={{ position: 'relative' }}>
          {ticks.map((t) => (
            <span
              key={t}
              style={{
                ...tickText,
                position: 'absolute',
                right: 6,
                bottom: pct(t),
                transform: 'translateY(50%)',
                whiteSpace: 'nowrap',
              }}
            >
              {valueFormatter(t)}
            </span>
          ))}
        </div>
        <div
          style={{
            position: 'relative',
            borderBottom: `1px solid ${gridColor}`,
            display: 'flex',
            alignItems: 'flex-end',
          }}
        >
          {grid}
          {data.map((row) => (
            <div
              key={String(row[dataKey])}
              style={{
                flex: 1,
                height: '100%',
                display: 'flex',
                flexDirection: stacked ? 'column-reverse' : 'row',
                alignItems: stacked ? 'stretch' : 'flex-end',
                justifyContent: stacked ? 'flex-start' : 'center',
                gap: stacked ? 0 : 2,
                padding: '0 12%',
                position: 'relative',
              }}
            >
              {bars(row)}
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: `${axisWidth}px 1fr`, minHeight: 40 }}>
        <span />
        <div style={{ display: 'flex' }}>
          {data.map((row) => (
            <span
              key={String(row[dataKey])}
              style={{ ...tickText, flex: 1, textAlign: 'center', paddingTop: 6, overflowWrap: 'anywhere' }}
            >
              {String(row[dataKey])}
            </span>
          ))}
        </div>
      </div>
      {withLegend && <Legend series={series} />}
    </div>
  );
}

/** A donut: one slice per entry, labelled outside with its name and value. */
export function DonutChart({
  h = 160,
  data,
  withLabels = false,
  withLabelsLine = true,
  valueFormatter = defaultFormat,
  tooltipDataSource: _source,
  thickness = 20,
  style,
  ...rest
}: DonutChartProps) {
  const total = data.reduce((sum, d) => sum + Math.max(0, d.value), 0);
  const labelRoom = withLabels ? 96 : 0;
  const size = h;
  const r = size / 2 - thickness / 2 - (withLabels ? 18 : 2);
  const cx = size / 2 + labelRoom;
  const cy = size / 2;
  const width = size + 2 * labelRoom;
  const circumference = 2 * Math.PI * r;
  let start = 0;
  const slices = data
    .filter((d) => d.value > 0)
    .map((d) => {
      const fraction = total ? d.value / total : 0;
      const slice = { ...d, fraction, start };
      start += fraction;
      return slice;
    });
  return (
    <div
      data-chart="donut"
      {...labelled(rest)}
      {...rest}
      style={{ ...style, display: 'flex', justifyContent: 'center' }}
    >
      <svg
        aria-hidden="true"
        width={width}
        height={size}
        viewBox={`0 0 ${width} ${size}`}
        style={{ maxWidth: '100%', height: 'auto', overflow: 'visible' }}
      >
        <circle cx={cx} cy={cy} r={r} fill="none" stroke="var(--mantine-color-gray-1)" strokeWidth={thickness} />
        {slices.map((s) => {
          const gap = slices.length > 1 ? Math.min(2, circumference * s.fraction * 0.2) : 0;
          const length = Math.max(0, circumference * s.fraction - gap);
          return (
            <circle
              key={s.name}
              cx={cx}
              cy={cy}
              r={r}
              fill="none"
              stroke={chartColor(s.color)}
              strokeWidth={thickness}
              strokeDasharray={`${length} ${circumference - length}`}
              strokeDashoffset={-circumference * s.start}
              transform={`rotate(-90 ${cx} ${cy})`}
            >
              <title>{`${s.name}: ${valueFormatter(s.value)}`}</title>
            </circle>
          );
        })}
        {withLabels &&
          slices.map((s) => {
            const angle = 2 * Math.PI * (s.start + s.fraction / 2) - Math.PI / 2;
            const outer = r + thickness / 2;
            const [x1, y1] = [cx + outer * Math.cos(angle), cy + outer * Math.sin(angle)];
            const [x2, y2] = [cx + (outer + 12) * Math.cos(angle), cy + (outer + 12) * Math.sin(angle)];
            const right = Math.cos(angle) >= 0;
            return (
              <g key={s.name}>
                {withLabelsLine && <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--mantine-color-gray-6)" />}
                <text
                  x={x2 + (right ? 4 : -4)}
                  y={y2}
                  dominantBaseline="middle"
                  textAnchor={right ? 'start' : 'end'}
                  fontSize={12}
                  fill="var(--mantine-color-text)"
                >
                  {`${s.name} ${valueFormatter(s.value)}`}
                </text>
              </g>
            );
          })}
      </svg>
    </div>
  );
}
