import { forwardRef, useId } from 'react'

export interface IndicatorRow {
  label: string
  ward: number | null
  region: number | null
}

export interface IndicatorChartProps {
  title: string
  regionName: string
  rows: readonly IndicatorRow[]
}

const WIDTH = 640
const LABEL_WIDTH = 230
/** Characters a label line holds at its font size before it wraps (two lines at most). */
const LABEL_LINE = 34
const VALUE_WIDTH = 60
const ROW = 44
const TOP = 34
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
const WARD_COLOUR = '#be64ac'
const REGION_COLOUR = '#9aa5b1'

/**
 * The ward's indicators against the region's average: a pair of bars per indicator (ward on top,
 * region below), each pair on its own scale since the indicators have different units, with both
 * values written. Plain SVG with attribute styles (see BarChart), and a description in words.
 */
export const IndicatorChart = forwardRef<SVGSVGElement, IndicatorChartProps>(
  function IndicatorChart(props, ref) {
    const id = useId()
    const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    const height = TOP + props.rows.length * ROW + 8
    const format = (value: number | null) =>
      value === null
        ? 'no data'
        : value.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 })
    const describe = (row: IndicatorRow) =>
      `${row.label}: ${format(row.ward)} (${props.regionName} average ${format(row.region)})`
    return (
      <svg
        ref={ref}
        xmlns="http://www.w3.org/2000/svg"
        className="gap-chart"
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
          <rect x={WIDTH - 250} y={6} width={12} height={12} fill={WARD_COLOUR} />
          <text x={WIDTH - 234} y={17} fontSize={12} fill="#4f5d6b">
            This ward
          </text>
          <rect x={WIDTH - 160} y={6} width={12} height={12} fill={REGION_COLOUR} />
          <text x={WIDTH - 144} y={17} fontSize={12} fill="#4f5d6b">
            {props.regionName} average
          </text>
          {props.rows.map((row, index) => {
            const y = TOP + index * ROW
            const max = Math.max(row.ward ?? 0, row.region ?? 0) * 1.1 || 1
            const width = (value: number | null) => ((value ?? 0) / max) * plot
            return (
              <g key={row.label}>
                <text x={LABEL_WIDTH - 8} y={y + 17} fontSize={12} textAnchor="end" fill="#1d2733">
                  {wrapLabel(row.label).map((line, n) => (
                    <tspan key={n} x={LABEL_WIDTH - 8} dy={n === 0 ? 0 : 14}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(0, width(row.ward))}
                  height={16}
                  fill={WARD_COLOUR}
                />
                <text
                  x={LABEL_WIDTH + Math.max(0, width(row.ward)) + 6}
                  y={y + 17}
                  fontSize={12}
                  fill="#1d2733"
                >
                  {format(row.ward)}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 22}
                  width={Math.max(0, width(row.region))}
                  height={12}
                  fill={REGION_COLOUR}
                />
                <text
                  x={LABEL_WIDTH + Math.max(0, width(row.region)) + 6}
                  y={y + 32}
                  fontSize={11}
                  fill="#4f5d6b"
                >
                  {format(row.region)}
                </text>
              </g>
            )
          })}
        </g>
      </svg>
    )
  },
)

/** A label in at most two lines of about LABEL_LINE characters, broken between words. */
function wrapLabel(label: string): string[] {
  if (label.length <= LABEL_LINE) return [label]
  const words = label.split(' ')
  let first = ''
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= LABEL_LINE) {
    first = `${first} ${words.shift()}`.trim()
  }
  return [first, words.join(' ')]
}
