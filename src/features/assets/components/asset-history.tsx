import { useState } from 'react'
import { describeColumn } from '../../../core/assets/asset-field-labels'
import type { AssetHistoryEntry } from '../../../core/assets/asset-review'
import { useAssetHistory } from '../api/use-asset-history'

const ACTIONS: Record<AssetHistoryEntry['action'], string> = {
  insert: 'added it',
  update: 'changed',
  delete: 'deleted it',
  export: 'exported it',
  erase: 'erased personal data',
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** Who changed what and when, from the audit log; read when the disclosure is opened. */
export function AssetHistory({ id, version }: { id: string; version: number }) {
  const [open, setOpen] = useState(false)
  const { entries, error } = useAssetHistory(id, version, open)
  return (
    <details className="asset-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>History</summary>
      {error ? <p role="alert">{error}</p> : null}
      {open && !entries && !error ? <p className="muted">Loading history…</p> : null}
      {entries?.length === 0 ? <p className="muted">No changes recorded yet.</p> : null}
      {entries && entries.length > 0 ? (
        <ol className="asset-history__list" aria-label="Changes, newest first">
          {[...entries]
            .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))
            .map((entry, i) => (
              <li key={`${entry.occurredAt}-${i}`}>
                <time dateTime={entry.occurredAt}>{when.format(new Date(entry.occurredAt))}</time>
                {': '}
                {entry.actor} {ACTIONS[entry.action]}
                {entry.action === 'update'
                  ? entry.changedColumns.length
                    ? ` ${entry.changedColumns.map(describeColumn).join(', ')}`
                    : ' it'
                  : ''}
              </li>
            ))}
        </ol>
      ) : null}
    </details>
  )
}
