import { useId } from 'react'
import type { AssetKind, AssetStatus } from '../../../core/assets/asset'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { PINNABLE_KINDS } from '../../../core/assets/asset-kind-style'
import { ASSET_STATUSES, ASSET_STATUS_LABELS } from '../../../core/assets/asset-status-labels'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { AssetFilter } from '../../../core/assets/filter-assets'
import { FormField } from '../../../components/ui/form-field'
import { KindSwatch } from '../../../components/ui/kind-swatch'

export interface AssetFiltersProps {
  filter: AssetFilter
  onChange: (filter: AssetFilter) => void
  subtypes: readonly AssetSubtype[]
  wardNames: ReadonlyMap<string, string>
  tags: readonly string[]
  /** Assets per kind in the current result, for the legend. */
  kindCounts: ReadonlyMap<AssetKind, number>
}

const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value]

/**
 * Filters for the map and the list at once: search, kind (which is also the legend, with each
 * kind's colour, mark and count), status, type, ward and tag.
 */
export function AssetFilters({
  filter,
  onChange,
  subtypes,
  wardNames,
  tags,
  kindCounts,
}: AssetFiltersProps) {
  const id = useId()
  const set = (patch: Partial<AssetFilter>) => onChange({ ...filter, ...patch })
  const shownSubtypes = subtypes.filter(
    (s) => filter.kinds.length === 0 || filter.kinds.includes(s.kind),
  )
  return (
    <div className="asset-filters">
      <FormField id={`${id}-text`} label="Search assets">
        <input
          id={`${id}-text`}
          type="search"
          autoComplete="off"
          data-testid="asset-search"
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </FormField>
      <fieldset className="asset-filters__kinds">
        <legend>Kind (map key)</legend>
        {PINNABLE_KINDS.map((kind) => (
          <label key={kind} className="asset-filters__check">
            <input
              type="checkbox"
              checked={filter.kinds.includes(kind)}
              onChange={() => set({ kinds: toggle(filter.kinds, kind) })}
            />
            <KindSwatch kind={kind} />
            {ASSET_KIND_LABELS[kind]} <span className="muted">({kindCounts.get(kind) ?? 0})</span>
          </label>
        ))}
        <p className="asset-filters__note">
          {ASSET_KIND_LABELS.individual} are shown only as counts per ward, never as pins. None
          ticked shows every kind. Hollow pins wait for review; faded ones are archived or rejected;
          dark circles are clusters, larger for more assets, with the count on them.
        </p>
      </fieldset>
      <details className="asset-filters__more">
        <summary>More filters</summary>
        <fieldset>
          <legend>Status</legend>
          {ASSET_STATUSES.map((status: AssetStatus) => (
            <label key={status} className="asset-filters__check">
              <input
                type="checkbox"
                checked={filter.statuses.includes(status)}
                onChange={() => set({ statuses: toggle(filter.statuses, status) })}
              />
              {ASSET_STATUS_LABELS[status]}
            </label>
          ))}
        </fieldset>
        <FormField id={`${id}-subtype`} label="Type">
          <select
            id={`${id}-subtype`}
            value={filter.subtypes[0] ?? ''}
            onChange={(event) => set({ subtypes: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">Any type</option>
            {shownSubtypes.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-ward`} label="Ward">
          <select
            id={`${id}-ward`}
            value={filter.wardCodes[0] ?? ''}
            onChange={(event) => set({ wardCodes: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">Any ward</option>
            {[...wardNames].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-tag`} label="Tag">
          <select
            id={`${id}-tag`}
            value={filter.tags[0] ?? ''}
            onChange={(event) => set({ tags: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </FormField>
      </details>
    </div>
  )
}
