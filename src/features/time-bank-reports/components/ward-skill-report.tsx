import { BarChart } from '../../../components/ui/bar-chart'
import { downloadFile } from '../../../components/download-file'
import { ErrorPanel } from '../../../components/ui/error-panel'
import { formatHours } from '../../../core/time-banks/monthly-report-series'
import type { WardSkillExchanges } from '../../../core/time-banks/time-bank-report'
import type { ReadState } from '../../../db/use-port-query'
import { toWardSkillCsv } from '../export/to-report-csv'

export interface WardSkillReportProps {
  bankName: string
  from: string
  to: string
  onPeriod: (from: string, to: string) => void
  report: ReadState<WardSkillExchanges[]>
}

/** Bars drawn per chart: the busiest; the table lists every one. */
const CHART_ROWS = 10

/**
 * Exchanges by the receiver's ward and by skill over a period the coordinator chooses: the
 * busiest wards and skills as charts, every pair as a table, and a CSV.
 */
export function WardSkillReport({ bankName, from, to, onPeriod, report }: WardSkillReportProps) {
  const badPeriod = from === '' || to === '' || from > to
  const rows = report.status === 'ready' ? report.value : []
  const download = () =>
    downloadFile(
      `time-bank-exchanges-by-ward-and-skill.csv`,
      new Blob(['\uFEFF', toWardSkillCsv(bankName, from, to, rows)], {
        type: 'text/csv;charset=utf-8',
      }),
    )
  return (
    <>
      <fieldset className="time-bank-reports__period">
        <legend>Period</legend>
        <label>
          From
          <input type="date" value={from} max={to} onChange={(e) => onPeriod(e.target.value, to)} />
        </label>
        <label>
          To
          <input
            type="date"
            value={to}
            min={from}
            onChange={(e) => onPeriod(from, e.target.value)}
          />
        </label>
      </fieldset>
      {badPeriod ? (
        <p className="form-message form-message--error" role="alert">
          Choose a period whose first day is on or before its last.
        </p>
      ) : report.status === 'loading' ? (
        <p role="status">Loading exchanges by ward and skill…</p>
      ) : report.status === 'failed' ? (
        <ErrorPanel
          title="Exchanges by ward and skill could not be read"
          message={report.message}
        />
      ) : rows.length === 0 ? (
        <p>No exchanges were confirmed in this period.</p>
      ) : (
        <>
          <div className="time-bank-reports__charts">
            <BarChart
              title="Hours by ward"
              format={(value) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
              rows={busiest(rows, (row) => row.wardName ?? 'Ward not known')}
            />
            <BarChart
              title="Hours by skill"
              format={(value) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
              rows={busiest(rows, (row) => row.giftLabel ?? 'No skill named')}
            />
          </div>
          {/* Focusable: a keyboard scrolls a table wider than a phone. */}
          <div
            className="time-bank-reports__table"
            tabIndex={0}
            role="region"
            aria-label="Exchanges by ward and skill, table"
          >
            <table>
              <caption>Exchanges by ward and skill</caption>
              <thead>
                <tr>
                  <th scope="col">Ward</th>
                  <th scope="col">Skill</th>
                  <th scope="col">Exchanges</th>
                  <th scope="col">Hours</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.wardCode ?? '-'} ${row.giftType ?? '-'}`}>
                    <th scope="row">{row.wardName ?? 'Ward not known'}</th>
                    <td>{row.giftLabel ?? 'No skill named'}</td>
                    <td>{row.exchanges}</td>
                    <td>{formatHours(row.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button button--secondary" onClick={download}>
            Download exchanges by ward and skill (CSV)
          </button>
        </>
      )}
    </>
  )
}

/** Hours per label, busiest first, at most CHART_ROWS. */
function busiest(rows: readonly WardSkillExchanges[], label: (row: WardSkillExchanges) => string) {
  const minutes = new Map<string, number>()
  for (const row of rows) minutes.set(label(row), (minutes.get(label(row)) ?? 0) + row.minutes)
  return [...minutes]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'))
    .slice(0, CHART_ROWS)
    .map(([name, total]) => ({ label: name, value: total / 60, reference: null }))
}
