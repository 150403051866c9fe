import './assets.css'
import { useCallback, useDeferredValue, useMemo, useReducer, type ReactNode } from 'react'
import type { Asset, AssetKind, AssetStatus } from '../../core/assets/asset'
import type { AssetSubtype } from '../../core/assets/asset-subtype'
import { ASSET_KIND_LABELS } from '../../core/assets/asset-kind-labels'
import { ASSET_KIND_STYLES } from '../../core/assets/asset-kind-style'
import { toAssetFeatures, toConnectionFeatures } from '../../core/assets/to-asset-features'
import type { MapOverlay } from '../../map/compose-style'
import { MapMarker } from '../../map/map-marker'
import { MapPopup } from '../../map/map-popup'
import type { MapBounds, MapClusterTarget, MapPointTarget } from '../../map/map-view'
import { assetsWorkspaceReducer, initialAssetsWorkspaceState } from './assets-workspace-state'
import { createAsset, saveAssetChanges } from './api/save-asset'
import { useAssetDetails } from './api/use-asset-details'
import { useAssetLinks } from './api/use-asset-links'
import { usePersonLinks } from './api/use-person-links'
import { useAssetList } from '../../db/use-asset-list'
import { useAssetView } from './api/use-asset-view'
import { useReadyPort } from './api/use-ready-port'
import { usePortCall } from '../../db/use-port-query'
import { useWardNames } from './api/use-ward-names'
import { AddAssetPanel } from './components/add-asset-panel'
import { AssetBrowser } from './components/asset-browser'
import { AssetPopupContent } from './components/asset-popup-content'
import { AssetsMapKey } from './components/assets-map-key'
import { StandaloneAssetEditor } from './components/standalone-asset-editor'
import { assetsLayer, assetsLayerIds } from './map/assets-layer'

export interface AssetsWorkspaceOptions {
  /** The taxonomy's subtypes, retired ones too (old assets keep theirs); forms offer active ones. */
  subtypes: readonly AssetSubtype[]
  /** The workshop new assets are tagged to, if one is open. */
  workshop: { id: string; name: string } | null
  /** The Add panel is on show: a map click places the new asset. */
  adding: boolean
  /** Brings the asset list (with the selected asset's details) into view. */
  onShowDetails: () => void
  /** The person may edit, move and archive assets (builders, safeguarding, admins). */
  canEdit: boolean
  /** The person may add sensitive places (safeguarding, admins). */
  canMarkSensitive: boolean
  /** The person may see and connect people in connections (builders, admins). */
  canLinkPeople: boolean
}

export interface AssetsWorkspace {
  overlays: readonly MapOverlay[]
  pointTargets: readonly MapPointTarget[]
  clusterTargets: readonly MapClusterTarget[]
  onPickLocation: ((lngLat: [number, number]) => void) | null
  mapPieces: ReactNode
  focus: { bounds: MapBounds; request: number; maxZoom?: number } | null
  browsePanel: ReactNode
  addPanel: ReactNode
  /** Selects an asset and moves the map to it (from another feature's list, say). */
  showAsset: (id: string) => void
  /** How many assets pass the filters, for a tab badge. */
  shownCount: number | null
  /** The asset editor for other features' panels (e.g. "edit, then approve"). */
  renderEditor: (asset: Asset, onSaved: (saved: Asset) => void, onCancel: () => void) => ReactNode
}

const noAssets: Asset[] = []

/**
 * The assets feature's state and pieces: the live list, filters, selection, adding and moving,
 * and what it draws on the map. app/ places the pieces; this hook keeps them in step.
 */
export function useAssetsWorkspace({
  subtypes,
  workshop,
  adding,
  onShowDetails,
  canEdit,
  canMarkSensitive,
  canLinkPeople,
}: AssetsWorkspaceOptions): AssetsWorkspace {
  const port = useReadyPort()
  const call = usePortCall()
  const { assets, change, error, upsert } = useAssetList()
  const wardNames = useWardNames()
  // What the person is doing (assets-workspace-state.ts); the rest is derived from it and the list.
  const [state, dispatch] = useReducer(assetsWorkspaceReducer, initialAssetsWorkspaceState)
  const { filter, sort, selectedId, placed, draft, moving, editing, editPlaced, focus } = state

  const kindLabel = useCallback((a: { kind: AssetKind }) => ASSET_KIND_LABELS[a.kind], [])
  const wardName = useCallback(
    (code: string | null) => (code ? (wardNames.get(code) ?? code) : 'Outside the region'),
    [wardNames],
  )
  const sortLabels = useMemo(
    () => ({ kind: kindLabel, ward: (a: Asset) => wardName(a.wardCode) }),
    [kindLabel, wardName],
  )
  // One live change updates the index, the filtered list and the order for that asset alone.
  const { filtered, sorted } = useAssetView({
    assets: assets ?? noAssets,
    change,
    filter,
    sortBy: sort.by,
    direction: sort.direction,
    labels: sortLabels,
  })
  const kindCounts = useMemo(() => {
    const counts = new Map<AssetKind, number>()
    for (const a of filtered) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1)
    return counts
  }, [filtered])
  const tags = useMemo(
    () =>
      [...new Set((assets ?? []).flatMap((a) => a.tags))].sort((a, b) =>
        a.localeCompare(b, 'en-GB'),
      ),
    [assets],
  )

  const selected = assets?.find((a) => a.id === selectedId) ?? null
  const { details } = useAssetDetails(selected?.id ?? null, selected?.version ?? null)
  const links = useAssetLinks(selected?.id ?? null)
  const people = usePersonLinks(selected?.id ?? null, canLinkPeople)
  const connected = useMemo(() => {
    if (!selected || !assets) return []
    const ids = new Set(
      links.links.map((l) => (l.fromAssetId === selected.id ? l.toAssetId : l.fromAssetId)),
    )
    return assets.filter((a) => ids.has(a.id))
  }, [assets, links.links, selected])

  // The map lags the list by a frame while typing: re-clustering is the costly part.
  const mapAssets = useDeferredValue(filtered)
  const points = useMemo(() => toAssetFeatures(mapAssets), [mapAssets])
  const connections = useMemo(
    () => (selected ? toConnectionFeatures(selected, connected) : noConnections),
    [selected, connected],
  )
  const overlays = useMemo(
    () => [assetsLayer({ points, connections, selectedId })],
    [points, connections, selectedId],
  )

  const select = useCallback(
    (id: string | null, fly: boolean) => {
      const asset = id ? assets?.find((a) => a.id === id) : null
      dispatch({ type: 'select', id, flyTo: fly ? asset?.lngLat : null })
    },
    [assets],
  )
  const showAsset = useCallback(
    (id: string) => {
      // An asset outside the current filters is still shown: the filters must not hide it.
      select(id, true)
      onShowDetails()
    },
    [select, onShowDetails],
  )

  const pointTargets = useMemo<MapPointTarget[]>(
    () => [{ layerIds: [assetsLayerIds.points], onClick: (hit) => select(hit.id, false) }],
    [select],
  )
  const clusterTargets = useMemo<MapClusterTarget[]>(
    () => [{ layerId: assetsLayerIds.clusters, sourceId: assetsLayerIds.source }],
    [],
  )
  const isMoving = moving !== null
  const isEditing = editing !== null
  const onPickLocation = useMemo(() => {
    if (isMoving) return (lngLat: [number, number]) => dispatch({ type: 'moveTo', lngLat })
    if (isEditing) return (lngLat: [number, number]) => dispatch({ type: 'placeEdit', lngLat })
    if (adding) return (lngLat: [number, number]) => dispatch({ type: 'place', lngLat })
    return null
  }, [adding, isMoving, isEditing])

  const mapPieces = (
    <>
      <AssetsMapKey />
      {adding && draft ? (
        <MapMarker
          lngLat={draft}
          label="New asset location"
          colour="#1d2733"
          testId="draft-pin"
          onMove={(lngLat) => dispatch({ type: 'place', lngLat })}
        />
      ) : null}
      {moving && selected ? (
        <MapMarker
          lngLat={moving.lngLat}
          label={`New location of ${selected.name}`}
          colour={ASSET_KIND_STYLES[selected.kind].colour}
          testId="move-pin"
          onMove={(lngLat) => dispatch({ type: 'moveTo', lngLat })}
        />
      ) : null}
      {selected?.lngLat && !adding && !moving ? (
        <MapPopup
          lngLat={selected.lngLat}
          label={selected.name}
          onClose={() => dispatch({ type: 'closePopup' })}
        >
          <AssetPopupContent asset={selected} onDetails={onShowDetails} />
        </MapPopup>
      ) : null}
    </>
  )

  const browsePanel = (
    <AssetBrowser
      port={port}
      canEdit={canEdit}
      loading={assets === null}
      error={error}
      all={assets ?? []}
      sorted={sorted}
      filter={filter}
      onFilterChange={(next) => dispatch({ type: 'filter', filter: next })}
      sort={sort}
      onSort={(by) => dispatch({ type: 'sort', by })}
      subtypes={subtypes}
      wardNames={wardNames}
      wardName={wardName}
      tags={tags}
      kindCounts={kindCounts}
      selected={selected}
      details={details}
      links={links}
      people={people}
      onSelect={(id) => select(id, true)}
      onClose={() => select(null, false)}
      editing={editing === selected?.id}
      editPlaced={editPlaced}
      onEdit={(on) => dispatch({ type: 'edit', id: on && selected ? selected.id : null })}
      moving={moving?.id === selected?.id ? moving : null}
      onMove={(on) =>
        dispatch(
          on && selected?.lngLat
            ? { type: 'startMove', id: selected.id, lngLat: selected.lngLat }
            : { type: 'stopMove' },
        )
      }
      save={(expectedVersion, changes) =>
        call(async (ready) => {
          if (!selected) throw new Error('Choose an asset to change.')
          const outcome = await saveAssetChanges(ready, selected.id, expectedVersion, changes)
          if (outcome.status === 'saved') upsert(outcome.asset)
          return outcome
        })
      }
      onSaved={(asset) => {
        upsert(asset)
        dispatch({ type: 'saved' })
      }}
      onSetStatus={async (status: AssetStatus, reason?: string) => {
        if (!port || !selected) return
        upsert(await port.assets.setStatus(selected.id, selected.version, status, reason))
      }}
      onMarkVerified={async () => {
        if (!port || !selected) return
        upsert(await port.assets.markVerified(selected.id))
      }}
      onReport={async (message) => {
        if (!port || !selected) return
        await port.assets.reportChange(selected.id, message)
      }}
    />
  )

  const addPanel = (
    <AddAssetPanel
      canMarkSensitive={canMarkSensitive}
      ready={port !== null}
      subtypes={subtypes}
      placed={placed}
      onCoordinatesChange={(lngLat) => dispatch({ type: 'draft', lngLat })}
      lookupPostcode={(postcode) => call((ready) => ready.region.lookupPostcode(postcode))}
      onPostcodeFound={(location) => {
        dispatch({ type: 'place', lngLat: location.lngLat })
        dispatch({ type: 'flyTo', lngLat: location.lngLat, maxZoom: 16 })
      }}
      workshopName={workshop?.name ?? null}
      onCreate={async (draftAsset, clientId, photo) => {
        const asset = await call((ready) =>
          createAsset(ready, { ...draftAsset, clientId, workshopId: workshop?.id ?? null }, photo),
        )
        upsert(asset)
        dispatch({ type: 'draft', lngLat: null })
        return asset.name
      }}
    />
  )

  return {
    overlays,
    pointTargets,
    clusterTargets,
    onPickLocation,
    mapPieces,
    focus,
    browsePanel,
    addPanel,
    showAsset,
    shownCount: assets ? filtered.length : null,
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

const noConnections: ReturnType<typeof toConnectionFeatures> = {
  type: 'FeatureCollection',
  features: [],
}
