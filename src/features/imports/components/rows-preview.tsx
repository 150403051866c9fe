import type { ColumnMapping } from '../../../core/imports/column-mapping'
import type { SourceTable } from '../../../core/imports/read-delimited-table'
import type { ImportRow, ReadRow } from '../../../core/imports/to-import-row'

const PREVIEW_ROWS = 10

function placeOf(row: ImportRow): string {
  if (row.lat !== undefined && row.lng !== undefined) {
    return `${row.lat.toFixed(5)}, ${row.lng.toFixed(5)}`
  }
  return row.postcode ?? ''
}

/**
 * The first rows as the mapping reads them, with the problems found on this device (numbers that
 * are not numbers, a place off the grid); the database checks the rest when the rows are checked.
 */
export function RowsPreview({
  table,
  mapping,
  rows,
}: {
  table: SourceTable
  mapping: ColumnMapping
  rows: readonly ReadRow[]
}) {
  const problems = rows.filter((read) => !read.ok).length
  const nameColumn = table.headers.indexOf(mapping.name ?? '')
  return (
    <>
      <p>
        {rows.length} {rows.length === 1 ? 'row' : 'rows'}
        {problems > 0
          ? `, of which ${problems} cannot be read (shown as refused in the report).`
          : ', all readable here; the check will apply the map’s own rules.'}
      </p>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label="First rows">
        <table className="import-table">
          <caption className="visually-hidden">
            The first {Math.min(PREVIEW_ROWS, rows.length)} rows as they will be read
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Place</th>
              <th scope="col">Problem found here</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PREVIEW_ROWS).map((read) =>
              read.ok ? (
                <tr key={read.row.row}>
                  <td>{read.row.row}</td>
                  <td>{read.row.name}</td>
                  <td>{read.row.kind}</td>
                  <td>{placeOf(read.row)}</td>
                  <td />
                </tr>
              ) : (
                <tr key={read.row} className="import-table__refused">
                  <td>{read.row}</td>
                  <td>{table.rows[read.row - 1]?.[nameColumn] ?? ''}</td>
                  <td />
                  <td />
                  <td>{read.reason}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  )
}
