import { anyAssetFilter, type AssetFilter } from '../../core/assets/filter-assets'
import type { AssetSortKey, SortDirection } from '../../core/assets/sort-assets'

type LngLat = [number, number]

/** A place asked for: `request` grows each time, so asking twice for one place still moves. */
export interface PlaceRequest {
  lngLat: LngLat
  request: number
}

/** What the assets workspace is doing: filters and order, the selection, and adding or moving. */
export interface AssetsWorkspaceState {
  filter: AssetFilter
  sort: { by: AssetSortKey; direction: SortDirection }
  selectedId: string | null
  /** The asset whose editor is open. */
  editing: string | null
  /** The asset being moved, and where its pin is now. */
  moving: { id: string; lngLat: LngLat } | null
  /** Where a map click or a postcode placed the new asset (the Add panel reads it). */
  placed: PlaceRequest | null
  /** Where a map click placed the asset being edited (its editor reads it). */
  editPlaced: PlaceRequest | null
  /** The new asset's location as the Add panel has it, for its pin on the map. */
  draft: LngLat | null
  /** Where the map should go next. */
  focus: { bounds: [LngLat, LngLat]; request: number; maxZoom?: number } | null
}

export type AssetsWorkspaceAction =
  | { type: 'filter'; filter: AssetFilter }
  /** Orders by `by`, ascending first; the same column again reverses the order. */
  | { type: 'sort'; by: AssetSortKey }
  /** Selects an asset (or none), closing any editing or moving; flies to it if given a place. */
  | { type: 'select'; id: string | null; flyTo?: LngLat | null }
  | { type: 'closePopup' }
  | { type: 'edit'; id: string | null }
  | { type: 'startMove'; id: string; lngLat: LngLat }
  | { type: 'stopMove' }
  /** A map click or pin drag: moves the pin being moved, if any. */
  | { type: 'moveTo'; lngLat: LngLat }
  | { type: 'place'; lngLat: LngLat }
  | { type: 'placeEdit'; lngLat: LngLat }
  | { type: 'draft'; lngLat: LngLat | null }
  | { type: 'flyTo'; lngLat: LngLat; maxZoom?: number }
  /** An edit or a move was saved: both end. */
  | { type: 'saved' }

export const initialAssetsWorkspaceState: AssetsWorkspaceState = {
  filter: { ...anyAssetFilter, statuses: ['pending', 'approved'] },
  sort: { by: 'name', direction: 'ascending' },
  selectedId: null,
  editing: null,
  moving: null,
  placed: null,
  editPlaced: null,
  draft: null,
  focus: null,
}

const nextRequest = (previous: { request: number } | null) => (previous?.request ?? 0) + 1

const flown = (state: AssetsWorkspaceState, lngLat: LngLat, maxZoom = 15) => ({
  bounds: [lngLat, lngLat] as [LngLat, LngLat],
  maxZoom,
  request: nextRequest(state.focus),
})

/** The assets workspace's transitions, one place for what each thing a person does changes. */
export function assetsWorkspaceReducer(
  state: AssetsWorkspaceState,
  action: AssetsWorkspaceAction,
): AssetsWorkspaceState {
  switch (action.type) {
    case 'filter':
      return { ...state, filter: action.filter }
    case 'sort':
      return {
        ...state,
        sort: {
          by: action.by,
          direction:
            state.sort.by === action.by && state.sort.direction === 'ascending'
              ? 'descending'
              : 'ascending',
        },
      }
    case 'select':
      return {
        ...state,
        selectedId: action.id,
        editing: null,
        moving: null,
        focus: action.flyTo ? flown(state, action.flyTo) : state.focus,
      }
    case 'closePopup':
      return { ...state, selectedId: null }
    case 'edit':
      return { ...state, editing: action.id, moving: null }
    case 'startMove':
      return { ...state, moving: { id: action.id, lngLat: action.lngLat } }
    case 'stopMove':
      return { ...state, moving: null }
    case 'moveTo':
      return state.moving ? { ...state, moving: { ...state.moving, lngLat: action.lngLat } } : state
    case 'place':
      return { ...state, placed: { lngLat: action.lngLat, request: nextRequest(state.placed) } }
    case 'placeEdit':
      return {
        ...state,
        editPlaced: { lngLat: action.lngLat, request: nextRequest(state.editPlaced) },
      }
    case 'draft':
      return { ...state, draft: action.lngLat }
    case 'flyTo':
      return { ...state, focus: flown(state, action.lngLat, action.maxZoom) }
    case 'saved':
      return { ...state, editing: null, moving: null }
  }
}
