import { useId, useState } from 'react'
import { Tabs } from '../../../components/ui/tabs'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import type { ReadState } from '../../../db/use-port-query'
import type { TimeBankSummary } from '../../../db/time-banks-port'
import { CoordinatorWorkspace } from './coordinator-workspace'
import { MemberWorkspace } from './member-workspace'

export interface TimeBankPanelProps {
  memberships: ReadState<TimeBankMember[]>
  coordinated: ReadState<TimeBankSummary[]>
  bankId: string | null
  onBankChange: (bankId: string) => void
  /** The member a coordinator acts for, or null. */
  actingFor: TimeBankMember | null
  onActFor: (member: TimeBankMember | null) => void
  openListingId: string | null
  onOpenListing: (listingId: string | null) => void
}

/** The Time bank tab: a member's own time, a coordinator's bank, or both, one bank at a time. */
export function TimeBankPanel(props: TimeBankPanelProps) {
  const selectId = useId()
  const [view, setView] = useState('mine')
  const { memberships, coordinated, actingFor } = props
  if (memberships.status === 'loading' || coordinated.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading the time bank…
      </p>
    )
  }
  const failure = [memberships, coordinated].find((read) => read.status === 'failed')
  if (failure?.status === 'failed') {
    return (
      <p className="form-message form-message--error" role="alert">
        The time bank could not be loaded: {failure.message}
      </p>
    )
  }
  const mine = memberships.status === 'ready' ? memberships.value : []
  const coordinating = coordinated.status === 'ready' ? coordinated.value : []
  const banks = [
    ...coordinating,
    ...mine
      .filter((m) => !coordinating.some((bank) => bank.bankId === m.bankId))
      .map((m) => ({ bankId: m.bankId, name: m.bankName })),
  ]
  const bankId =
    banks.find((bank) => bank.bankId === props.bankId)?.bankId ?? banks[0]?.bankId ?? null
  const bank = banks.find((b) => b.bankId === bankId)
  const membership = mine.find((m) => m.bankId === bankId) ?? null
  const coordinates = coordinating.some((b) => b.bankId === bankId)

  const own = membership ? <OwnTime member={membership} {...props} /> : null
  const coordinate =
    coordinates && bankId ? (
      actingFor && actingFor.bankId === bankId ? (
        <div>
          <div className="tb-acting">
            <h3 className="tb-heading">Acting for {actingFor.displayName}</h3>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => props.onActFor(null)}
            >
              Back to the bank
            </button>
          </div>
          <MemberWorkspace
            key={actingFor.memberId}
            member={actingFor}
            actingAsCoordinator
            openListingId={props.openListingId}
            onOpenListing={props.onOpenListing}
          />
        </div>
      ) : (
        <CoordinatorWorkspace
          bankId={bankId}
          onActFor={props.onActFor}
          openListingId={props.openListingId}
          onOpenListing={props.onOpenListing}
        />
      )
    ) : null

  return (
    <section aria-labelledby="time-bank-title" className="tb-panel">
      <h2 id="time-bank-title" className="tb-title">
        {bank?.name ?? 'Time bank'}
      </h2>
      {banks.length > 1 ? (
        <div className="form-field">
          <label className="form-field__label" htmlFor={selectId}>
            Bank
          </label>
          <select
            id={selectId}
            value={bankId ?? ''}
            onChange={(event) => {
              props.onActFor(null)
              props.onOpenListing(null)
              props.onBankChange(event.target.value)
            }}
          >
            {banks.map((b) => (
              <option key={b.bankId} value={b.bankId}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {banks.length === 0 ? (
        <p className="muted">You are not a member of a time bank.</p>
      ) : own && coordinate ? (
        <Tabs
          label="Time bank views"
          selectedId={view}
          onSelect={setView}
          tabs={[
            { id: 'mine', label: 'My time', content: own },
            { id: 'coordinate', label: 'Coordinate', content: coordinate },
          ]}
        />
      ) : (
        (own ?? coordinate)
      )}
    </section>
  )
}

function OwnTime({ member, ...props }: TimeBankPanelProps & { member: TimeBankMember }) {
  if (member.status === 'applied') {
    return (
      <p className="tb-note" role="status">
        Your application to {member.bankName} is waiting for a coordinator.
      </p>
    )
  }
  if (member.status !== 'active') {
    return (
      <p className="tb-note">
        Your membership of {member.bankName} is not active
        {member.statusReason ? `: ${member.statusReason}` : '.'}
      </p>
    )
  }
  return (
    <MemberWorkspace
      member={member}
      actingAsCoordinator={false}
      openListingId={props.openListingId}
      onOpenListing={props.onOpenListing}
    />
  )
}
