import './assets.css'
import { useCallback, type ReactNode } from 'react'
import type { Asset } from '../../core/assets/asset'
import type { AssetSubtype } from '../../core/assets/asset-subtype'
import type { MapContribution, PanelSelection } from '../../map/map-contribution'
import { AddAssetPanel } from './components/add-asset-panel'
import { AssetBrowser } from './components/asset-browser'
import { AssetsMapPieces } from './components/assets-map-pieces'
import { StandaloneAssetEditor } from './components/standalone-asset-editor'
import { useAssetsWorkspace } from './use-assets-workspace'

export const ASSETS_PANEL = 'assets'
export const ADD_ASSET_PANEL = 'add'

export interface AssetsMapContributionOptions {
  panels: PanelSelection
  /** The taxonomy's subtypes, retired ones too (old assets keep theirs). */
  subtypes: readonly AssetSubtype[]
  /** The workshop new assets are tagged to, if one is open. */
  workshop: { id: string; name: string } | null
  /** What the person may do (the database still decides). */
  can: { add: boolean; edit: boolean; markSensitive: boolean; linkPeople: boolean }
}

/** The asset editor for other features' panels (e.g. "edit, then approve"). */
export type RenderAssetEditor = (
  asset: Asset,
  onSaved: (saved: Asset) => void,
  onCancel: () => void,
) => ReactNode

export interface AssetsMapContribution {
  contribution: MapContribution
  /** Selects an asset and moves the map to it (from another feature's list, say). */
  showAsset: (id: string) => void
  renderEditor: RenderAssetEditor
}

/** The assets' layer, pins and popup, the Assets and Add tabs, and the map clicks they take. */
export function useAssetsMapContribution({
  panels,
  subtypes,
  workshop,
  can,
}: AssetsMapContributionOptions): AssetsMapContribution {
  const { select } = panels
  const showDetails = useCallback(() => select(ASSETS_PANEL), [select])
  const workspace = useAssetsWorkspace({
    subtypes,
    workshop,
    adding: can.add && panels.selected === ADD_ASSET_PANEL,
    onShowDetails: showDetails,
    canEdit: can.edit,
    canMarkSensitive: can.markSensitive,
    canLinkPeople: can.linkPeople,
  })
  const { map, list, port, upsert } = workspace
  return {
    contribution: {
      id: 'assets',
      overlays: map.overlays,
      pointTargets: map.pointTargets,
      clusterTargets: map.clusterTargets,
      pickLocation: map.onPickLocation ? { priority: 1, handler: map.onPickLocation } : null,
      focus: map.focus,
      pieces: <AssetsMapPieces workspace={workspace} />,
      panels: [
        {
          id: ASSETS_PANEL,
          label: 'Assets',
          order: 10,
          badge: list.all === null ? undefined : `(${list.sorted.length})`,
          content: <AssetBrowser workspace={workspace} />,
        },
        ...(can.add
          ? [
              {
                id: ADD_ASSET_PANEL,
                label: 'Add',
                order: 30,
                content: <AddAssetPanel workspace={workspace} />,
              },
            ]
          : []),
      ],
    },
    showAsset: workspace.showAsset,
    renderEditor: (asset, onSaved, onCancel) => (
      <StandaloneAssetEditor
        port={port}
        asset={asset}
        subtypes={subtypes}
        submitLabel="Save and approve"
        onSaved={(saved) => {
          upsert(saved)
          onSaved(saved)
        }}
        onCancel={onCancel}
      />
    ),
  }
}
