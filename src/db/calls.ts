import type { AssetKind, AssetStatus } from '../core/assets/asset'
import type { AssetRelation } from '../core/assets/asset-link'
import type { PersonRelation } from '../core/assets/person-link'
import type { ConsentMethod } from '../core/residents/consent-purpose'
import type { PartnerSector } from '../core/partners/partner'
import type { GiftKind } from '../core/residents/gift-kind'
import type { AppRole } from '../core/session/app-role'
import type { MemberKind } from '../core/time-banks/time-bank'
import { arg, defineCall, none, rows, rowSet, value } from './call'
import { toAssetLink } from './rows/asset-link-row'
import { toAssetHistoryEntry, toDuplicateCandidate } from './rows/asset-review-rows'
import { toAsset } from './rows/asset-row'
import { toAssetSubtype } from './rows/asset-subtype-row'
import { toPublishAnswer, toStagedRowAnswer, toUndoAnswer } from './rows/asset-import-rows'
import { toCapabilityList, toMember } from './rows/member-row'
import {
  toDirectoryService,
  toMyOrganisation,
  toPartnerOrganisation,
  toSchemeTheme,
  toWardCoverage,
  toWardSchemeSupply,
} from './rows/partner-rows'
import { toLinkablePerson, toPersonLink } from './rows/person-link-rows'
import { toPostcodeLocation } from './rows/postcode-row'
import {
  toAreaCount,
  toDistanceMatch,
  toHeldOffer,
  toOfferCode,
  toRecordedOffer,
  toMyResidentData,
  toReviewItem,
  toTimeBankChoice,
} from './rows/resident-rows'
import { toSharedResident } from './rows/shared-resident-row'
import {
  toMonthlyActivity,
  toWardSkillExchanges,
  toWardTimeBankActivity,
} from './rows/time-bank-report-rows'
import {
  toCapabilityScope,
  toCheckDue,
  toExchange,
  toIntroduction,
  toListing,
  toListingMatch,
  toStatementEntry,
  toTimeBankMember,
} from './rows/time-bank-rows'
import { toWardCategoryMetrics } from './rows/ward-metrics-row'
import { toWorkshop } from './rows/workshop-row'

// Every SQL function the app calls, once: both adapters run these (src/db/call.ts), and
// tests/db/call-catalog.test.ts checks each name, argument and return type against the database.
// Adding a function is one entry here and one port method (src/db/rpc-ports/).

const { uuid, text, integer, float8, real, boolean, jsonb, withDefault } = arg
const assetKind = arg.enum<AssetKind>('asset_kind')
const assetList = 'public.asset_list'
const assetSubtypes = 'public.asset_subtypes'
const table = 'record'
const parseNumber = (raw: unknown) => Number(raw)
const parseId = (raw: unknown) => String(raw)

export const recordExport = defineCall(
  'record_export',
  { p_what: text, p_row_count: integer },
  value('uuid', parseId),
)

// Assets
export const createAsset = defineCall(
  'create_asset',
  {
    p_client_id: uuid,
    p_name: text,
    p_kind: assetKind,
    p_description: text,
    p_lng: float8,
    p_lat: float8,
    p_is_sensitive: withDefault(boolean),
    p_subtype: withDefault(text),
    p_opening_times: withDefault(text),
    p_accessibility: withDefault(text),
    p_website: withDefault(text),
    p_tags: withDefault(arg.textArray),
    p_contact: withDefault(text),
    p_workshop_id: withDefault(uuid),
  },
  rows(assetList, toAsset),
)
export const updateAsset = defineCall(
  'update_asset',
  { p_asset_id: uuid, p_expected_version: integer, p_changes: jsonb },
  rows(assetList, toAsset),
)
export const setAssetStatus = defineCall(
  'set_asset_status',
  {
    p_asset_id: uuid,
    p_expected_version: integer,
    p_status: arg.enum<AssetStatus>('asset_status'),
    p_reason: withDefault(text),
  },
  rows(assetList, toAsset),
)
export const markAssetVerified = defineCall(
  'mark_asset_verified',
  { p_asset_id: uuid },
  rows(assetList, toAsset),
)
export const mergeAssets = defineCall(
  'merge_assets',
  { p_keep_id: uuid, p_duplicate_id: uuid },
  rows(assetList, toAsset),
)
export const listStaleAssets = defineCall(
  'list_stale_assets',
  { p_months: withDefault(integer) },
  rows(assetList, toAsset),
)
export const saveAssetSubtype = defineCall(
  'save_asset_subtype',
  { p_code: text, p_kind: assetKind, p_label: text, p_is_active: withDefault(boolean) },
  rows(assetSubtypes, toAssetSubtype),
)
export const addAssetSubtype = defineCall(
  'add_asset_subtype',
  { p_kind: assetKind, p_label: text },
  rows(assetSubtypes, toAssetSubtype),
)
export const moveAssetSubtype = defineCall(
  'move_asset_subtype',
  { p_code: text, p_offset: integer },
  rows(assetSubtypes, toAssetSubtype),
)
export const listDuplicateCandidates = defineCall(
  'list_duplicate_candidates',
  { p_max_metres: withDefault(float8), p_min_similarity: withDefault(real) },
  rows(table, toDuplicateCandidate),
)
export const dismissDuplicatePair = defineCall(
  'dismiss_duplicate_pair',
  { p_first_id: uuid, p_second_id: uuid },
  none,
)
export const restoreDuplicatePair = defineCall(
  'restore_duplicate_pair',
  { p_first_id: uuid, p_second_id: uuid },
  none,
)
export const reportAssetChange = defineCall(
  'report_asset_change',
  { p_asset_id: uuid, p_message: text },
  none,
)
export const resolveChangeReport = defineCall('resolve_change_report', { p_report_id: uuid }, none)
export const assetHistory = defineCall(
  'asset_history',
  { p_asset_id: uuid },
  rows(table, toAssetHistoryEntry),
)
export const linkAssets = defineCall(
  'link_assets',
  {
    p_from_asset_id: uuid,
    p_to_asset_id: uuid,
    p_relation: arg.enum<AssetRelation>('asset_relation'),
  },
  rows('public.asset_link_list', toAssetLink),
)
export const unlinkAssets = defineCall('unlink_assets', { p_link_id: uuid }, none)
export const setAssetPhoto = defineCall(
  'set_asset_photo',
  {
    p_asset_id: uuid,
    p_photo: arg.bytea,
    p_mime: text,
    p_width: integer,
    p_height: integer,
    p_alt_text: text,
  },
  none,
)
export const removeAssetPhoto = defineCall('remove_asset_photo', { p_asset_id: uuid }, none)

// Region, workshops, analysis
export const lookupPostcode = defineCall(
  'lookup_postcode',
  { p_postcode: text },
  rows(table, toPostcodeLocation),
)
export const createWorkshop = defineCall(
  'create_workshop',
  { p_name: text, p_place: text, p_held_on: arg.date },
  rows('public.workshop_list', toWorkshop),
)
export const joinWorkshop = defineCall(
  'join_workshop',
  { p_code: text },
  rows('public.workshop_list', toWorkshop),
)
export const workshopSummary = defineCall(
  'workshop_summary',
  { p_workshop_id: uuid },
  rows(assetList, toAsset),
)
export const wardAssetMetrics = defineCall(
  'ward_asset_metrics',
  {
    p_distance_metres: withDefault(float8),
    p_kinds: withDefault(arg.enumArray<AssetKind>('asset_kind')),
    p_reach_metres: withDefault(float8),
  },
  rowSet(table, toWardCategoryMetrics),
)
export const timeBankWardActivity = defineCall(
  'time_bank_ward_activity',
  {},
  rows(table, toWardTimeBankActivity),
)

// Time banks' reports and settings (docs/time-banks.md)
export const timeBankMonthlyReport = defineCall(
  'time_bank_monthly_report',
  { p_bank_id: uuid, p_months: withDefault(integer) },
  rows(table, toMonthlyActivity),
)
export const timeBankExchangesByWardAndSkill = defineCall(
  'time_bank_exchanges_by_ward_and_skill',
  { p_bank_id: uuid, p_from: arg.date, p_to: arg.date },
  rows(table, toWardSkillExchanges),
)
export const saveTimeBank = defineCall(
  'save_time_bank',
  {
    p_bank_id: uuid,
    p_name: text,
    p_soft_limit_minutes: integer,
    p_hard_limit_minutes: integer,
    p_allows_other_banks: boolean,
    p_hourly_value_pence: integer,
    p_hourly_value_basis: text,
    p_area_codes: arg.textArray,
  },
  rows('public.time_banks', (row) => row),
)

// People in connections
export const findPeopleToLink = defineCall(
  'find_people_to_link',
  { p_name: text },
  rows(table, toLinkablePerson),
)
export const linkPersonToAsset = defineCall(
  'link_person_to_asset',
  {
    p_resident_id: uuid,
    p_asset_id: uuid,
    p_relation: arg.enum<PersonRelation>('person_relation'),
  },
  rows('public.person_link_list', toPersonLink),
)
export const unlinkPerson = defineCall('unlink_person', { p_link_id: uuid }, none)

// Session and members
export const myCapabilities = defineCall('my_capabilities', {}, rowSet(table, toCapabilityList))
export const adminListMembers = defineCall('admin_list_members', {}, rows(table, toMember))
export const adminGrantRole = defineCall(
  'admin_grant_role',
  {
    p_email: text,
    p_role: arg.enum<AppRole>('app_role'),
    p_programme_id: withDefault(uuid),
    p_scopes: withDefault(arg.textArray),
  },
  value('uuid', parseId),
)

// Residents
/** Answers with the offer's one-time code (null for an offer without an email). */
export const submitResidentOffer = defineCall(
  'submit_resident_offer',
  { p_payload: jsonb, p_client_ip: withDefault(text) },
  value('jsonb', toOfferCode),
)
export const linkMyOffers = defineCall('link_my_offers', {}, value('integer', parseNumber))
export const linkOffersWithCode = defineCall(
  'link_offers_with_code',
  { p_email: text, p_code: text },
  value('integer', parseNumber),
)
export const myResidentData = defineCall('my_resident_data', {}, value('jsonb', toMyResidentData))
export const updateMyOffer = defineCall(
  'update_my_offer',
  { p_resident_id: uuid, p_payload: jsonb },
  value('jsonb', toHeldOffer),
)
export const eraseMyData = defineCall('erase_my_data', {}, value('integer', parseNumber))
export const listOffersForReview = defineCall(
  'list_offers_for_review',
  { p_status: withDefault(arg.enum<'pending' | 'approved' | 'rejected'>('resident_status')) },
  rows(table, toReviewItem),
)
export const reviewResidentOffer = defineCall(
  'review_resident_offer',
  {
    p_resident_id: uuid,
    p_status: arg.enum<'approved' | 'rejected'>('resident_status'),
    p_reason: withDefault(text),
  },
  rowSet(table, () => undefined),
)
export const recordResidentOffer = defineCall(
  'record_resident_offer',
  {
    p_payload: jsonb,
    p_consent_how: arg.enum<ConsentMethod>('consent_method'),
    p_consent_given_at: withDefault(arg.timestamptz),
  },
  value('uuid', parseId),
)
export const recordResidentOfferWithCode = defineCall(
  'record_resident_offer_with_code',
  {
    p_payload: jsonb,
    p_consent_how: arg.enum<ConsentMethod>('consent_method'),
    p_consent_given_at: withDefault(arg.timestamptz),
  },
  value('jsonb', toRecordedOffer),
)
export const residentCountsByArea = defineCall(
  'resident_counts_by_area',
  {},
  rows(table, toAreaCount),
)
export const residentsSharedWithPartners = defineCall(
  'residents_shared_with_partners',
  {},
  rows(table, toSharedResident),
)
export const matchResidentsByDistance = defineCall(
  'match_residents_by_distance',
  { p_lng: float8, p_lat: float8, p_kind: withDefault(arg.enum<GiftKind>('gift_kind')) },
  rows(table, toDistanceMatch),
)
/** The retention rule; closed to the API roles (local mode runs it as the database's owner). */
export const purgeUnconfirmedOffers = defineCall(
  'purge_unconfirmed_offers',
  {},
  value('integer', parseNumber),
)

// Time banks (docs/time-banks.md): members and matching, then the ledger
const memberList = 'public.time_bank_member_list'
const listingList = 'public.time_bank_listing_list'
const exchangeList = 'public.time_bank_exchange_list'
/** The time banks a resident of the ward may apply to from the offer form. */
export const timeBanksForWard = defineCall(
  'time_banks_for_ward',
  { p_ward_code: text },
  rows(table, toTimeBankChoice),
)
export const reviewTimeBankApplication = defineCall(
  'review_time_bank_application',
  { p_member_id: uuid, p_approve: boolean, p_reason: withDefault(text) },
  rows(memberList, toTimeBankMember),
)
export const recordTimeBankMember = defineCall(
  'record_time_bank_member',
  {
    p_client_id: uuid,
    p_bank_id: uuid,
    p_kind: arg.enum<MemberKind>('time_bank_member_kind'),
    p_display_name: text,
    p_postcode: withDefault(text),
    p_asset_id: withDefault(uuid),
    p_about: withDefault(text),
    p_availability: withDefault(arg.textArray),
    p_skills: withDefault(arg.textArray),
  },
  rows(memberList, toTimeBankMember),
)
export const updateTimeBankMember = defineCall(
  'update_time_bank_member',
  { p_member_id: uuid, p_about: text, p_availability: arg.textArray, p_skills: arg.textArray },
  rows(memberList, toTimeBankMember),
)
export const eraseTimeBankMember = defineCall('erase_time_bank_member', { p_member_id: uuid }, none)
export const recordTimeBankCheck = defineCall(
  'record_time_bank_check',
  { p_member_id: uuid, p_kind: text, p_checked_on: arg.date, p_expires_on: withDefault(arg.date) },
  value('uuid', parseId),
)
export const timeBankChecksDue = defineCall(
  'time_bank_checks_due',
  { p_bank_id: uuid, p_within_days: withDefault(integer) },
  rows(table, toCheckDue),
)
export const postTimeBankListing = defineCall(
  'post_time_bank_listing',
  {
    p_client_id: uuid,
    p_member_id: uuid,
    p_direction: text,
    p_gift_type: text,
    p_title: text,
    p_description: withDefault(text),
    p_frequency: withDefault(text),
    p_ward_code: withDefault(text),
    p_availability: withDefault(arg.textArray),
    p_when_note: withDefault(text),
    p_needs_dbs: withDefault(boolean),
  },
  rows(listingList, toListing),
)
export const closeTimeBankListing = defineCall(
  'close_time_bank_listing',
  { p_listing_id: uuid },
  rows(listingList, toListing),
)
export const matchTimeBankListing = defineCall(
  'match_time_bank_listing',
  { p_listing_id: uuid },
  rows(table, toListingMatch),
)
export const introduceTimeBankMembers = defineCall(
  'introduce_time_bank_members',
  { p_client_id: uuid, p_request_id: uuid, p_offer_id: uuid, p_note: withDefault(text) },
  value('uuid', parseId),
)
export const listTimeBankIntroductions = defineCall(
  'list_time_bank_introductions',
  { p_bank_id: uuid },
  rows(table, toIntroduction),
)
export const recordTimeExchange = defineCall(
  'record_time_exchange',
  {
    p_exchange_id: uuid,
    p_giver_ids: arg.uuidArray,
    p_receiver_ids: arg.uuidArray,
    p_minutes: integer,
    p_description: withDefault(text),
    p_gift_type: withDefault(text),
    p_occurred_on: withDefault(arg.date),
  },
  rows(exchangeList, toExchange),
)
export const donateTime = defineCall(
  'donate_time',
  {
    p_exchange_id: uuid,
    p_from_member_id: uuid,
    p_to_member_id: withDefault(uuid),
    // A default only because it follows one (SQL's rule); always given.
    p_minutes: withDefault(integer),
    p_note: withDefault(text),
  },
  rows(exchangeList, toExchange),
)
export const confirmTimeExchange = defineCall(
  'confirm_time_exchange',
  { p_exchange_id: uuid },
  rows(exchangeList, toExchange),
)
export const disputeTimeExchange = defineCall(
  'dispute_time_exchange',
  { p_exchange_id: uuid, p_reason: text },
  rows(exchangeList, toExchange),
)
export const cancelTimeExchange = defineCall(
  'cancel_time_exchange',
  { p_exchange_id: uuid, p_reason: text },
  rows(exchangeList, toExchange),
)
export const reverseTimeExchange = defineCall(
  'reverse_time_exchange',
  { p_correction_id: uuid, p_exchange_id: uuid, p_reason: text },
  rows(exchangeList, toExchange),
)
export const timeBankStatement = defineCall(
  'time_bank_statement',
  { p_member_id: uuid },
  rows(table, toStatementEntry),
)
/** `my_capabilities` row by row, with the programme and scopes (which banks one coordinates). */
export const myCapabilityScopes = defineCall('my_capabilities', {}, rows(table, toCapabilityScope))

// Partners' schemes and the directory (docs/partners.md)
const directoryService = 'public.directory_service'
export const savePartnerOrganisation = defineCall(
  'save_partner_organisation',
  {
    p_id: uuid,
    p_name: text,
    p_sector: arg.enum<PartnerSector>('partner_sector'),
    p_description: withDefault(text),
    p_website: withDefault(text),
    p_email: withDefault(text),
    p_phone: withDefault(text),
    p_programme_id: withDefault(uuid),
  },
  rows('public.partner_organisations', toPartnerOrganisation),
)
export const addPartnerPerson = defineCall(
  'add_partner_person',
  { p_organisation_id: uuid, p_email: text },
  none,
)
export const removePartnerPerson = defineCall(
  'remove_partner_person',
  { p_organisation_id: uuid, p_user_id: uuid },
  none,
)
export const myPartnerOrganisations = defineCall(
  'my_partner_organisations',
  {},
  rows(table, toMyOrganisation),
)
export const saveScheme = defineCall(
  'save_scheme',
  { p_scheme: jsonb },
  rows(directoryService, toDirectoryService),
)
export const retireScheme = defineCall('retire_scheme', { p_scheme_id: uuid }, none)
export const saveSchemeTheme = defineCall(
  'save_scheme_theme',
  {
    p_code: text,
    p_label: text,
    p_need_indicator: withDefault(text),
    p_need_label: withDefault(text),
    p_retired: withDefault(boolean),
  },
  rows('public.scheme_themes', toSchemeTheme),
)
export const moveSchemeTheme = defineCall(
  'move_scheme_theme',
  { p_code: text, p_offset: integer },
  rows('public.scheme_themes', toSchemeTheme),
)
export const mapExternalTerm = defineCall(
  'map_external_term',
  { p_vocabulary: text, p_term_code: text, p_theme: text },
  value('integer', parseNumber),
)
export const recordChampionCount = defineCall(
  'record_champion_count',
  { p_ward_code: text, p_champions: integer },
  none,
)
export const searchDirectory = defineCall(
  'search_directory',
  {
    p_theme: withDefault(text),
    p_audience: withDefault(text),
    p_ward_code: withDefault(text),
    p_postcode: withDefault(text),
    p_open_now: withDefault(boolean),
    p_text: withDefault(text),
    p_limit: withDefault(integer),
    p_offset: withDefault(integer),
  },
  rows(directoryService, toDirectoryService),
)
export const schemeCoverage = defineCall(
  'scheme_coverage',
  { p_theme: text, p_audience: withDefault(text) },
  rows(table, toWardCoverage),
)
export const schemeWardSupply = defineCall(
  'scheme_ward_supply',
  {},
  rows(table, toWardSchemeSupply),
)

// Asset imports (docs/imports.md)
export const stageAssetImportRows = defineCall(
  'stage_asset_import_rows',
  { p_import_id: uuid, p_file_name: text, p_rows: jsonb },
  rows(table, toStagedRowAnswer),
)
export const publishAssetImport = defineCall(
  'publish_asset_import',
  { p_import_id: uuid, p_skip_refused: withDefault(boolean) },
  rows(table, toPublishAnswer),
)
export const undoAssetImport = defineCall(
  'undo_asset_import',
  { p_import_id: uuid },
  rows(table, toUndoAnswer),
)
