import { useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { downloadFile } from '../../../components/download-file'
import { formatMinutes, formatSignedMinutes } from '../../../core/time-banks/format-minutes'
import { statementToCsv } from '../../../core/time-banks/statement-to-csv'
import type { StatementEntry, TimeBankMember } from '../../../core/time-banks/time-bank'
import { labelOf, EXCHANGE_KIND_LABELS } from '../../../core/time-banks/time-bank-labels'
import { useStatement } from '../api/time-bank-queries'
import { today } from '../api/today'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'
import { ReadStateView } from '../../../components/ui/read-state-view'

/** A member's statement: every entry with the balance after it, as CSV, and printed on A4. */
export function StatementView({ member }: { member: TimeBankMember }) {
  const statement = useStatement(member.memberId)
  const recording = useTimeBankWrite()
  const [printing, setPrinting] = useState(false)
  const print = () => {
    // The sheet is put on the page first; the print stylesheet shows it alone (time-banks.css).
    flushSync(() => setPrinting(true))
    document.body.classList.add('tb-printing')
    window.print()
    document.body.classList.remove('tb-printing')
    setPrinting(false)
  }
  return (
    <section aria-label={`Statement of ${member.displayName}`} className="tb-section">
      <ReadStateView
        read={statement}
        what="the statement"
        empty="Nothing on the statement yet: exchanges appear here once they are confirmed."
      >
        {(entries) => (
          <>
            <div className="tb-actions">
              <button
                type="button"
                className="button button--secondary"
                disabled={recording.busy}
                aria-busy={recording.busy}
                onClick={async () => {
                  // Recorded in the audit log first: a download that cannot be recorded is not made.
                  const recorded = await recording.run(async (port) => {
                    await port.timeBanks.recordStatementDownload(entries.length)
                    return true
                  })
                  if (recorded) {
                    downloadFile(
                      `time-bank-statement-${slug(member.displayName)}-${today()}.csv`,
                      new Blob([statementToCsv(entries)], { type: 'text/csv;charset=utf-8' }),
                    )
                  }
                }}
              >
                {recording.busy ? 'Preparing the statement…' : 'Download the statement (CSV)'}
              </button>
              <button type="button" className="button button--secondary" onClick={print}>
                Print the statement
              </button>
            </div>
            <FormError error={recording.error} />
            <StatementTable entries={entries} member={member} />
            {printing
              ? createPortal(
                  <div className="tb-print-sheet">
                    <h1>
                      {member.bankName}: statement of {member.displayName}
                    </h1>
                    <p>Printed {today()}</p>
                    <StatementTable entries={entries} member={member} />
                  </div>,
                  document.body,
                )
              : null}
          </>
        )}
      </ReadStateView>
    </section>
  )
}

function StatementTable({
  entries,
  member,
}: {
  entries: readonly StatementEntry[]
  member: TimeBankMember
}) {
  const balance = entries.at(-1)?.balanceAfter ?? 0
  return (
    <div className="tb-table__scroll" tabIndex={0} role="region" aria-label="Statement entries">
      <table className="tb-table">
        <caption>
          Statement of {member.displayName}: balance {formatMinutes(balance)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What</th>
            <th scope="col">With</th>
            <th scope="col" className="tb-number">
              Time
            </th>
            <th scope="col" className="tb-number">
              Balance
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.entryId}>
              <td>{entry.occurredOn}</td>
              <td>{entry.description || labelOf(EXCHANGE_KIND_LABELS, entry.kind)}</td>
              <td>{entry.counterparty}</td>
              <td className="tb-number">{formatSignedMinutes(entry.minutes)}</td>
              <td className="tb-number">{formatMinutes(entry.balanceAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'member'
