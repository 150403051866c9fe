import { useEffect, useRef } from 'react'
import { ASSET_FIELD_LABELS } from '../../../core/assets/asset-field-labels'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { AssetKind } from '../../../core/assets/asset'
import type { VersionComparison } from '../../../core/assets/compare-asset-versions'

export interface ConflictNoticeProps {
  comparison: VersionComparison
  busy: boolean
  onKeepTheirs: () => void
  onSaveMine: () => void
}

/**
 * Someone else saved the asset while this person was editing: what each side changed, side by
 * side, and a choice. Nothing typed is lost while they decide: the form stays below, as typed.
 */
export function ConflictNotice({
  comparison,
  busy,
  onKeepTheirs,
  onSaveMine,
}: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null)
  // The save button may be far below: bring the choice into view and to the keyboard.
  useEffect(() => {
    ref.current?.focus()
  }, [comparison])
  return (
    <div ref={ref} tabIndex={-1} className="conflict" role="alert" aria-labelledby="conflict-title">
      <h4 id="conflict-title" className="conflict__title">
        Someone else saved this asset while you were editing
      </h4>
      <table className="conflict__table">
        <caption className="visually-hidden">What changed on each side</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Their version</th>
            <th scope="col">Your version</th>
          </tr>
        </thead>
        <tbody>
          {comparison.fields.map((field) => (
            <tr
              key={field.field}
              className={comparison.conflicting.includes(field.field) ? 'is-conflict' : ''}
            >
              <th scope="row">{ASSET_FIELD_LABELS[field.field]}</th>
              <td>
                {show(field.field, field.theirs)}
                {field.changedByThem ? <span className="conflict__mark"> (changed)</span> : null}
              </td>
              <td>
                {show(field.field, field.mine)}
                {field.changedByMe ? <span className="conflict__mark"> (changed)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="conflict__help">
        Keep theirs to drop your changes, or save yours on their version: the fields you changed
        take your values and their other changes stay.
      </p>
      <div className="conflict__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={onKeepTheirs}
          disabled={busy}
        >
          Keep theirs
        </button>
        <button type="button" className="button" onClick={onSaveMine} disabled={busy}>
          Save mine on their version
        </button>
      </div>
    </div>
  )
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (field === 'kind') return ASSET_KIND_LABELS[value as AssetKind] ?? String(value)
  if (field === 'lngLat' && Array.isArray(value))
    return value.map((n: number) => n.toFixed(5)).join(', ')
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}
