import { toSpreadsheetCsv } from '../../../core/export/to-spreadsheet-csv'
import { downloadFile } from '../../../components/download-file'
import type { ImportReportLine, ImportStatus } from '../../../db/imports-port'

const STATUS_WORDS: Record<ImportStatus, string> = {
  ok: 'Ready',
  warning: 'Warning',
  refused: 'Refused',
}

/** A report line with the row's name from the file, to recognise it by. */
export interface NamedReportLine extends ImportReportLine {
  name: string
}

/** How many rows are ready, warned of and refused. */
export function countReport(report: readonly ImportReportLine[]) {
  const count = (status: ImportStatus) => report.filter((line) => line.status === status).length
  return { ok: count('ok'), warning: count('warning'), refused: count('refused') }
}

/** The report as the command line writes it: row, status, reason, name. */
export function reportCsv(report: readonly NamedReportLine[]): string {
  return toSpreadsheetCsv(
    ['row', 'status', 'reason', 'name'],
    report.map(({ row, status, reason, name }) => ({ row, status, reason, name })),
  )
}

/**
 * The database's answer for every row: ready, imported with a warning (a likely duplicate), or
 * refused with the reason; problems first, and the whole report to download as CSV.
 */
export function ImportReport({
  fileName,
  report,
}: {
  fileName: string
  report: readonly NamedReportLine[]
}) {
  const counts = countReport(report)
  const order: Record<ImportStatus, number> = { refused: 0, warning: 1, ok: 2 }
  const sorted = [...report].sort((a, b) => order[a.status] - order[b.status] || a.row - b.row)
  return (
    <section className="import-section" aria-labelledby="import-report-title">
      <h2 id="import-report-title">What the check found</h2>
      <p role="status">
        {report.length} {report.length === 1 ? 'row' : 'rows'}: {counts.ok} ready, {counts.warning}{' '}
        with a warning, {counts.refused} refused.
      </p>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label="Report by row">
        <table className="import-table">
          <caption className="visually-hidden">Each row of {fileName}, problems first</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Result</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((line) => (
              <tr key={line.row} className={`import-table__${line.status}`}>
                <td>{line.row}</td>
                <td>{line.name}</td>
                <td>{STATUS_WORDS[line.status]}</td>
                <td>{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          downloadFile(
            `import-report-${fileName.replace(/\.[^.]*$/, '')}.csv`,
            new Blob([reportCsv(report)], { type: 'text/csv;charset=utf-8' }),
          )
        }
      >
        Download the report (CSV)
      </button>
    </section>
  )
}
