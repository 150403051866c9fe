import { useId, useState } from 'react'
import { downloadFile } from '../../../components/download-file'
import type { BackupSummary, DeviceDatabasePort } from '../../../db/device-database-port'
import { usePortQuery } from '../../../db/use-port-query'
import { describeBackup } from '../describe-backup'
import './device-database-panel.css'

type Restore =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'confirm'; file: File; summary: BackupSummary }
  | { step: 'restoring' }

/**
 * Local mode keeps everything in this browser only: a backup file keeps a workshop's records safe
 * (or carries them to another browser), and restoring one replaces the database, after saying
 * what the file holds.
 */
export function DeviceDatabasePanel({ device }: { device: DeviceDatabasePort }) {
  const fileId = useId()
  const [saving, setSaving] = useState(false)
  const [restore, setRestore] = useState<Restore>({ step: 'idle' })
  const [error, setError] = useState<string | null>(null)
  // Whether a restore waits for this app's other tabs to close (an unreadable answer: no).
  const pending = usePortQuery(['device', 'restore-pending'], () => device.restorePending()).value

  const fail = (failure: unknown) =>
    setError(failure instanceof Error ? failure.message : String(failure))

  const backUp = async () => {
    setError(null)
    setSaving(true)
    try {
      const file = await device.backup()
      downloadFile(
        `community-asset-map-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`,
        file,
      )
    } catch (failure) {
      fail(failure)
    } finally {
      setSaving(false)
    }
  }

  const read = async (file: File | undefined) => {
    setError(null)
    if (!file) return
    setRestore({ step: 'reading' })
    try {
      setRestore({ step: 'confirm', file, summary: await device.inspect(file) })
    } catch (failure) {
      setRestore({ step: 'idle' })
      fail(failure)
    }
  }

  const replace = async (file: File) => {
    setRestore({ step: 'restoring' })
    try {
      await device.restore(file)
      location.reload()
    } catch (failure) {
      setRestore({ step: 'idle' })
      fail(failure)
    }
  }

  return (
    <details className="device-database">
      <summary>This device's database</summary>
      <p>
        In local mode, what you map is kept in this browser only. Download a backup after each
        workshop; restore it here, or in another browser, to carry on.
      </p>
      {pending ? (
        <p className="device-database__notice" role="status">
          A backup is waiting to replace this database: close this app's other tabs, then reload.
        </p>
      ) : null}
      <button type="button" className="button" disabled={saving} onClick={() => void backUp()}>
        {saving ? 'Preparing the backup…' : 'Download a backup'}
      </button>
      <div className="device-database__restore">
        <label htmlFor={fileId}>Restore from a backup file</label>
        <input
          id={fileId}
          type="file"
          accept=".gz,application/gzip,application/x-gzip"
          disabled={restore.step === 'reading' || restore.step === 'restoring'}
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </div>
      {restore.step === 'reading' ? <p role="status">Reading the backup…</p> : null}
      {restore.step === 'restoring' ? <p role="status">Restoring; the app will reload…</p> : null}
      {restore.step === 'confirm' ? (
        <div className="device-database__confirm" role="group" aria-label="Restore this backup?">
          <p>{describeBackup(restore.summary)}</p>
          <p>Restoring replaces everything in this browser's database with it.</p>
          <button type="button" className="button" onClick={() => void replace(restore.file)}>
            Replace this device's database
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setRestore({ step: 'idle' })}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="device-database__error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  )
}
