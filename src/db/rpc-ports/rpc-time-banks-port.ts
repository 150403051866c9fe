import type { Caller } from '../call'
import {
  cancelTimeExchange,
  closeTimeBankListing,
  confirmTimeExchange,
  disputeTimeExchange,
  donateTime,
  eraseTimeBankMember,
  introduceTimeBankMembers,
  listTimeBankIntroductions,
  matchTimeBankListing,
  myCapabilityScopes,
  postTimeBankListing,
  recordExport,
  recordTimeBankCheck,
  recordTimeBankMember,
  recordTimeExchange,
  reverseTimeExchange,
  reviewTimeBankApplication,
  timeBankChecksDue,
  timeBankStatement,
  updateTimeBankMember,
} from '../calls'
import { DataError } from '../data-error'
import {
  toAccount,
  toExchange,
  toListing,
  toTimeBankMember,
  toTimeBankSummary,
} from '../rows/time-bank-rows'
import type { TimeBanksPort } from '../time-banks-port'
import type { ViewReader } from '../view-reader'

/** The first row a write answers with, or a refusal in words when it answered none. */
function first<T>(rows: readonly T[]): T {
  const [row] = rows
  if (row === undefined) throw new DataError('The database did not answer with the record.')
  return row
}

/**
 * The time banks' SQL functions and views, the same in both adapters: `call` runs a function as
 * the acting person, `read` one of the views.
 */
export function rpcTimeBanksPort(call: Caller, read: ViewReader): TimeBanksPort {
  const banks = async () =>
    (await read({ view: 'time_banks', order: [{ column: 'name' }] })).map(toTimeBankSummary)
  return {
    listBanks: banks,
    async coordinatedBanks() {
      const scopes = (await call(myCapabilityScopes, {})).filter(
        (row) => row.capability === 'coordinate_time_bank',
      )
      return (await banks()).filter((bank) =>
        scopes.some(
          (row) =>
            row.programmeId === bank.programmeId &&
            (row.scopes === null || row.scopes.includes(bank.bankId)),
        ),
      )
    },
    myMemberships: async () =>
      (
        await read({
          view: 'time_bank_member_list',
          where: { is_me: true },
          order: [{ column: 'bank_name' }],
        })
      ).map(toTimeBankMember),
    listMembers: async (bankId) =>
      (
        await read({
          view: 'time_bank_member_list',
          where: { bank_id: bankId },
          order: [{ column: 'display_name' }, { column: 'member_id' }],
        })
      ).map(toTimeBankMember),
    reviewApplication: async (memberId, approve, reason) =>
      first(
        await call(reviewTimeBankApplication, {
          p_member_id: memberId,
          p_approve: approve,
          p_reason: reason ?? null,
        }),
      ),
    recordMember: async (member) =>
      first(
        await call(recordTimeBankMember, {
          p_client_id: member.clientId,
          p_bank_id: member.bankId,
          p_kind: member.kind,
          p_display_name: member.displayName,
          p_postcode: member.postcode,
          p_asset_id: member.assetId,
          p_about: member.about,
          p_availability: member.availability,
          p_skills: member.skills,
        }),
      ),
    recordStatementDownload: async (entryCount) => {
      await call(recordExport, { p_what: 'time_bank_entries', p_row_count: entryCount })
    },
    updateMember: async (memberId, profile) =>
      first(
        await call(updateTimeBankMember, {
          p_member_id: memberId,
          p_about: profile.about,
          p_availability: profile.availability,
          p_skills: profile.skills,
        }),
      ),
    eraseMember: async (memberId) => {
      await call(eraseTimeBankMember, { p_member_id: memberId })
    },
    recordCheck: async (memberId, kind, checkedOn, expiresOn) => {
      await call(recordTimeBankCheck, {
        p_member_id: memberId,
        p_kind: kind,
        p_checked_on: checkedOn,
        p_expires_on: expiresOn,
      })
    },
    checksDue: (bankId, withinDays) =>
      call(timeBankChecksDue, { p_bank_id: bankId, p_within_days: withinDays }),
    listListings: async (bankId) =>
      (
        await read({
          view: 'time_bank_listing_list',
          where: { bank_id: bankId },
          order: [{ column: 'created_at', descending: true }, { column: 'listing_id' }],
        })
      ).map(toListing),
    postListing: async (listing) =>
      first(
        await call(postTimeBankListing, {
          p_client_id: listing.clientId,
          p_member_id: listing.memberId,
          p_direction: listing.direction,
          p_gift_type: listing.giftType,
          p_title: listing.title,
          p_description: listing.description,
          p_frequency: listing.frequency,
          p_ward_code: listing.wardCode,
          p_availability: listing.availability,
          p_when_note: listing.whenNote,
          p_needs_dbs: listing.needsDbs,
        }),
      ),
    closeListing: async (listingId) =>
      first(await call(closeTimeBankListing, { p_listing_id: listingId })),
    matchListing: (listingId) => call(matchTimeBankListing, { p_listing_id: listingId }),
    introduce: (clientId, requestId, offerId, note) =>
      call(introduceTimeBankMembers, {
        p_client_id: clientId,
        p_request_id: requestId,
        p_offer_id: offerId,
        p_note: note,
      }),
    listIntroductions: (bankId) => call(listTimeBankIntroductions, { p_bank_id: bankId }),
    listExchanges: async (bankId) =>
      (
        await read({
          view: 'time_bank_exchange_list',
          where: { bank_id: bankId },
          order: [{ column: 'recorded_at', descending: true }, { column: 'exchange_id' }],
        })
      ).map(toExchange),
    recordExchange: async (exchange) =>
      first(
        await call(recordTimeExchange, {
          p_exchange_id: exchange.exchangeId,
          p_giver_ids: exchange.giverIds,
          p_receiver_ids: exchange.receiverIds,
          p_minutes: exchange.minutes,
          p_description: exchange.description,
          p_gift_type: exchange.giftType,
          p_occurred_on: exchange.occurredOn,
        }),
      ),
    donate: async (donation) =>
      first(
        await call(donateTime, {
          p_exchange_id: donation.exchangeId,
          p_from_member_id: donation.fromMemberId,
          p_to_member_id: donation.toMemberId,
          p_minutes: donation.minutes,
          p_note: donation.note,
        }),
      ),
    confirmExchange: async (exchangeId) =>
      first(await call(confirmTimeExchange, { p_exchange_id: exchangeId })),
    disputeExchange: async (exchangeId, reason) =>
      first(await call(disputeTimeExchange, { p_exchange_id: exchangeId, p_reason: reason })),
    cancelExchange: async (exchangeId, reason) =>
      first(await call(cancelTimeExchange, { p_exchange_id: exchangeId, p_reason: reason })),
    reverseExchange: async (correctionId, exchangeId, reason) =>
      first(
        await call(reverseTimeExchange, {
          p_correction_id: correctionId,
          p_exchange_id: exchangeId,
          p_reason: reason,
        }),
      ),
    listAccounts: async (bankId) =>
      (
        await read({
          view: 'time_bank_account_list',
          ...(bankId ? { where: { bank_id: bankId } } : {}),
          order: [{ column: 'bank_name' }, { column: 'holder' }, { column: 'account_id' }],
        })
      ).map(toAccount),
    statement: (memberId) => call(timeBankStatement, { p_member_id: memberId }),
  }
}
