import { BarChart } from '../../../components/ui/bar-chart'
import { downloadFile } from '../../../components/download-file'
import { ErrorPanel } from '../../../components/ui/error-panel'
import {
  formatHours,
  monthLabel,
  toMonthlyReportSeries,
  type MonthlyReportSeries,
} from '../../../core/time-banks/monthly-report-series'
import type { ReadState } from '../../../db/use-port-query'
import type { MonthlyActivity } from '../../../core/time-banks/time-bank-report'
import { toMonthlyReportCsv } from '../export/to-report-csv'

export interface MonthlyReportProps {
  bankName: string
  report: ReadState<MonthlyActivity[]>
  /** The current month, `YYYY-MM-01`. */
  thisMonth: string
  months: number
}

/**
 * A bank's last 12 months for its coordinators: the period's totals, a chart each of hours
 * exchanged, active members and new members per month, the figures as a table, and a CSV.
 */
export function MonthlyReport({ bankName, report, thisMonth, months }: MonthlyReportProps) {
  if (report.status === 'loading') {
    return <p role="status">Loading the monthly report…</p>
  }
  if (report.status === 'failed') {
    return <ErrorPanel title="The monthly report could not be read" message={report.message} />
  }
  const series = toMonthlyReportSeries(report.value, thisMonth, months)
  const download = () =>
    downloadFile(
      `time-bank-monthly-report.csv`,
      new Blob(['\uFEFF', toMonthlyReportCsv(bankName, series)], {
        type: 'text/csv;charset=utf-8',
      }),
    )
  return (
    <>
      <dl className="time-bank-reports__totals" aria-label="The last 12 months">
        <div>
          <dt>Hours exchanged</dt>
          <dd data-testid="report-hours">{formatHours(series.totals.minutes)}</dd>
        </div>
        <div>
          <dt>Exchanges</dt>
          <dd>{series.totals.exchanges.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Active members (busiest month)</dt>
          <dd>{series.totals.peakActiveMembers.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>New members</dt>
          <dd>{series.totals.newMembers.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      {series.totals.exchanges === 0 && series.totals.newMembers === 0 ? (
        <p>No exchanges were confirmed and nobody joined in the last 12 months.</p>
      ) : (
        <div className="time-bank-reports__charts">
          <MonthChart
            series={series}
            title="Hours exchanged per month"
            pick={(m) => m.minutes / 60}
          />
          <MonthChart
            series={series}
            title="Active members per month"
            pick={(m) => m.activeMembers}
          />
          <MonthChart series={series} title="New members per month" pick={(m) => m.newMembers} />
        </div>
      )}
      {/* Focusable: a keyboard scrolls a table wider than a phone. */}
      <div
        className="time-bank-reports__table"
        tabIndex={0}
        role="region"
        aria-label="Month by month, table"
      >
        <table>
          <caption>Month by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Exchanges</th>
              <th scope="col">Hours</th>
              <th scope="col">Active members</th>
              <th scope="col">New members</th>
            </tr>
          </thead>
          <tbody>
            {series.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month)}</th>
                <td>{month.exchanges}</td>
                <td>{formatHours(month.minutes)}</td>
                <td>{month.activeMembers}</td>
                <td>{month.newMembers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={download}>
        Download the monthly report (CSV)
      </button>
    </>
  )
}

function MonthChart({
  series,
  title,
  pick,
}: {
  series: MonthlyReportSeries
  title: string
  pick: (month: MonthlyReportSeries['months'][number]) => number
}) {
  return (
    <BarChart
      title={title}
      format={(value) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
      rows={series.months.map((month) => ({
        label: monthLabel(month.month),
        value: pick(month),
        reference: null,
      }))}
    />
  )
}
