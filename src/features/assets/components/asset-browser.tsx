import { useState } from 'react'
import { downloadAssetsCsv } from '../api/download-assets-csv'
import type { AssetsWorkspace } from '../assets-workspace'
import { AssetFilters } from './asset-filters'
import { AssetTable } from './asset-table'
import { SelectedAsset } from './selected-asset'

export interface AssetBrowserProps {
  workspace: AssetsWorkspace
}

/** The Assets tab: the selected asset's details and actions, then the filters and the list. */
export function AssetBrowser({ workspace }: AssetBrowserProps) {
  const { port, list, subtypes } = workspace
  const [actionError, setActionError] = useState<string | null>(null)
  const run = (work: () => Promise<void>) => async () => {
    setActionError(null)
    try {
      await work()
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error))
    }
  }
  const all = list.all ?? []

  return (
    <div className="asset-browser">
      <SelectedAsset workspace={workspace} run={run} actionError={actionError} />
      <h3 className="panel-subtitle">Browse assets</h3>
      <AssetFilters
        filter={list.filter}
        onChange={list.setFilter}
        subtypes={subtypes}
        wardNames={list.wardNames}
        tags={list.tags}
        kindCounts={list.kindCounts}
      />
      {list.error ? (
        <p role="alert">{list.error}</p>
      ) : list.all === null ? (
        <p className="muted">Loading assets…</p>
      ) : (
        <>
          <p className="asset-browser__count" aria-live="polite">
            {list.sorted.length === all.length
              ? `${all.length} assets`
              : `${list.sorted.length} of ${all.length} assets`}
          </p>
          {port && list.sorted.length > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={run(() => downloadAssetsCsv(port, list.sorted, list.wardName))}
            >
              Download these assets (CSV)
            </button>
          ) : null}
          <AssetTable
            assets={list.sorted}
            wardName={list.wardName}
            sort={list.sort}
            onSort={list.sortBy}
            selectedId={workspace.selection.asset?.id ?? null}
            onSelect={list.select}
          />
        </>
      )}
    </div>
  )
}
