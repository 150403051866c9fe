import '../time-banks.css'
import { useState } from 'react'
import { useTimeBankRoles } from '../api/time-bank-queries'
import { MemberWorkspace } from './member-workspace'

/**
 * "Your time bank" for a resident signed in on their own page: each bank they are an active
 * member of, as themselves (the port given above is bound to their sign-in). Nothing when they
 * are a member of none (their application, if any, is on the page already).
 */
export function MyTimeBank() {
  const { memberships } = useTimeBankRoles(true)
  const [openListingId, setOpenListingId] = useState<string | null>(null)
  if (memberships.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading your time bank…
      </p>
    )
  }
  if (memberships.status === 'failed') {
    return (
      <p className="form-message form-message--error" role="alert">
        Your time bank could not be loaded: {memberships.message}
      </p>
    )
  }
  return memberships.value
    .filter((member) => member.status === 'active')
    .map((member) => (
      <section
        key={member.memberId}
        className="residents-section tb-panel"
        aria-labelledby={`my-time-bank-${member.memberId}`}
      >
        <h2 className="residents-subheading" id={`my-time-bank-${member.memberId}`}>
          Your time bank: {member.bankName}
        </h2>
        <MemberWorkspace
          member={member}
          actingAsCoordinator={false}
          openListingId={openListingId}
          onOpenListing={setOpenListingId}
        />
      </section>
    ))
}
