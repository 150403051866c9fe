import type { Exchange, TimeBankMember } from '../../../core/time-banks/time-bank'
import { formatMinutes } from '../../../core/time-banks/format-minutes'
import { useAccounts, useExchanges, useListings, useMembers } from '../api/time-bank-queries'
import { DonationForm } from './donation-form'
import { ExchangeForm } from './exchange-form'
import { ExchangeList } from './exchange-list'
import { ListingForm } from './listing-form'
import { ListingList } from './listing-list'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { ProfileForm } from './profile-form'
import { StatementView } from './statement-view'

export interface MemberWorkspaceProps {
  member: TimeBankMember
  /** A coordinator acting for the member (who may have no phone or email). */
  actingAsCoordinator: boolean
  /** The listing whose matches are open (and on the map). */
  openListingId: string | null
  onOpenListing: (listingId: string | null) => void
}

/**
 * A member's time bank: their balance, exchanges waiting for them, their offers and requests with
 * matches, recording an exchange, giving hours, and their statement.
 */
export function MemberWorkspace({
  member,
  actingAsCoordinator,
  openListingId,
  onOpenListing,
}: MemberWorkspaceProps) {
  const accounts = useAccounts(member.bankId)
  const exchanges = useExchanges(member.bankId)
  const listings = useListings(member.bankId)
  const members = useMembers(member.bankId)
  const others =
    members.status === 'ready'
      ? members.value.filter((m) => m.status === 'active' && m.memberId !== member.memberId)
      : []
  const involves = (exchange: Exchange) =>
    exchange.legs.some(
      (leg) => leg.giver === member.displayName || leg.receiver === member.displayName,
    )
  const mine = (all: readonly Exchange[]) => (actingAsCoordinator ? all.filter(involves) : all)
  const you = member.isMe && !actingAsCoordinator ? 'you' : member.displayName
  return (
    <div className="tb-workspace">
      <section className="tb-section" aria-labelledby={`tb-balance-${member.memberId}`}>
        <h3 id={`tb-balance-${member.memberId}`} className="tb-heading">
          Balance
        </h3>
        <ReadStateView read={accounts} what="the balance">
          {(all) => {
            const account = all.find((a) => a.kind === 'member' && a.memberId === member.memberId)
            return (
              <p className="tb-balance" data-testid="time-bank-balance">
                <span className="tb-balance__figure">
                  {formatMinutes(account?.balanceMinutes ?? 0)}
                </span>{' '}
                <span className="muted">in {member.bankName}</span>
              </p>
            )
          }}
        </ReadStateView>
      </section>

      <section className="tb-section" aria-labelledby={`tb-waiting-${member.memberId}`}>
        <h3 id={`tb-waiting-${member.memberId}`} className="tb-heading">
          Waiting for {you}
        </h3>
        <ReadStateView read={exchanges} what="the exchanges">
          {(all) => {
            const waiting = mine(all).filter(
              (e) =>
                e.awaitingMe ||
                (actingAsCoordinator && (e.status === 'pending' || e.status === 'disputed')),
            )
            return waiting.length === 0 ? (
              <p className="muted">Nothing is waiting for {you} to confirm.</p>
            ) : (
              <ExchangeList exchanges={waiting} coordinator={actingAsCoordinator} />
            )
          }}
        </ReadStateView>
      </section>

      <section className="tb-section" aria-labelledby={`tb-listings-${member.memberId}`}>
        <h3 id={`tb-listings-${member.memberId}`} className="tb-heading">
          Offers and requests
        </h3>
        <ReadStateView read={listings} what="the offers and requests">
          {(all) => {
            const own = all.filter((l) => l.memberId === member.memberId && l.status === 'open')
            return own.length === 0 ? (
              <p className="muted">No offers or requests yet: post one below.</p>
            ) : (
              <ListingList
                listings={own}
                openId={openListingId}
                onOpen={onOpenListing}
                canIntroduce={actingAsCoordinator}
                canClose
              />
            )
          }}
        </ReadStateView>
        <details className="tb-details">
          <summary>Post an offer or request</summary>
          <ListingForm member={member} />
        </details>
      </section>

      <section className="tb-section" aria-labelledby={`tb-record-${member.memberId}`}>
        <h3 id={`tb-record-${member.memberId}`} className="tb-heading">
          Exchanges
        </h3>
        <details className="tb-details">
          <summary>Record an exchange</summary>
          <ExchangeForm member={member} others={others} />
        </details>
        <details className="tb-details">
          <summary>Give hours to a member or the community pot</summary>
          <DonationForm member={member} others={others} />
        </details>
        <ReadStateView read={exchanges} what="the exchanges">
          {(all) => {
            const shown = mine(all)
            return shown.length === 0 ? (
              <p className="muted">No exchanges yet.</p>
            ) : (
              <ExchangeList exchanges={shown} coordinator={actingAsCoordinator} />
            )
          }}
        </ReadStateView>
      </section>

      <section className="tb-section" aria-labelledby={`tb-profile-${member.memberId}`}>
        <h3 id={`tb-profile-${member.memberId}`} className="tb-heading">
          Profile
        </h3>
        <details className="tb-details">
          <summary>Change what the bank's members see</summary>
          <ProfileForm member={member} />
        </details>
      </section>

      <section className="tb-section" aria-labelledby={`tb-statement-${member.memberId}`}>
        <h3 id={`tb-statement-${member.memberId}`} className="tb-heading">
          Statement
        </h3>
        <StatementView member={member} />
      </section>
    </div>
  )
}
