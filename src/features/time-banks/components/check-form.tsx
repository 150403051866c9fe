import { useId, useState } from 'react'
import { FormField } from '../../../components/ui/form-field'
import type { CheckKind, TimeBankMember } from '../../../core/time-banks/time-bank'
import { today } from '../api/today'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'

/** Records a reference or a DBS check: the dates only, never the certificate. */
export function CheckForm({ members }: { members: readonly TimeBankMember[] }) {
  const id = useId()
  const [memberId, setMemberId] = useState('')
  const [kind, setKind] = useState<CheckKind>('dbs')
  const [checkedOn, setCheckedOn] = useState(today())
  const [expiresOn, setExpiresOn] = useState('')
  const [missing, setMissing] = useState(false)
  const { run, busy, error } = useTimeBankWrite()
  return (
    <form
      aria-label="Record a check"
      className="tb-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        if (!memberId || !checkedOn) {
          setMissing(true)
          return
        }
        const done = await run(async (port) => {
          await port.timeBanks.recordCheck(memberId, kind, checkedOn, expiresOn || null)
          return true
        })
        if (done) {
          setMemberId('')
          setExpiresOn('')
        }
      }}
    >
      <FormField
        id={`${id}-member`}
        label="Member"
        error={missing && !memberId ? 'Choose the member' : undefined}
      >
        <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
          <option value="">Choose a member</option>
          {members.map((member) => (
            <option key={member.memberId} value={member.memberId}>
              {member.displayName}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-kind`} label="Check">
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value === 'reference' ? 'reference' : 'dbs')}
        >
          <option value="dbs">DBS check</option>
          <option value="reference">Reference</option>
        </select>
      </FormField>
      <FormField id={`${id}-checked`} label="Checked on">
        <input
          id={`${id}-checked`}
          type="date"
          value={checkedOn}
          onChange={(e) => setCheckedOn(e.target.value)}
        />
      </FormField>
      <FormField id={`${id}-expires`} label="Expires on (optional)">
        <input
          id={`${id}-expires`}
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
      </FormField>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Recording…' : 'Record the check'}
      </button>
    </form>
  )
}
