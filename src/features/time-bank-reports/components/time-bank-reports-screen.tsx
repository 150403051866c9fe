import './time-bank-reports.css'
import { useId, useState } from 'react'
import { ErrorPanel } from '../../../components/ui/error-panel'
import { NEW_BANK } from '../api/time-bank-settings-schema'
import { useSaveTimeBank } from '../api/use-save-time-bank'
import { useCoordinatedBankIds, useTimeBankList } from '../api/use-time-bank-list'
import { REPORT_MONTHS, useMonthlyReport, useWardSkillReport } from '../api/use-time-bank-report'
import { MonthlyReport } from './monthly-report'
import { SocialValuePanel } from './social-value-panel'
import { TimeBankSettingsForm } from './time-bank-settings-form'
import { WardSkillReport } from './ward-skill-report'

export interface TimeBankReportsScreenProps {
  /** Coordinators: the reports and social value. */
  canReport: boolean
  /** Administrators: the banks' settings. */
  canManage: boolean
  /** Today, `YYYY-MM-DD` (the period's end). */
  today: string
}

const NEW = 'new'

/**
 * Time banks for coordinators and administrators: choose a bank, then its monthly report,
 * exchanges by ward and skill and social value (coordinators), and its settings (administrators).
 */
export function TimeBankReportsScreen({ canReport, canManage, today }: TimeBankReportsScreenProps) {
  const id = useId()
  const banks = useTimeBankList()
  const save = useSaveTimeBank()
  const [chosen, setChosen] = useState<string | null>(null)
  const [period, setPeriod] = useState({ from: yearBefore(today), to: today })
  const coordinated = useCoordinatedBankIds(canReport).value ?? []
  // A coordinator is offered their own banks; an administrator every bank.
  const list = (banks.value ?? []).filter((b) => canManage || coordinated.includes(b.bankId ?? ''))
  const bankId = chosen ?? list[0]?.bankId ?? null
  const bank = bankId === NEW ? NEW_BANK : (list.find((b) => b.bankId === bankId) ?? null)
  const reportBank = canReport && bank?.bankId ? bank.bankId : null
  const monthly = useMonthlyReport(reportBank)
  const wardSkill = useWardSkillReport(reportBank, period.from, period.to)

  return (
    <div className="time-bank-reports" id="time-bank-reports" tabIndex={-1}>
      <h2>Time bank reports and settings</h2>
      {banks.read.status === 'loading' ? (
        <p role="status">Loading the time banks…</p>
      ) : banks.read.status === 'failed' ? (
        <ErrorPanel title="The time banks could not be read" message={banks.read.message} />
      ) : list.length === 0 && !canManage ? (
        <p>You coordinate no time bank yet: an administrator can give you one.</p>
      ) : (
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-bank`}>
            Time bank
          </label>
          <select
            id={`${id}-bank`}
            value={bankId ?? ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            {list.map((b) => (
              <option key={b.bankId} value={b.bankId!}>
                {b.name}
              </option>
            ))}
            {canManage ? <option value={NEW}>Open a new bank…</option> : null}
          </select>
        </div>
      )}
      {bank && reportBank ? (
        <>
          <section aria-labelledby={`${id}-monthly`}>
            <h3 id={`${id}-monthly`}>{bank.name}: the last 12 months</h3>
            <MonthlyReport
              bankName={bank.name}
              report={monthly.read}
              thisMonth={`${today.slice(0, 7)}-01`}
              months={REPORT_MONTHS}
            />
          </section>
          <section aria-labelledby={`${id}-value`}>
            <h3 id={`${id}-value`}>Social value</h3>
            <SocialValuePanel
              bank={bank}
              minutes={
                monthly.read.status === 'ready'
                  ? monthly.read.value.reduce((sum, month) => sum + month.minutes, 0)
                  : null
              }
              period="the last 12 months"
            />
          </section>
          <section aria-labelledby={`${id}-wards`}>
            <h3 id={`${id}-wards`}>Exchanges by ward and skill</h3>
            <WardSkillReport
              bankName={bank.name}
              from={period.from}
              to={period.to}
              onPeriod={(from, to) => setPeriod({ from, to })}
              report={wardSkill.read}
            />
          </section>
        </>
      ) : null}
      {bank && canManage ? (
        <section aria-labelledby={`${id}-settings`}>
          <h3 id={`${id}-settings`}>
            {bank.bankId === null ? 'Open a new time bank' : `${bank.name}: settings`}
          </h3>
          <TimeBankSettingsForm
            key={bank.bankId ?? NEW}
            bank={bank}
            onSave={async (settings) => {
              const saved = await save(settings)
              setChosen(saved.bankId)
              return saved
            }}
          />
        </section>
      ) : null}
    </div>
  )
}

/** The first day of the month a year before `day`'s month: the default period's start. */
function yearBefore(day: string): string {
  const [year, month] = day.split('-')
  return `${Number(year) - 1}-${month}-01`
}
