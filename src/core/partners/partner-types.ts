// The partners' shapes (docs/partners.md's `directory_service`, `scheme_coverage`, `scheme_themes`,
// `partner_organisations`), camel-cased, as the data port gives them.

export const SCHEME_KINDS = ['service', 'safe_space'] as const
export type SchemeKind = (typeof SCHEME_KINDS)[number]
export const SCHEME_ACCESS = ['open', 'referral'] as const
export type SchemeAccess = (typeof SCHEME_ACCESS)[number]
export const BYDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type ByDay = (typeof BYDAYS)[number]
export const PARTNER_SECTORS = ['statutory', 'voluntary', 'community', 'faith', 'business'] as const
export type PartnerSector = (typeof PARTNER_SECTORS)[number]
export const COVERAGE_STATUSES = ['overlap', 'gap', 'covered', 'none'] as const
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number]

export interface SchemeSchedule {
  byday: ByDay
  /** 'HH:MM' or 'HH:MM:SS', Europe/London. */
  opensAt: string
  closesAt: string
  note: string | null
}

export interface SchemeVenue {
  assetId: string | null
  name: string
  lng: number | null
  lat: number | null
  wardCode: string | null
  sensitive: boolean
  frontDoorContact: string | null
}

/** One active scheme as the directory shows it (`directory_service`). */
export interface DirectoryService {
  schemeId: string
  organisationId: string
  organisationName: string
  organisationSector: PartnerSector
  kind: SchemeKind
  name: string
  description: string | null
  themes: string[]
  audiences: string[]
  access: SchemeAccess
  howToAccess: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  url: string | null
  schedules: SchemeSchedule[]
  areaCodes: string[]
  wardCodes: string[]
  venues: SchemeVenue[]
  updatedAt: string
  canEdit: boolean
}

/** What `save_scheme` takes (docs/partners.md), camel-cased. */
export interface SchemeInput {
  id: string
  organisationId: string
  kind: SchemeKind
  name: string
  description: string | null
  themes: string[]
  audiences: string[]
  access: SchemeAccess
  howToAccess: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  url: string | null
  schedules: { byday: ByDay; opensAt: string; closesAt: string; note: string | null }[]
  areas: string[]
  venues: { assetId: string; publicName: string | null; frontDoorContact: string | null }[]
}

export interface SchemeTheme {
  code: string
  label: string
  needIndicator: string | null
  needLabel: string | null
  sortOrder: number
  retired: boolean
}

export interface SchemeAudience {
  code: string
  label: string
  sortOrder: number
}

/** One ward of `scheme_coverage`. */
export interface WardCoverage {
  wardCode: string
  wardName: string
  schemes: number
  schemeIds: string[]
  needValue: number | null
  needPercentile: number | null
  status: CoverageStatus
}

export interface PartnerOrganisation {
  id: string
  name: string
  sector: PartnerSector
  description: string | null
  website: string | null
  email: string | null
  phone: string | null
}
