import { useCallback, useDeferredValue, useMemo, useReducer } from 'react'
import type { Asset, AssetKind } from '../../core/assets/asset'
import type { AssetSubtype } from '../../core/assets/asset-subtype'
import { ASSET_KIND_LABELS } from '../../core/assets/asset-kind-labels'
import { toAssetFeatures, toConnectionFeatures } from '../../core/assets/to-asset-features'
import type { MapClusterTarget, MapPointTarget } from '../../map/map-view'
import type { AssetsWorkspace } from './assets-workspace'
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
import { assetsLayer, assetsLayerIds } from './map/assets-layer'

type LngLat = [number, number]

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

const noAssets: Asset[] = []

/**
 * The assets feature's state: the live list, filters, selection, adding and moving, and what it
 * draws on the map. Components read it; this hook keeps it in step and returns no elements.
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
    if (isMoving) return (lngLat: LngLat) => dispatch({ type: 'moveTo', lngLat })
    if (isEditing) return (lngLat: LngLat) => dispatch({ type: 'placeEdit', lngLat })
    if (adding) return (lngLat: LngLat) => dispatch({ type: 'place', lngLat })
    return null
  }, [adding, isMoving, isEditing])

  return {
    port,
    can: { edit: canEdit, markSensitive: canMarkSensitive },
    subtypes,
    list: {
      all: assets,
      error,
      sorted,
      filter,
      setFilter: (next) => dispatch({ type: 'filter', filter: next }),
      sort,
      sortBy: (by) => dispatch({ type: 'sort', by }),
      tags,
      kindCounts,
      wardNames,
      wardName,
      select: (id) => select(id, true),
    },
    selection: {
      asset: selected,
      details,
      links,
      people,
      editing: editing !== null && editing === selected?.id,
      editPlaced,
      moving: moving && moving.id === selected?.id ? moving : null,
      close: () => select(null, false),
      closePopup: () => dispatch({ type: 'closePopup' }),
      edit: (on) => dispatch({ type: 'edit', id: on && selected ? selected.id : null }),
      move: (on) =>
        dispatch(
          on && selected?.lngLat
            ? { type: 'startMove', id: selected.id, lngLat: selected.lngLat }
            : { type: 'stopMove' },
        ),
      moveTo: (lngLat) => dispatch({ type: 'moveTo', lngLat }),
      save: (expectedVersion, changes) =>
        call(async (ready) => {
          if (!selected) throw new Error('Choose an asset to change.')
          const outcome = await saveAssetChanges(ready, selected.id, expectedVersion, changes)
          if (outcome.status === 'saved') upsert(outcome.asset)
          return outcome
        }),
      saved: (asset) => {
        upsert(asset)
        dispatch({ type: 'saved' })
      },
      setStatus: async (status, reason) => {
        if (!port || !selected) return
        upsert(await port.assets.setStatus(selected.id, selected.version, status, reason))
      },
      markVerified: async () => {
        if (!port || !selected) return
        upsert(await port.assets.markVerified(selected.id))
      },
      report: async (message) => {
        if (!port || !selected) return
        await port.assets.reportChange(selected.id, message)
      },
    },
    adding: {
      active: adding,
      draft,
      placed,
      workshopName: workshop?.name ?? null,
      setDraft: (lngLat) => dispatch({ type: 'draft', lngLat }),
      place: (lngLat) => dispatch({ type: 'place', lngLat }),
      lookupPostcode: (postcode) => call((ready) => ready.region.lookupPostcode(postcode)),
      postcodeFound: (location) => {
        dispatch({ type: 'place', lngLat: location.lngLat })
        dispatch({ type: 'flyTo', lngLat: location.lngLat, maxZoom: 16 })
      },
      create: async (draftAsset, clientId, photo) => {
        const asset = await call((ready) =>
          createAsset(ready, { ...draftAsset, clientId, workshopId: workshop?.id ?? null }, photo),
        )
        upsert(asset)
        dispatch({ type: 'draft', lngLat: null })
        return asset.name
      },
    },
    map: { overlays, pointTargets, clusterTargets, onPickLocation, focus },
    showDetails: onShowDetails,
    showAsset,
    upsert,
  }
}

const noConnections: ReturnType<typeof toConnectionFeatures> = {
  type: 'FeatureCollection',
  features: [],
}
