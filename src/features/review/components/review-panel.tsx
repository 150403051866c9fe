import './review-panel.css'
import { useId, useState, type ReactNode } from 'react'
import type { Asset } from '../../../core/assets/asset'
import type { DuplicateCandidate } from '../../../core/assets/asset-review'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { FormField } from '../../../components/ui/form-field'
import type { ReviewQueue } from '../api/use-review-queue'

export interface ReviewPanelProps {
  queue: ReviewQueue
  /** Selects the asset on the map and shows its details. */
  onShowAsset: (assetId: string) => void
  /** The asset editor, for "edit, then approve"; `onSaved` gets the saved version. */
  renderEditor: (asset: Asset, onSaved: (saved: Asset) => void, onCancel: () => void) => ReactNode
}

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

/** The builders' curation queues, each a list with its actions. */
export function ReviewPanel({ queue, onShowAsset, renderEditor }: ReviewPanelProps) {
  const [error, setError] = useState<string | null>(null)
  const run = (work: () => Promise<void>) => async () => {
    setError(null)
    try {
      await work()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }
  const monthsId = useId()
  // The pair last marked "Not a duplicate", so that a slip can be taken back at once.
  const [dismissed, setDismissed] = useState<DuplicateCandidate | null>(null)
  return (
    <div className="review">
      {error || queue.error ? (
        <p className="form-message form-message--error" role="alert">
          {error ?? queue.error}
        </p>
      ) : null}
      <section aria-labelledby="review-pending">
        <h3 id="review-pending" className="panel-subtitle">
          Waiting for review ({queue.pending.length})
        </h3>
        {queue.pending.length === 0 ? <p className="muted">Nothing waiting.</p> : null}
        <ul className="review__list" aria-label="Assets waiting for review">
          {queue.pending.map((asset) => (
            <PendingItem
              key={asset.id}
              asset={asset}
              onApprove={run(() => queue.approve(asset))}
              onReject={(reason) => run(() => queue.reject(asset, reason))()}
              onShow={() => onShowAsset(asset.id)}
              renderEditor={(onCancel) =>
                renderEditor(asset, (saved) => void run(() => queue.approve(saved))(), onCancel)
              }
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-duplicates">
        <h3 id="review-duplicates" className="panel-subtitle">
          Possible duplicates ({queue.duplicates.length})
        </h3>
        <p className="muted">
          Similar names within 100 m. Merging moves links and workshop tags to the one kept and
          archives the other. “Not a duplicate” takes the pair off this list for every reviewer,
          even if one is renamed later; each can still pair with other assets.
        </p>
        {dismissed ? (
          <p className="form-message" role="status">
            “{dismissed.first.name}” and “{dismissed.second.name}” are marked as not duplicates.{' '}
            <button
              type="button"
              className="link-button"
              onClick={run(async () => {
                await queue.restoreDuplicate(dismissed.first.id, dismissed.second.id)
                setDismissed(null)
              })}
            >
              Undo
            </button>
          </p>
        ) : null}
        <ul className="review__list" aria-label="Possible duplicates">
          {queue.duplicates.map((pair) => (
            <li key={`${pair.first.id}-${pair.second.id}`} className="review__item">
              <p>
                “{pair.first.name}” and “{pair.second.name}”, {pair.distanceMetres} m apart
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={run(() => queue.merge(pair.first.id, pair.second.id))}
              >
                Keep “{pair.first.name}”
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={run(() => queue.merge(pair.second.id, pair.first.id))}
              >
                Keep “{pair.second.name}”
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Not a duplicate: “${pair.first.name}” and “${pair.second.name}”`}
                onClick={run(async () => {
                  await queue.dismissDuplicate(pair.first.id, pair.second.id)
                  setDismissed(pair)
                })}
              >
                Not a duplicate
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-stale">
        <h3 id="review-stale" className="panel-subtitle">
          Not verified for a while ({queue.stale.length})
        </h3>
        <FormField id={monthsId} label="Not verified for (months)">
          <input
            id={monthsId}
            type="number"
            min={1}
            max={120}
            value={queue.staleMonths}
            onChange={(event) => {
              const months = Number(event.target.value)
              if (Number.isInteger(months) && months >= 1 && months <= 120)
                queue.setStaleMonths(months)
            }}
          />
        </FormField>
        <ul className="review__list" aria-label="Assets to verify">
          {queue.stale.slice(0, 50).map((asset) => (
            <li key={asset.id} className="review__item">
              <button type="button" className="link-button" onClick={() => onShowAsset(asset.id)}>
                {asset.name}
              </button>
              <span className="muted">
                {' '}
                ·{' '}
                {asset.lastVerifiedAt
                  ? `verified ${day.format(new Date(asset.lastVerifiedAt))}`
                  : 'never verified'}
              </span>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={run(() => queue.markVerified(asset.id))}
              >
                Mark verified <span className="visually-hidden">{asset.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-reports">
        <h3 id="review-reports" className="panel-subtitle">
          Reported changes ({queue.reports.length})
        </h3>
        <ul className="review__list" aria-label="Reported changes">
          {queue.reports.map((report) => (
            <li key={report.id} className="review__item">
              <p>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onShowAsset(report.assetId)}
                >
                  {report.assetName}
                </button>
                : {report.message}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={run(() => queue.resolveReport(report.id))}
              >
                Mark dealt with
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

function PendingItem({
  asset,
  onApprove,
  onReject,
  onShow,
  renderEditor,
}: {
  asset: Asset
  onApprove: () => void
  onReject: (reason: string) => void
  onShow: () => void
  renderEditor: (onCancel: () => void) => ReactNode
}) {
  const id = useId()
  const [mode, setMode] = useState<'idle' | 'reject' | 'edit'>('idle')
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  return (
    <li className="review__item" aria-label={asset.name}>
      <p className="review__name">{asset.name}</p>
      <p className="muted">
        {ASSET_KIND_LABELS[asset.kind]}
        {asset.description ? ` · ${asset.description}` : ''}
      </p>
      {mode === 'edit' ? (
        renderEditor(() => setMode('idle'))
      ) : mode === 'reject' ? (
        <div className={`form-field${reasonError ? ' form-field--error' : ''}`}>
          <label className="form-field__label" htmlFor={`${id}-reason`}>
            Why is it rejected?
          </label>
          {reasonError ? (
            <p className="form-field__error" id={`${id}-error`}>
              {reasonError}
            </p>
          ) : null}
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            aria-invalid={Boolean(reasonError)}
            aria-describedby={reasonError ? `${id}-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!reason.trim())
                setReasonError('Give the reason, so the person who added it knows')
              else onReject(reason.trim())
            }}
          >
            Reject with this reason
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMode('idle')}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="review__actions">
          <button type="button" className="button" onClick={onApprove}>
            Approve <span className="visually-hidden">{asset.name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMode('edit')}
          >
            Edit, then approve <span className="visually-hidden">{asset.name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMode('reject')}
          >
            Reject <span className="visually-hidden">{asset.name}</span>
          </button>
          <button type="button" className="link-button" onClick={onShow}>
            Show on map
          </button>
        </div>
      )}
    </li>
  )
}
