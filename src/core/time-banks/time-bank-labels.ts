import type {
  CheckDueWhat,
  DbsState,
  DistanceBand,
  ExchangeKind,
  ExchangeStatus,
  ListingFrequency,
  MemberKind,
  MemberStatus,
  Recency,
} from './time-bank'

// The words people read for the time banks' coded values (docs/time-banks.md).

/** A match's distance band, measured between postcode sectors, never homes. */
export const DISTANCE_BAND_LABELS: Readonly<Record<DistanceBand, string>> = {
  under_1_km: 'Under 1 km',
  up_to_3_km: '1 to 3 km',
  up_to_10_km: '3 to 10 km',
  further: 'Over 10 km',
}

/** Whether the DBS check a request needs is in place. */
export const DBS_STATE_LABELS: Readonly<Record<DbsState, string>> = {
  not_needed: 'No DBS check needed',
  valid: 'DBS check valid',
  missing: 'Needs a DBS check (none recorded)',
  expired: 'Needs a DBS check (expired)',
}

/** When the member last posted, recorded or confirmed anything. */
export const RECENCY_LABELS: Readonly<Record<Recency, string>> = {
  this_week: 'Active this week',
  this_month: 'Active this month',
  this_quarter: 'Active in the last 3 months',
  earlier: 'Not active for over 3 months',
}

export const CHECK_DUE_LABELS: Readonly<Record<CheckDueWhat, string>> = {
  dbs_expired: 'DBS check expired',
  dbs_expiring: 'DBS check expires soon',
  dbs_missing: 'No DBS check recorded',
  references_missing: 'References not recorded',
}

export const EXCHANGE_STATUS_LABELS: Readonly<Record<ExchangeStatus, string>> = {
  pending: 'Waiting for confirmation',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  cancelled: 'Cancelled',
  refused: 'Refused',
}

export const EXCHANGE_KIND_LABELS: Readonly<Record<ExchangeKind, string>> = {
  exchange: 'Exchange',
  group: 'Group exchange',
  donation: 'Donation',
  correction: 'Correction',
}

export const MEMBER_KIND_LABELS: Readonly<Record<MemberKind, string>> = {
  resident: 'Resident',
  organisation: 'Organisation',
  group: 'Group',
}

export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, string>> = {
  applied: 'Applied',
  active: 'Active',
  declined: 'Declined',
  left: 'Left',
}

export const FREQUENCY_LABELS: Readonly<Record<ListingFrequency, string>> = {
  one_off: 'One-off',
  regular: 'Regular',
}

/**
 * A label for a coded value the app does not know yet (a newer database), rather than nothing.
 *
 * @param labels - the known labels
 * @param code - the value
 * @returns its label, or the code with underscores as spaces
 * @example labelOf(RECENCY_LABELS, 'this_week') // "Active this week"
 */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code.replaceAll('_', ' ')
}
