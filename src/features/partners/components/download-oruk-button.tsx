import { useId } from 'react'
import { useDownloadDirectoryAsOruk } from '../api/download-directory-as-oruk'

/** Downloads the directory as Open Referral UK 3.0 JSON, for other directories to import. */
export function DownloadOrukButton() {
  const hint = useId()
  const { download, busy, error } = useDownloadDirectoryAsOruk()
  return (
    <div className="partners-download">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        aria-busy={busy}
        aria-describedby={hint}
        onClick={() => void download()}
      >
        {busy ? 'Building the file…' : 'Download as Open Referral UK'}
      </button>
      <p className="form-field__hint" id={hint}>
        Every service listed here, as Open Referral UK 3.0 JSON that other directories can import.
      </p>
      {error ? (
        <p className="form-message form-message--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
