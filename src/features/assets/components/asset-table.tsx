import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Asset } from '../../../core/assets/asset'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { ASSET_STATUS_LABELS } from '../../../core/assets/asset-status-labels'
import type { AssetSortKey, SortDirection } from '../../../core/assets/sort-assets'
import { KindSwatch } from '../../../components/ui/kind-swatch'

const PAGE = 100

export interface AssetTableProps {
  /** Sorted and filtered, as the map shows them. */
  assets: readonly Asset[]
  wardName: (code: string | null) => string
  sort: { by: AssetSortKey; direction: SortDirection }
  onSort: (by: AssetSortKey) => void
  selectedId: string | null
  onSelect: (id: string) => void
}

const COLUMNS: Array<{ key: AssetSortKey; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'ward', label: 'Ward' },
  { key: 'status', label: 'Status' },
]

/**
 * The filtered assets as a table: the keyboard and screen-reader way to every pin on the map.
 * Column headers sort (aria-sort); each name is a button that selects the asset on the map;
 * Up and Down move between names. Long lists show 100 rows at a time.
 */
export function AssetTable({
  assets,
  wardName,
  sort,
  onSort,
  selectedId,
  onSelect,
}: AssetTableProps) {
  const [shown, setShown] = useState(PAGE)
  const body = useRef<HTMLTableSectionElement>(null)
  const selectedIndex = selectedId ? assets.findIndex((a) => a.id === selectedId) : -1
  // A pin chosen on the map further down than the rows shown brings its row into the table.
  const limit = Math.max(shown, selectedIndex + 1)
  const rows = assets.slice(0, limit)

  useEffect(() => {
    if (!selectedId || !body.current) return
    const row = body.current.querySelector<HTMLElement>(
      `[data-asset-id="${CSS.escape(selectedId)}"]`,
    )
    row?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedId])

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [
      ...(body.current?.querySelectorAll<HTMLButtonElement>('button[data-row]') ?? []),
    ]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (at === -1) return
    event.preventDefault()
    buttons[
      Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
    ]?.focus()
  }

  if (assets.length === 0) return <p className="muted">No assets match these filters.</p>
  return (
    <>
      <div className="asset-table__scroll">
        <table className="asset-table" aria-label="Mapped assets">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.by === column.key ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="asset-table__sort"
                    onClick={() => onSort(column.key)}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {sort.by === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKeyDown}>
            {rows.map((asset) => (
              <tr
                key={asset.id}
                data-asset-id={asset.id}
                aria-selected={asset.id === selectedId}
                className={asset.id === selectedId ? 'is-selected' : undefined}
              >
                <td>
                  <button
                    type="button"
                    data-row
                    className="asset-table__name"
                    aria-current={asset.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(asset.id)}
                  >
                    {asset.name}
                  </button>
                </td>
                <td>
                  <KindSwatch kind={asset.kind} />
                  {ASSET_KIND_LABELS[asset.kind]}
                </td>
                <td>{wardName(asset.wardCode)}</td>
                <td>{ASSET_STATUS_LABELS[asset.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < assets.length ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setShown(limit + PAGE)}
        >
          Show {Math.min(PAGE, assets.length - rows.length)} more of {assets.length - rows.length}
        </button>
      ) : null}
    </>
  )
}
