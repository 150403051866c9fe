import './bar-chart.css'
import { forwardRef, useId } from 'react'

export interface BarChartRow {
  label: string
  /** The ward's figure; null draws no bar and says "no data". */
  value: number | null
  /** A figure for comparison (e.g. the region's), drawn as a tick; null draws none. */
  reference: number | null
}

export interface BarChartProps {
  title: string
  rows: readonly BarChartRow[]
  /** How a value reads, e.g. `(v) => \`${Math.round(v)}%\``. */
  format: (value: number) => string
  /** The axis's end; default the largest value or reference, at least 1. */
  max?: number
  /** Words for the reference tick, e.g. "<region> average"; without them no key is drawn. */
  referenceLabel?: string
}

// Narrow enough that two sit side by side on an A4 page with their words still readable.
const WIDTH = 480
const LABEL_WIDTH = 174
const VALUE_WIDTH = 56
const ROW = 30
const TOP = 34
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'

/**
 * A horizontal bar chart in plain SVG (the ward profile's, the time bank reports'): one bar per
 * row, a dark tick for a figure to compare with (the region's), the value written at the bar's end. Styles are attributes, not CSS, so the chart looks
 * the same printed, and when drawn into a PNG on its own. A text description lists every figure
 * for screen readers (`role="img"` with `<title>` and `<desc>`).
 */
export const BarChart = forwardRef<SVGSVGElement, BarChartProps>(function BarChart(props, ref) {
  const id = useId()
  const values = props.rows.flatMap((row) => [row.value ?? 0, row.reference ?? 0])
  const max = props.max ?? Math.max(1, ...values)
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const scale = (value: number) => (Math.max(0, Math.min(value, max)) / max) * plot
  const height = TOP + props.rows.length * ROW + 8
  const describe = (row: BarChartRow) =>
    `${row.label}: ${row.value === null ? 'no data' : props.format(row.value)}` +
    (row.reference === null
      ? ''
      : ` (${props.referenceLabel ?? 'reference'}: ${props.format(row.reference)})`)

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      className="gap-chart bar-chart"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontFamily={FONT}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.rows.map(describe).join('; ')}</desc>
      <rect x={0} y={0} width={WIDTH} height={height} fill="#ffffff" />
      <text x={0} y={16} fontSize={15} fontWeight={600} fill="#1d2733">
        {props.title}
      </text>
      <g aria-hidden="true">
        {props.referenceLabel === undefined ? null : (
          <>
            <rect x={WIDTH - 150} y={6} width={3} height={14} fill="#1d2733" />
            <text x={WIDTH - 142} y={17} fontSize={12} fill="#4f5d6b">
              {props.referenceLabel}
            </text>
          </>
        )}
        {props.rows.map((row, index) => {
          const y = TOP + index * ROW
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + 17} fontSize={13} textAnchor="end" fill="#1d2733">
                {row.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={plot} height={ROW - 10} fill="#eef1f4" />
              {row.value === null ? null : (
                <rect
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={scale(row.value)}
                  height={ROW - 10}
                  fill="#1f4e9c"
                />
              )}
              {row.reference === null ? null : (
                <rect
                  x={LABEL_WIDTH + scale(row.reference) - 1.5}
                  y={y}
                  width={3}
                  height={ROW - 2}
                  fill="#1d2733"
                />
              )}
              <text x={LABEL_WIDTH + plot + 8} y={y + 17} fontSize={13} fill="#1d2733">
                {row.value === null ? 'no data' : props.format(row.value)}
              </text>
            </g>
          )
        })}
      </g>
    </svg>
  )
})
