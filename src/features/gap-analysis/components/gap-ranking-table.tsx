import { useMemo, useState } from 'react'
import type { WardGapResult } from '../worker/gap-analysis-result'
import { sortWardGaps, type GapSortKey } from '../sort-ward-gaps'

export interface GapRankingTableProps {
  wards: readonly WardGapResult[]
  /** The region's name, e.g. in "percentiles across … wards". */
  regionName: string
  /** Local authority name by ward code, for the Authority column. */
  authorities: ReadonlyMap<string, string>
  selectedCode: string | null
  onSelect: (code: string) => void
  onOpenProfile: (code: string) => void
}

const COLUMNS: readonly { key: GapSortKey; label: string; numeric: boolean }[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'name', label: 'Ward', numeric: false },
  { key: 'authority', label: 'Authority', numeric: false },
  { key: 'need', label: 'Need', numeric: true },
  { key: 'supply', label: 'Supply', numeric: true },
  { key: 'gap', label: 'Gap', numeric: true },
]

/**
 * The wards ranked by gap (need − supply), most under-served first, each with its reason in
 * words. Columns sort by their header buttons (again to reverse), from the keyboard as well; a
 * ward's name shows it on the map, and "Profile" opens its printable profile.
 */
export function GapRankingTable(props: GapRankingTableProps) {
  const [sort, setSort] = useState<{ key: GapSortKey; descending: boolean }>({
    key: 'rank',
    descending: false,
  })
  const rows = useMemo(
    () => sortWardGaps(props.wards, props.authorities, sort.key, sort.descending),
    [props.wards, props.authorities, sort],
  )
  const sortBy = (key: GapSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, descending: !current.descending }
        : { key, descending: key === 'need' || key === 'gap' },
    )

  return (
    <table className="gap-ranking" aria-label="Wards ranked by gap">
      <caption className="visually-hidden">
        Wards ranked by gap between need and supply (percentiles across {props.regionName} wards),
        most under-served first; sorted by{' '}
        {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()},{' '}
        {sort.descending ? 'descending' : 'ascending'}.
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.numeric ? 'gap-ranking__number' : undefined}
              aria-sort={
                sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button
                type="button"
                className="gap-ranking__sort"
                onClick={() => sortBy(column.key)}
              >
                {column.label}
                <span aria-hidden="true">
                  {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">Why</th>
          <th scope="col">
            <span className="visually-hidden">Profile</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((ward) => (
          <tr
            key={ward.code}
            data-ward-code={ward.code}
            aria-selected={ward.code === props.selectedCode}
          >
            <td className="gap-ranking__number">{ward.rank ?? '–'}</td>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onSelect(ward.code)}
                aria-label={`Show ${ward.name} on the map`}
              >
                {ward.name}
              </button>
            </td>
            <td>{props.authorities.get(ward.code) ?? ''}</td>
            <td className="gap-ranking__number">{formatPercentile(ward.need)}</td>
            <td className="gap-ranking__number">{formatPercentile(ward.supply)}</td>
            <td className="gap-ranking__number">{formatGap(ward.gap)}</td>
            <td className="gap-ranking__reason">{ward.reason}</td>
            <td>
              <button
                type="button"
                className="button button--secondary gap-ranking__profile"
                onClick={() => props.onOpenProfile(ward.code)}
                aria-label={`Profile of ${ward.name}`}
              >
                Profile
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function formatPercentile(value: number | null): string {
  return value === null ? '–' : String(Math.round(value))
}

function formatGap(value: number | null): string {
  if (value === null) return '–'
  const rounded = Math.round(value)
  return rounded > 0 ? `+${rounded}` : String(rounded)
}
