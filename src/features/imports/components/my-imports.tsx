import { useState } from 'react'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { toDataError } from '../../../db/data-error'
import type { AssetImport, AssetImportStatus } from '../../../db/imports-port'
import { undoAssetImport } from '../../../db/imports/asset-import-batches'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

export const IMPORTS_KEY = 'imports'

const STATUS_WORDS: Record<AssetImportStatus, string> = {
  staging: 'Checked, not imported',
  publishing: 'Partly imported',
  live: 'Imported',
  undone: 'Undone',
  discarded: 'Discarded',
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** The person's imports, newest first, each undone as a whole after asking. */
export function MyImports() {
  const read = usePortQuery([IMPORTS_KEY, 'mine'], (port) => port.imports.listImports()).read
  return (
    <section className="import-section" aria-labelledby="my-imports-title">
      <h2 id="my-imports-title">Your imports</h2>
      <ReadStateView read={read} what="your imports">
        {(imports) =>
          imports.length === 0 ? (
            <p className="muted">You have not imported a file yet.</p>
          ) : (
            <ul className="import-list">
              {imports.map((item) => (
                <ImportItem key={item.id} item={item} />
              ))}
            </ul>
          )
        }
      </ReadStateView>
    </section>
  )
}

function ImportItem({ item }: { item: AssetImport }) {
  const call = usePortCall()
  const invalidate = useInvalidate()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // A checked import never published still counts against the imports a person may keep open.
  const staged = item.status === 'staging'
  const undoable = staged || item.status === 'live' || item.status === 'publishing'
  const action = staged ? 'Discard this import' : 'Undo this import'
  async function undo() {
    setBusy(true)
    setError(null)
    try {
      await call((port) => undoAssetImport(port.imports, item.id))
      setAsking(false)
      void invalidate(['assets'])
      void invalidate([IMPORTS_KEY])
    } catch (failure) {
      setError(toDataError(failure).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <li className="import-list__item">
      <span>
        <strong>{item.fileName}</strong>, {when(item.createdAt)}: {STATUS_WORDS[item.status]}
      </span>
      {error ? <span role="alert">{error}</span> : null}
      {undoable && !asking ? (
        <button
          type="button"
          className="button button--secondary"
          aria-label={`${action}: ${item.fileName}`}
          onClick={() => setAsking(true)}
        >
          {action}
        </button>
      ) : null}
      {undoable && asking ? (
        <span className="import-confirm" role="group" aria-label={`${action}?`}>
          <span>
            {staged
              ? 'Drop the checked rows? Nothing was imported from them.'
              : 'Archive every asset this import added?'}
          </span>
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-busy={busy}
            onClick={() => void undo()}
          >
            {staged ? 'Yes, discard it' : 'Yes, undo it'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setAsking(false)}
          >
            Keep it
          </button>
        </span>
      ) : null}
    </li>
  )
}
