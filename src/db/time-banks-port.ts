import type { Availability } from '../core/residents/offer-choices'
import type {
  Account,
  CheckDue,
  CheckKind,
  Exchange,
  Introduction,
  Listing,
  ListingMatch,
  NewDonation,
  NewExchange,
  NewListing,
  NewTimeBankMember,
  StatementEntry,
  TimeBankMember,
} from '../core/time-banks/time-bank'

/** A bank as everyone may read it. */
export interface TimeBankSummary {
  bankId: string
  programmeId: string
  name: string
}

/**
 * The time banks (docs/time-banks.md): members, applications, checks, offers and requests,
 * matching, introductions, the ledger's exchanges and donations, balances and statements. Every
 * method is one SQL function or `security_invoker` view, the same in both modes; the database
 * decides who may do what, and a refusal arrives as a DataError in words. Writes that make a row
 * carry a client-made id, so that a retry is the same write.
 */
export interface TimeBanksPort {
  /** Every bank. */
  listBanks(): Promise<TimeBankSummary[]>
  /** The banks the acting person coordinates (`coordinate_time_bank`, by its scopes). */
  coordinatedBanks(): Promise<TimeBankSummary[]>
  /** The acting person's own memberships, of any status. */
  myMemberships(): Promise<TimeBankMember[]>
  /** A bank's members the acting person may see (coordinators: all; members: the active ones). */
  listMembers(bankId: string): Promise<TimeBankMember[]>
  /** Approves or declines an application (with a reason when declined). */
  reviewApplication(memberId: string, approve: boolean, reason?: string): Promise<TimeBankMember>
  /** A coordinator records a member, active at once (no phone or email needed). */
  recordMember(member: NewTimeBankMember): Promise<TimeBankMember>
  /** Changes a member's profile (the member, or a coordinator of their bank). */
  updateMember(
    memberId: string,
    profile: { about: string; availability: Availability[]; skills: string[] },
  ): Promise<TimeBankMember>
  /**
   * Erases a member (a coordinator of their bank, or an administrator): their name, place, skills,
   * checks and listings go; their account and entries stay as "A former member", so that every
   * balance stays true.
   */
  eraseMember(memberId: string): Promise<void>
  /** Records a reference or a DBS check: the dates only, never the certificate. */
  recordCheck(
    memberId: string,
    kind: CheckKind,
    checkedOn: string,
    expiresOn: string | null,
  ): Promise<void>
  /** References and DBS checks due within `withinDays` (default 60). */
  checksDue(bankId: string, withinDays?: number): Promise<CheckDue[]>
  /** Open and closed offers and requests of a bank, newest first. */
  listListings(bankId: string): Promise<Listing[]>
  postListing(listing: NewListing): Promise<Listing>
  closeListing(listingId: string): Promise<Listing>
  /** Listings of the other direction, best first (at most 50). */
  matchListing(listingId: string): Promise<ListingMatch[]>
  /** Records that a coordinator introduced a request's member to an offer's member. */
  introduce(
    clientId: string,
    requestId: string,
    offerId: string,
    note: string | null,
  ): Promise<string>
  listIntroductions(bankId: string): Promise<Introduction[]>
  /** Exchanges the acting person may see (parties, coordinators), newest first. */
  listExchanges(bankId: string): Promise<Exchange[]>
  recordExchange(exchange: NewExchange): Promise<Exchange>
  donate(donation: NewDonation): Promise<Exchange>
  confirmExchange(exchangeId: string): Promise<Exchange>
  disputeExchange(exchangeId: string, reason: string): Promise<Exchange>
  cancelExchange(exchangeId: string, reason: string): Promise<Exchange>
  /** A correcting exchange that moves the hours back; `correctionId` is made on the device. */
  reverseExchange(correctionId: string, exchangeId: string, reason: string): Promise<Exchange>
  /** Accounts the acting person may see (their own; a coordinator's banks' all). */
  listAccounts(bankId?: string): Promise<Account[]>
  /** A member's statement, oldest first. */
  statement(memberId: string): Promise<StatementEntry[]>
  /**
   * Records in the audit log that the acting person (the member, their own; or a coordinator)
   * downloads a statement of `entryCount` entries, before the download (record_export). Here
   * rather than in ExportsPort so that on "Your data" it runs as the resident signed in there.
   * @throws DataError `42501` for someone who is neither
   */
  recordStatementDownload(entryCount: number): Promise<void>
}
