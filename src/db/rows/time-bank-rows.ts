import { z } from 'zod'
import { GIFT_KINDS } from '../../core/residents/gift-kind'
import { AVAILABILITY } from '../../core/residents/offer-choices'
import {
  CHECKS_DUE,
  DBS_STATES,
  DISTANCE_BANDS,
  EXCHANGE_KINDS,
  EXCHANGE_STATUSES,
  LISTING_DIRECTIONS,
  LISTING_FREQUENCIES,
  MEMBER_KINDS,
  MEMBER_STATUSES,
  RECENCIES,
  type Account,
  type CheckDue,
  type Exchange,
  type Introduction,
  type Listing,
  type ListingMatch,
  type StatementEntry,
  type TimeBankMember,
} from '../../core/time-banks/time-bank'
import type { TimeBankSummary } from '../time-banks-port'
import { pgArray } from './pg-array'
import { timestamp } from './timestamp'

// The time banks' rows (docs/time-banks.md), read the same from both adapters: calls and views
// arrive as JSON (src/db/pglite/sql-caller.ts), so dates are `YYYY-MM-DD` text and bigints numbers.

const text = z.string()
const optionalText = z
  .string()
  .nullable()
  .optional()
  .transform((value) => value ?? null)
const date = z.string().transform((value) => value.slice(0, 10))
const optionalDate = date
  .nullable()
  .optional()
  .transform((value) => value ?? null)
const optionalTimestamp = timestamp
  .nullable()
  .optional()
  .transform((value) => value ?? null)
const availability = pgArray(z.enum(AVAILABILITY))
  .nullable()
  .transform((value) => value ?? [])
const count = z.coerce.number().int()

const memberRow = z.object({
  member_id: text,
  bank_id: text,
  bank_name: text,
  kind: z.enum(MEMBER_KINDS),
  status: z.enum(MEMBER_STATUSES),
  status_reason: optionalText,
  display_name: text,
  about: text.nullable().transform((value) => value ?? ''),
  postcode_sector: optionalText,
  ward_code: optionalText,
  ward_name: optionalText,
  availability,
  skills: z
    .array(z.object({ gift_type: text, kind: z.enum(GIFT_KINDS), label: text }))
    .nullable()
    .transform((value) => value ?? []),
  applied_at: timestamp,
  joined_at: optionalTimestamp,
  last_active_at: optionalTimestamp,
  is_me: z.boolean(),
  dbs_valid_until: optionalDate,
  recorded_by_coordinator: z.boolean().nullable().transform(Boolean),
})

/** A row of `time_bank_member_list`. */
export function toTimeBankMember(row: unknown): TimeBankMember {
  const r = memberRow.parse(row)
  return {
    memberId: r.member_id,
    bankId: r.bank_id,
    bankName: r.bank_name,
    kind: r.kind,
    status: r.status,
    statusReason: r.status_reason,
    displayName: r.display_name,
    about: r.about,
    postcodeSector: r.postcode_sector,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    availability: r.availability,
    skills: r.skills.map((skill) => ({
      giftType: skill.gift_type,
      kind: skill.kind,
      label: skill.label,
    })),
    appliedAt: r.applied_at,
    joinedAt: r.joined_at,
    lastActiveAt: r.last_active_at,
    isMe: r.is_me,
    dbsValidUntil: r.dbs_valid_until,
    recordedByCoordinator: r.recorded_by_coordinator,
  }
}

const checkDueRow = z.object({
  member_id: text,
  display_name: text,
  what: z.enum(CHECKS_DUE),
  due_on: optionalDate,
})

/** A row of `time_bank_checks_due`. */
export function toCheckDue(row: unknown): CheckDue {
  const r = checkDueRow.parse(row)
  return { memberId: r.member_id, displayName: r.display_name, what: r.what, dueOn: r.due_on }
}

const listingRow = z.object({
  listing_id: text,
  bank_id: text,
  member_id: text,
  display_name: text,
  direction: z.enum(LISTING_DIRECTIONS),
  gift_type: text,
  gift_kind: z
    .enum(GIFT_KINDS)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  gift_label: text,
  title: text,
  description: text.nullable().transform((value) => value ?? ''),
  frequency: z.enum(LISTING_FREQUENCIES),
  ward_code: optionalText,
  ward_name: optionalText,
  availability,
  when_note: text.nullable().transform((value) => value ?? ''),
  needs_dbs: z.boolean(),
  status: z.enum(['open', 'closed']),
  created_at: timestamp,
  is_mine: z.boolean(),
})

/** A row of `time_bank_listing_list`. */
export function toListing(row: unknown): Listing {
  const r = listingRow.parse(row)
  return {
    listingId: r.listing_id,
    bankId: r.bank_id,
    memberId: r.member_id,
    displayName: r.display_name,
    direction: r.direction,
    giftType: r.gift_type,
    giftKind: r.gift_kind,
    giftLabel: r.gift_label,
    title: r.title,
    description: r.description,
    frequency: r.frequency,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    availability: r.availability,
    whenNote: r.when_note,
    needsDbs: r.needs_dbs,
    status: r.status,
    createdAt: r.created_at,
    isMine: r.is_mine,
  }
}

const matchRow = z.object({
  listing_id: text,
  member_id: text,
  display_name: text,
  bank_id: text,
  bank_name: text,
  title: text,
  gift_type: text,
  gift_label: text,
  ward_code: optionalText,
  ward_name: optionalText,
  distance_band: z.enum(DISTANCE_BANDS).nullable(),
  shared_availability: availability,
  dbs: z.enum(DBS_STATES),
  last_active: z.enum(RECENCIES),
  score: count,
})

/** A row of `match_time_bank_listing`. */
export function toListingMatch(row: unknown): ListingMatch {
  const r = matchRow.parse(row)
  return {
    listingId: r.listing_id,
    memberId: r.member_id,
    displayName: r.display_name,
    bankId: r.bank_id,
    bankName: r.bank_name,
    title: r.title,
    giftType: r.gift_type,
    giftLabel: r.gift_label,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    distanceBand: r.distance_band,
    sharedAvailability: r.shared_availability,
    dbs: r.dbs,
    lastActive: r.last_active,
    score: r.score,
  }
}

const introductionRow = z.object({
  introduction_id: text,
  created_at: timestamp,
  request_title: text,
  requester: text,
  offer_title: text,
  offerer: text,
  note: optionalText,
})

/** A row of `list_time_bank_introductions`. */
export function toIntroduction(row: unknown): Introduction {
  const r = introductionRow.parse(row)
  return {
    introductionId: r.introduction_id,
    createdAt: r.created_at,
    requestTitle: r.request_title,
    requester: r.requester,
    offerTitle: r.offer_title,
    offerer: r.offerer,
    note: r.note,
  }
}

const exchangeRow = z.object({
  exchange_id: text,
  bank_id: text,
  kind: z.enum(EXCHANGE_KINDS),
  status: z.enum(EXCHANGE_STATUSES),
  minutes: count,
  legs: z
    .array(z.object({ giver: text, receiver: text, minutes: count }))
    .nullable()
    .transform((value) => value ?? []),
  description: optionalText,
  gift_type: optionalText,
  gift_label: optionalText,
  occurred_on: date,
  recorded_at: timestamp,
  recorded_by_me: z.boolean(),
  awaiting_me: z.boolean(),
  status_reason: optionalText,
  warnings: z
    .array(text)
    .nullable()
    .optional()
    .transform((value) => value ?? []),
  reverses_exchange_id: optionalText,
})

/** A row of `time_bank_exchange_list`. */
export function toExchange(row: unknown): Exchange {
  const r = exchangeRow.parse(row)
  return {
    exchangeId: r.exchange_id,
    bankId: r.bank_id,
    kind: r.kind,
    status: r.status,
    minutes: r.minutes,
    legs: r.legs,
    description: r.description,
    giftType: r.gift_type,
    giftLabel: r.gift_label,
    occurredOn: r.occurred_on,
    recordedAt: r.recorded_at,
    recordedByMe: r.recorded_by_me,
    awaitingMe: r.awaiting_me,
    statusReason: r.status_reason,
    warnings: r.warnings,
    reversesExchangeId: r.reverses_exchange_id,
  }
}

const accountRow = z.object({
  account_id: text,
  bank_id: text,
  bank_name: text,
  kind: z.enum(['member', 'pot', 'clearing']),
  member_id: optionalText,
  partner_bank_id: optionalText,
  holder: text,
  balance_minutes: count,
  soft_limit_minutes: count.nullable(),
  hard_limit_minutes: count.nullable(),
})

/** A row of `time_bank_account_list`. */
export function toAccount(row: unknown): Account {
  const r = accountRow.parse(row)
  return {
    accountId: r.account_id,
    bankId: r.bank_id,
    bankName: r.bank_name,
    kind: r.kind,
    memberId: r.member_id,
    partnerBankId: r.partner_bank_id,
    holder: r.holder,
    balanceMinutes: r.balance_minutes,
    softLimitMinutes: r.soft_limit_minutes,
    hardLimitMinutes: r.hard_limit_minutes,
  }
}

const statementRow = z.object({
  entry_id: count,
  posted_at: timestamp,
  occurred_on: date,
  exchange_id: text,
  kind: text,
  description: optionalText,
  counterparty: text,
  minutes: count,
  balance_after: count,
})

/** A row of `time_bank_statement`. */
export function toStatementEntry(row: unknown): StatementEntry {
  const r = statementRow.parse(row)
  return {
    entryId: r.entry_id,
    postedAt: r.posted_at,
    occurredOn: r.occurred_on,
    exchangeId: r.exchange_id,
    kind: r.kind,
    description: r.description,
    counterparty: r.counterparty,
    minutes: r.minutes,
    balanceAfter: r.balance_after,
  }
}

/** A row of `my_capabilities()`: a capability in a programme, for some scopes or all (null). */
export function toCapabilityScope(row: unknown): {
  programmeId: string
  capability: string
  scopes: string[] | null
} {
  const r = z
    .object({ programme_id: text, capability: text, scopes: pgArray(text).nullable() })
    .parse(row)
  return { programmeId: r.programme_id, capability: r.capability, scopes: r.scopes }
}

/** A row of `time_banks`. */
export function toTimeBankSummary(row: unknown): TimeBankSummary {
  const r = z.object({ bank_id: text, programme_id: text, name: text }).parse(row)
  return { bankId: r.bank_id, programmeId: r.programme_id, name: r.name }
}
