import type { Listing, TimeBankMember } from '../../../core/time-banks/time-bank'
import { formatMinutes } from '../../../core/time-banks/format-minutes'
import { CHECK_DUE_LABELS, MEMBER_KIND_LABELS } from '../../../core/time-banks/time-bank-labels'
import {
  useAccounts,
  useChecksDue,
  useExchanges,
  useIntroductions,
  useListings,
  useMembers,
} from '../api/time-bank-queries'
import { BankAccounts } from './bank-accounts'
import { CheckForm } from './check-form'
import { ExchangeList } from './exchange-list'
import { GroupExchangeForm } from './group-exchange-form'
import { ListingList } from './listing-list'
import { EraseMemberAction } from './erase-member-action'
import { MemberForm } from './member-form'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { ReasonAction } from './reason-action'
import { WriteButton } from './write-button'

export interface CoordinatorWorkspaceProps {
  bankId: string
  onActFor: (member: TimeBankMember) => void
  openListingId: string | null
  onOpenListing: (listingId: string | null) => void
}

/**
 * A coordinator's bank: applications, members (recorded for those without a phone or email, and
 * acted for), checks due, requests with their matches and introductions, and the ledger.
 */
export function CoordinatorWorkspace(props: CoordinatorWorkspaceProps) {
  const { bankId } = props
  const members = useMembers(bankId)
  const accounts = useAccounts(bankId)
  const checks = useChecksDue(bankId)
  const listings = useListings(bankId)
  const introductions = useIntroductions(bankId)
  const exchanges = useExchanges(bankId)
  const active = members.status === 'ready' ? members.value.filter(isActive) : []
  const balanceOf = (memberId: string) =>
    accounts.status === 'ready'
      ? accounts.value.find((a) => a.kind === 'member' && a.memberId === memberId)?.balanceMinutes
      : undefined
  return (
    <div className="tb-workspace">
      <Section id="applications" title="Applications">
        <ReadStateView read={members} what="the applications">
          {(all) => {
            const applied = all.filter((m) => m.status === 'applied')
            return applied.length === 0 ? (
              <p className="muted">No applications are waiting.</p>
            ) : (
              <ul className="tb-list">
                {applied.map((member) => (
                  <li key={member.memberId} className="tb-list__item">
                    <p>
                      <strong>{member.displayName}</strong>{' '}
                      <span className="muted">
                        {[member.wardName, member.skills.map((s) => s.label).join(', ')]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </p>
                    <div className="tb-actions">
                      <WriteButton
                        label="Approve"
                        busyLabel="Approving…"
                        accessibleName={`Approve ${member.displayName}`}
                        write={(port) => port.timeBanks.reviewApplication(member.memberId, true)}
                      />
                      <ReasonAction
                        label="Decline"
                        busyLabel="Declining…"
                        subject={member.displayName}
                        write={(port, reason) =>
                          port.timeBanks.reviewApplication(member.memberId, false, reason)
                        }
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )
          }}
        </ReadStateView>
      </Section>

      <Section id="members" title="Members">
        <details className="tb-details">
          <summary>Record a member without a phone or email</summary>
          <MemberForm bankId={bankId} />
        </details>
        <ReadStateView read={members} what="the members">
          {() =>
            active.length === 0 ? (
              <p className="muted">No active members yet.</p>
            ) : (
              <div
                className="tb-table__scroll"
                tabIndex={0}
                role="region"
                aria-label="Members of the bank"
              >
                <table className="tb-table">
                  <caption className="visually-hidden">Active members</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Ward</th>
                      <th scope="col">DBS until</th>
                      <th scope="col" className="tb-number">
                        Balance
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {active.map((member) => {
                      const balance = balanceOf(member.memberId)
                      return (
                        <tr key={member.memberId}>
                          <td>
                            {member.displayName}
                            {member.kind !== 'resident' ? (
                              <span className="muted"> ({MEMBER_KIND_LABELS[member.kind]})</span>
                            ) : null}
                          </td>
                          <td>{member.wardName ?? '—'}</td>
                          <td>{member.dbsValidUntil ?? '—'}</td>
                          <td className="tb-number">
                            {balance === undefined ? '—' : formatMinutes(balance)}
                          </td>
                          <td>
                            <button
                              type="button"
                              className="link-button"
                              aria-label={`Act for ${member.displayName}`}
                              onClick={() => props.onActFor(member)}
                            >
                              Act for
                            </button>{' '}
                            <EraseMemberAction
                              memberId={member.memberId}
                              name={member.displayName}
                            />
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            )
          }
        </ReadStateView>
      </Section>

      <Section id="checks" title="Checks due">
        <ReadStateView
          read={checks}
          what="the checks due"
          empty="No references or DBS checks are due in the next 60 days."
        >
          {(due) => (
            <ul className="tb-list">
              {due.map((check) => (
                <li key={`${check.memberId}-${check.what}`} className="tb-list__item">
                  <strong>{check.displayName}</strong>: {CHECK_DUE_LABELS[check.what]}
                  {check.dueOn ? ` (${check.dueOn})` : ''}
                </li>
              ))}
            </ul>
          )}
        </ReadStateView>
        <details className="tb-details">
          <summary>Record a reference or DBS check</summary>
          <CheckForm members={active} />
        </details>
      </Section>

      <Section id="requests" title="Requests, offers and introductions">
        <ReadStateView read={listings} what="the offers and requests">
          {(all) => {
            const open = all.filter((l: Listing) => l.status === 'open')
            return open.length === 0 ? (
              <p className="muted">No open offers or requests.</p>
            ) : (
              <ListingList
                listings={open}
                openId={props.openListingId}
                onOpen={props.onOpenListing}
                canIntroduce
                canClose
              />
            )
          }}
        </ReadStateView>
        <h4 className="tb-subheading">Introductions made</h4>
        <ReadStateView read={introductions} what="the introductions" empty="No introductions yet.">
          {(made) => (
            <ul className="tb-list" aria-label="Introductions made">
              {made.map((intro) => (
                <li key={intro.introductionId} className="tb-list__item">
                  {`${intro.requester} (“${intro.requestTitle}”) to ${intro.offerer} (“${intro.offerTitle}”)`}
                  <span className="muted"> · {intro.createdAt.slice(0, 10)}</span>
                </li>
              ))}
            </ul>
          )}
        </ReadStateView>
      </Section>

      <Section id="ledger" title="Ledger">
        <details className="tb-details">
          <summary>Record a group exchange</summary>
          <GroupExchangeForm members={active} />
        </details>
        <ReadStateView read={exchanges} what="the exchanges" empty="No exchanges yet.">
          {(all) => <ExchangeList exchanges={all} coordinator />}
        </ReadStateView>
        <h4 className="tb-subheading">The bank's own accounts</h4>
        <ReadStateView read={accounts} what="the bank's accounts">
          {(all) => <BankAccounts accounts={all} />}
        </ReadStateView>
      </Section>
    </div>
  )
}

const isActive = (member: TimeBankMember) => member.status === 'active'

function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: React.ReactNode
}) {
  return (
    <section className="tb-section" aria-labelledby={`tb-coordinate-${id}`}>
      <h3 id={`tb-coordinate-${id}`} className="tb-heading">
        {title}
      </h3>
      {children}
    </section>
  )
}
