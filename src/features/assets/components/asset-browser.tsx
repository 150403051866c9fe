import { useState } from 'react'
import type {
  Asset,
  AssetChanges,
  AssetDetails as AssetWithContact,
  AssetKind,
  AssetStatus,
} from '../../../core/assets/asset'
import type { AssetLink, NewAssetLink } from '../../../core/assets/asset-link'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { AssetFilter } from '../../../core/assets/filter-assets'
import type { AssetSortKey, SortDirection } from '../../../core/assets/sort-assets'
import { downloadAssetsCsv } from '../api/download-assets-csv'
import type { DataPort } from '../../../db/port'
import type { PersonLinks } from '../api/use-person-links'
import { saveAssetPhoto, type SaveOutcome } from '../api/save-asset'
import { useAssetPhoto } from '../api/use-asset-photo'
import { AssetConnections } from './asset-connections'
import { AssetDetails } from './asset-details'
import { AssetEditor } from './asset-editor'
import { AssetFilters } from './asset-filters'
import { AssetHistory } from './asset-history'
import { AssetPhotoFigure } from './asset-photo-figure'
import { AssetTable } from './asset-table'
import { ReportChangeForm } from './report-change-form'

export interface AssetBrowserProps {
  port: DataPort | null
  /** Offer edit, move, archive and verify (the database still decides). */
  canEdit: boolean
  loading: boolean
  error: string | null
  all: readonly Asset[]
  sorted: readonly Asset[]
  filter: AssetFilter
  onFilterChange: (filter: AssetFilter) => void
  sort: { by: AssetSortKey; direction: SortDirection }
  onSort: (by: AssetSortKey) => void
  subtypes: readonly AssetSubtype[]
  wardNames: ReadonlyMap<string, string>
  wardName: (code: string | null) => string
  tags: readonly string[]
  kindCounts: ReadonlyMap<AssetKind, number>
  selected: Asset | null
  details: AssetWithContact | null
  links: {
    links: AssetLink[]
    link: (input: NewAssetLink) => Promise<void>
    unlink: (id: string) => Promise<void>
  }
  /** People connected to the selected asset (builders and admins only; else null). */
  people: PersonLinks | null
  onSelect: (id: string) => void
  onClose: () => void
  editing: boolean
  editPlaced: { lngLat: [number, number]; request: number } | null
  onEdit: (on: boolean) => void
  moving: { lngLat: [number, number] } | null
  onMove: (on: boolean) => void
  save: (expectedVersion: number, changes: AssetChanges) => Promise<SaveOutcome>
  onSaved: (asset: Asset) => void
  onSetStatus: (status: AssetStatus, reason?: string) => Promise<void>
  onMarkVerified: () => Promise<void>
  onReport: (message: string) => Promise<void>
}

/** The Assets tab: the selected asset's details and actions, then the filters and the list. */
export function AssetBrowser(props: AssetBrowserProps) {
  const { selected, port } = props
  const [actionError, setActionError] = useState<string | null>(null)
  const run = (work: () => Promise<void>) => async () => {
    setActionError(null)
    try {
      await work()
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error))
    }
  }
  // Saving a photo changes no version: a count of saves makes the photo be read again.
  const [photoSaves, setPhotoSaves] = useState(0)
  const photo = useAssetPhoto(selected?.id ?? null, selected?.version ?? null, photoSaves)
  const subtypeLabel = (code: string | null) =>
    code ? (props.subtypes.find((s) => s.code === code)?.label ?? code) : null

  return (
    <div className="asset-browser">
      {selected && props.editing && props.details && photo.loaded ? (
        <AssetEditor
          key={selected.id}
          asset={props.details}
          subtypes={props.subtypes}
          save={props.save}
          placed={props.editPlaced}
          photo={
            port
              ? {
                  current: photo.photo,
                  save: (after) => saveAssetPhoto(port, selected.id, photo.photo, after),
                }
              : undefined
          }
          onDone={(asset) => {
            setPhotoSaves((n) => n + 1)
            props.onSaved(asset)
          }}
          onCancel={() => props.onEdit(false)}
        />
      ) : selected ? (
        <AssetDetails
          asset={selected}
          details={props.details}
          wardName={selected.wardCode ? (props.wardNames.get(selected.wardCode) ?? null) : null}
          subtypeLabel={subtypeLabel(selected.subtype)}
          onClose={props.onClose}
        >
          {photo.photo ? <AssetPhotoFigure photo={photo.photo} /> : null}
          {actionError ? (
            <p className="form-message form-message--error" role="alert">
              {actionError}
            </p>
          ) : null}
          {props.moving ? (
            <div className="asset-move" role="group" aria-label="Move the pin">
              <p>
                Drag the pin (or focus it and use the arrow keys), or click the map where it should
                be, then save.
              </p>
              <button
                type="button"
                className="button"
                onClick={run(async () => {
                  const outcome = await props.save(selected.version, {
                    lngLat: props.moving!.lngLat,
                  })
                  if (outcome.status === 'conflict') {
                    throw new Error(
                      'Someone else changed this asset meanwhile; look again and move it once more.',
                    )
                  }
                  props.onSaved(outcome.asset)
                })}
              >
                Save new location
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => props.onMove(false)}
              >
                Cancel move
              </button>
            </div>
          ) : !props.canEdit ? null : (
            <div className="asset-actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => props.onEdit(true)}
                disabled={!props.details}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => props.onMove(true)}
                disabled={!selected.lngLat}
              >
                Move pin
              </button>
              {selected.status === 'archived' ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={run(() => props.onSetStatus('approved'))}
                >
                  Restore
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={run(() => props.onSetStatus('archived'))}
                >
                  Archive
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                onClick={run(props.onMarkVerified)}
              >
                Mark verified today
              </button>
            </div>
          )}
          <AssetHistory id={selected.id} version={selected.version} />
          <AssetConnections
            asset={selected}
            people={props.people}
            links={props.links.links}
            candidates={props.all}
            onLink={props.links.link}
            onUnlink={props.links.unlink}
            onShow={props.onSelect}
          />
          <ReportChangeForm assetName={selected.name} onReport={props.onReport} />
        </AssetDetails>
      ) : null}
      <h3 className="panel-subtitle">Browse assets</h3>
      <AssetFilters
        filter={props.filter}
        onChange={props.onFilterChange}
        subtypes={props.subtypes}
        wardNames={props.wardNames}
        tags={props.tags}
        kindCounts={props.kindCounts}
      />
      {props.error ? (
        <p role="alert">{props.error}</p>
      ) : props.loading ? (
        <p className="muted">Loading assets…</p>
      ) : (
        <>
          <p className="asset-browser__count" aria-live="polite">
            {props.sorted.length === props.all.length
              ? `${props.all.length} assets`
              : `${props.sorted.length} of ${props.all.length} assets`}
          </p>
          {port && props.sorted.length > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={run(() => downloadAssetsCsv(port, props.sorted, props.wardName))}
            >
              Download these assets (CSV)
            </button>
          ) : null}
          <AssetTable
            assets={props.sorted}
            wardName={props.wardName}
            sort={props.sort}
            onSort={props.onSort}
            selectedId={selected?.id ?? null}
            onSelect={props.onSelect}
          />
        </>
      )}
    </div>
  )
}
