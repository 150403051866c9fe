import '../imports.css'
import { useState } from 'react'
import { guessColumnMapping, type ColumnMapping } from '../../../core/imports/column-mapping'
import type { SourceTable } from '../../../core/imports/read-delimited-table'
import { IMPORT_FILE_ENDINGS } from '../../../core/imports/read-import-file'
import { toImportRow, type ReadRow } from '../../../core/imports/to-import-row'
import { ProgressBar } from '../../../components/ui/progress-bar'
import { toDataError } from '../../../db/data-error'
import {
  publishAssetImport,
  stageAssetImport,
  undoAssetImport,
  type ImportProgress,
} from '../../../db/imports/asset-import-batches'
import { useInvalidate, usePortCall } from '../../../db/use-port-query'
import { readFileTable } from '../read-file-table'
import { loadSavedMapping, saveMapping } from '../saved-mapping'
import { ColumnMappingForm } from './column-mapping-form'
import { countReport, ImportReport, type NamedReportLine } from './import-report'
import { IMPORTS_KEY, MyImports } from './my-imports'
import { RowsPreview } from './rows-preview'

type Step =
  | { name: 'choose' }
  | { name: 'map'; table: SourceTable; initial: ColumnMapping; saved: boolean }
  | { name: 'preview'; table: SourceTable; mapping: ColumnMapping; rows: ReadRow[] }
  | { name: 'report'; importId: string; report: NamedReportLine[] }
  | { name: 'done'; published: number }

/**
 * Importing a file of assets (docs/imports.md): choose a file, say which column holds what, see
 * the first rows, have every row checked by the database (staged, nothing shown on the map yet),
 * then import the good rows, or undo an import later. Only for people who may import.
 */
export function ImportScreen() {
  const call = usePortCall()
  const invalidate = useInvalidate()
  const [fileName, setFileName] = useState('')
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const [busy, setBusy] = useState<string | null>(null)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [skipRefused, setSkipRefused] = useState(false)
  // Set while the rows are being checked: Cancel stops the check and discards what was staged.
  const [checking, setChecking] = useState<AbortController | null>(null)

  async function choose(file: File | undefined) {
    if (!file) return
    setError(null)
    setBusy(`Reading ${file.name}`)
    try {
      const table = await readFileTable(file)
      if (table.rows.length === 0) throw new Error(`"${file.name}" has no rows under its header.`)
      const saved = loadSavedMapping(localStorage, table.headers)
      setFileName(file.name)
      setStep({
        name: 'map',
        table,
        initial: saved ?? guessColumnMapping(table.headers),
        saved: saved !== null,
      })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(null)
    }
  }

  async function check(table: SourceTable, mapping: ColumnMapping, rows: ReadRow[]) {
    const importId = crypto.randomUUID()
    const controller = new AbortController()
    setChecking(controller)
    setError(null)
    setBusy('Checking the rows')
    try {
      const report = await call((port) =>
        stageAssetImport(port.imports, importId, fileName, rows, setProgress, controller.signal),
      )
      const nameColumn = table.headers.indexOf(mapping.name!)
      setSkipRefused(false)
      setStep({
        name: 'report',
        importId,
        report: report.map((line) => ({
          ...line,
          name: table.rows[line.row - 1]?.[nameColumn] ?? '',
        })),
      })
    } catch (failure) {
      if (controller.signal.aborted) {
        // What was staged before the stop is discarded, so nothing of it is kept.
        await call((port) => undoAssetImport(port.imports, importId)).catch(() => {})
        setError('Stopped. Nothing from this file was kept.')
      } else {
        setError(toDataError(failure).message)
      }
    } finally {
      setChecking(null)
      setBusy(null)
      setProgress(null)
      void invalidate([IMPORTS_KEY])
    }
  }

  async function publish(importId: string, report: NamedReportLine[]) {
    const counts = countReport(report)
    if (counts.refused > 0 && !skipRefused) {
      setError(
        'Some rows were refused: tick "Import the other rows" to leave them out, or correct the file and choose it again.',
      )
      return
    }
    setError(null)
    setBusy('Importing')
    try {
      const published = await call((port) =>
        publishAssetImport(
          port.imports,
          importId,
          { skipRefused, total: counts.ok + counts.warning },
          setProgress,
        ),
      )
      setStep({ name: 'done', published })
      void invalidate(['assets'])
    } catch (failure) {
      setError(toDataError(failure).message)
    } finally {
      setBusy(null)
      setProgress(null)
      void invalidate([IMPORTS_KEY])
    }
  }

  async function discard(importId: string) {
    setBusy('Discarding')
    try {
      await call((port) => undoAssetImport(port.imports, importId))
      setStep({ name: 'choose' })
      setError(null)
    } catch (failure) {
      setError(toDataError(failure).message)
    } finally {
      setBusy(null)
      void invalidate([IMPORTS_KEY])
    }
  }

  return (
    <div className="import-page" id="import">
      <h1>Import assets</h1>
      {error ? (
        <p className="import-error" role="alert">
          {error}
        </p>
      ) : null}
      {busy ? (
        <div className="import-busy">
          <ProgressBar
            label={busy}
            {...(progress
              ? {
                  value: progress.done,
                  max: Math.max(progress.total, 1),
                  valueText: `${progress.done} of ${progress.total} rows`,
                }
              : {})}
          />
          {checking ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => checking.abort()}
            >
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
      {step.name === 'choose' ? (
        <FileChooser disabled={busy !== null} onChoose={(file) => void choose(file)} />
      ) : null}
      {step.name === 'map' ? (
        <section className="import-section" aria-labelledby="import-map-title">
          <h2 id="import-map-title">Which column holds what in {fileName}</h2>
          <p className="muted">
            {step.saved
              ? 'Filled in as you chose last time for a file with these columns.'
              : 'Filled in from the column headers where they say plainly what they hold.'}{' '}
            A row needs a name, a kind, and a place: latitude and longitude, easting and northing,
            or a postcode.
          </p>
          <ColumnMappingForm
            headers={step.table.headers}
            initial={step.initial}
            onSubmit={(mapping) => {
              saveMapping(localStorage, step.table.headers, mapping)
              setStep({
                name: 'preview',
                table: step.table,
                mapping,
                rows: step.table.rows.map((cells, index) =>
                  toImportRow(cells, step.table.headers, mapping, index + 1),
                ),
              })
            }}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep({ name: 'choose' })}
          >
            Choose another file
          </button>
        </section>
      ) : null}
      {step.name === 'preview' ? (
        <section className="import-section" aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">The first rows of {fileName}</h2>
          <RowsPreview table={step.table} mapping={step.mapping} rows={step.rows} />
          <div className="import-actions">
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void check(step.table, step.mapping, step.rows)}
            >
              Check the rows
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() =>
                setStep({ name: 'map', table: step.table, initial: step.mapping, saved: false })
              }
            >
              Change the columns
            </button>
          </div>
        </section>
      ) : null}
      {step.name === 'report' ? (
        <>
          <ImportReport fileName={fileName} report={step.report} />
          <ReportActions
            counts={countReport(step.report)}
            skipRefused={skipRefused}
            onSkipRefused={setSkipRefused}
            busy={busy !== null}
            onPublish={() => void publish(step.importId, step.report)}
            onDiscard={() => void discard(step.importId)}
          />
        </>
      ) : null}
      {step.name === 'done' ? (
        <section className="import-section" aria-labelledby="import-done-title">
          <h2 id="import-done-title" tabIndex={-1}>
            {step.published} {step.published === 1 ? 'asset' : 'assets'} imported
          </h2>
          <p>
            They are on the map now. You can undo the whole import below, which archives its assets.
          </p>
          <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
            Import another file
          </button>
        </section>
      ) : null}
      <MyImports />
    </div>
  )
}

function FileChooser({
  disabled,
  onChoose,
}: {
  disabled: boolean
  onChoose: (file: File | undefined) => void
}) {
  const [over, setOver] = useState(false)
  return (
    <section
      className={`import-section import-drop${over ? ' is-over' : ''}`}
      aria-labelledby="import-choose-title"
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        if (!disabled) onChoose(event.dataTransfer.files[0])
      }}
    >
      <h2 id="import-choose-title">Choose a file</h2>
      <div className="form-field">
        <label className="form-field__label" htmlFor="import-file">
          A spreadsheet (CSV or Excel), GeoJSON or a zipped Shapefile
        </label>
        <p className="form-field__hint" id="import-file-hint">
          {IMPORT_FILE_ENDINGS.join(', ')}; one asset a row, with a header row. You can also drop
          the file here.
        </p>
        <input
          id="import-file"
          type="file"
          accept={IMPORT_FILE_ENDINGS.join(',')}
          aria-describedby="import-file-hint"
          disabled={disabled}
          onChange={(event) => {
            onChoose(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </div>
    </section>
  )
}

function ReportActions({
  counts,
  skipRefused,
  onSkipRefused,
  busy,
  onPublish,
  onDiscard,
}: {
  counts: ReturnType<typeof countReport>
  skipRefused: boolean
  onSkipRefused: (skip: boolean) => void
  busy: boolean
  onPublish: () => void
  onDiscard: () => void
}) {
  const importable = counts.ok + counts.warning
  return (
    <div className="import-actions">
      {counts.refused > 0 && importable > 0 ? (
        <div className="import-check">
          <input
            id="import-skip-refused"
            type="checkbox"
            checked={skipRefused}
            onChange={(event) => onSkipRefused(event.target.checked)}
          />
          <label htmlFor="import-skip-refused">
            Import the other rows (leave out the {counts.refused} refused)
          </label>
        </div>
      ) : null}
      {importable > 0 ? (
        <button type="button" className="button" disabled={busy} onClick={onPublish}>
          Import {importable} {importable === 1 ? 'row' : 'rows'}
        </button>
      ) : (
        <p>No row can be imported: correct the file and choose it again.</p>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={onDiscard}
      >
        Discard this import
      </button>
    </div>
  )
}
