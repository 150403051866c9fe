import {
  describeTimeBankStatus,
  type TimeBankApplication,
} from '../../../core/residents/time-bank-choice'
import { SummaryList } from './summary-list'

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long' })

/** "Your time banks": each application or membership with its status, on the "Your data" page. */
export function TimeBankApplications({
  applications,
}: {
  applications: readonly TimeBankApplication[]
}) {
  if (applications.length === 0) return null
  return (
    <section className="residents-section" aria-labelledby="time-banks-heading">
      <h2 className="residents-subheading" id="time-banks-heading">
        Your time banks
      </h2>
      <SummaryList
        rows={applications.map((application) => ({
          key: application.memberId,
          label: application.bankName,
          value: `${describeTimeBankStatus(application, day)} (applied on ${day(application.appliedAt)})`,
        }))}
      />
    </section>
  )
}
