// The time banks' domain types, as docs/time-banks.md's views and functions give them. One time
// credit is one hour given; every amount is a whole number of minutes.
import type { GiftKind } from '../residents/gift-kind'
import type { Availability } from '../residents/offer-choices'

export const MEMBER_KINDS = ['resident', 'organisation', 'group'] as const
export type MemberKind = (typeof MEMBER_KINDS)[number]
export const MEMBER_STATUSES = ['applied', 'active', 'declined', 'left'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

/** A skill of a member, from the gifts taxonomy. */
export interface MemberSkill {
  giftType: string
  kind: GiftKind
  label: string
}

/** A row of `time_bank_member_list`. */
export interface TimeBankMember {
  memberId: string
  bankId: string
  bankName: string
  kind: MemberKind
  status: MemberStatus
  statusReason: string | null
  displayName: string
  about: string
  postcodeSector: string | null
  wardCode: string | null
  wardName: string | null
  availability: Availability[]
  skills: MemberSkill[]
  appliedAt: string
  joinedAt: string | null
  lastActiveAt: string | null
  isMe: boolean
  /** `YYYY-MM-DD`; only coordinators and the member see it. */
  dbsValidUntil: string | null
  recordedByCoordinator: boolean
}

/** A member a coordinator records (someone without a phone or email, an organisation, a group). */
export interface NewTimeBankMember {
  clientId: string
  bankId: string
  kind: MemberKind
  displayName: string
  postcode: string | null
  assetId: string | null
  about: string | null
  availability: Availability[]
  skills: string[]
}

export const CHECK_KINDS = ['reference', 'dbs'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]
export const CHECKS_DUE = [
  'dbs_expired',
  'dbs_expiring',
  'dbs_missing',
  'references_missing',
] as const
export type CheckDueWhat = (typeof CHECKS_DUE)[number]

/** A row of `time_bank_checks_due`. */
export interface CheckDue {
  memberId: string
  displayName: string
  what: CheckDueWhat
  /** `YYYY-MM-DD`, or null when nothing was ever checked. */
  dueOn: string | null
}

export const LISTING_DIRECTIONS = ['offer', 'request'] as const
export type ListingDirection = (typeof LISTING_DIRECTIONS)[number]
export const LISTING_FREQUENCIES = ['one_off', 'regular'] as const
export type ListingFrequency = (typeof LISTING_FREQUENCIES)[number]

/** A row of `time_bank_listing_list`: an offer or a request. */
export interface Listing {
  listingId: string
  bankId: string
  memberId: string
  displayName: string
  direction: ListingDirection
  giftType: string
  giftKind: GiftKind | null
  giftLabel: string
  title: string
  description: string
  frequency: ListingFrequency
  wardCode: string | null
  wardName: string | null
  availability: Availability[]
  whenNote: string
  needsDbs: boolean
  status: 'open' | 'closed'
  createdAt: string
  isMine: boolean
}

/** What `post_time_bank_listing` takes. */
export interface NewListing {
  clientId: string
  memberId: string
  direction: ListingDirection
  giftType: string
  title: string
  description: string
  frequency: ListingFrequency
  wardCode: string | null
  availability: Availability[]
  whenNote: string
  needsDbs: boolean
}

export const DISTANCE_BANDS = ['under_1_km', 'up_to_3_km', 'up_to_10_km', 'further'] as const
export type DistanceBand = (typeof DISTANCE_BANDS)[number]
export const DBS_STATES = ['not_needed', 'valid', 'missing', 'expired'] as const
export type DbsState = (typeof DBS_STATES)[number]
export const RECENCIES = ['this_week', 'this_month', 'this_quarter', 'earlier'] as const
export type Recency = (typeof RECENCIES)[number]

/** A row of `match_time_bank_listing`: a listing of the other direction, best first. */
export interface ListingMatch {
  listingId: string
  memberId: string
  displayName: string
  bankId: string
  bankName: string
  title: string
  giftType: string
  giftLabel: string
  wardCode: string | null
  wardName: string | null
  distanceBand: DistanceBand | null
  sharedAvailability: Availability[]
  dbs: DbsState
  lastActive: Recency
  score: number
}

/** A row of `list_time_bank_introductions`. */
export interface Introduction {
  introductionId: string
  createdAt: string
  requestTitle: string
  requester: string
  offerTitle: string
  offerer: string
  note: string | null
}

export const EXCHANGE_KINDS = ['exchange', 'group', 'donation', 'correction'] as const
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number]
export const EXCHANGE_STATUSES = [
  'pending',
  'confirmed',
  'disputed',
  'cancelled',
  'refused',
] as const
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number]

/** One leg of an exchange, by display name ("A former member", "Community pot"). */
export interface ExchangeLeg {
  giver: string
  receiver: string
  minutes: number
}

/** A row of `time_bank_exchange_list`. */
export interface Exchange {
  exchangeId: string
  bankId: string
  kind: ExchangeKind
  status: ExchangeStatus
  /** Per leg. */
  minutes: number
  legs: ExchangeLeg[]
  description: string | null
  giftType: string | null
  giftLabel: string | null
  /** `YYYY-MM-DD`. */
  occurredOn: string
  recordedAt: string
  recordedByMe: boolean
  /** I am the party who must confirm or dispute it. */
  awaitingMe: boolean
  statusReason: string | null
  warnings: string[]
  reversesExchangeId: string | null
}

/** What `record_time_exchange` takes: every leg is `minutes`. */
export interface NewExchange {
  exchangeId: string
  giverIds: string[]
  receiverIds: string[]
  minutes: number
  description: string | null
  giftType: string | null
  /** `YYYY-MM-DD`. */
  occurredOn: string | null
}

/** What `donate_time` takes; a null recipient is the bank's community pot. */
export interface NewDonation {
  exchangeId: string
  fromMemberId: string
  toMemberId: string | null
  minutes: number
  note: string | null
}

/** A row of `time_bank_account_list`. */
export interface Account {
  accountId: string
  bankId: string
  bankName: string
  kind: 'member' | 'pot' | 'clearing'
  memberId: string | null
  /** Clearing accounts: the bank on the other side. */
  partnerBankId: string | null
  holder: string
  balanceMinutes: number
  /** Members' accounts only. */
  softLimitMinutes: number | null
  hardLimitMinutes: number | null
}

/** A row of `time_bank_statement`, oldest first. */
export interface StatementEntry {
  entryId: number
  postedAt: string
  /** `YYYY-MM-DD`. */
  occurredOn: string
  exchangeId: string
  kind: string
  description: string | null
  counterparty: string
  /** + given (credited), − received (debited). */
  minutes: number
  balanceAfter: number
}
