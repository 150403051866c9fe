/**
 * Partners' schemes (docs/partners.md): organisations, their schemes as the directory shows them,
 * coverage per ward and champion counts. Pure types and mappings; the database checks everything
 * again.
 */

export const PARTNER_SECTORS = ['statutory', 'voluntary', 'community', 'faith', 'business'] as const
export type PartnerSector = (typeof PARTNER_SECTORS)[number]

/** A service, or a public safe space (e.g. a pharmacy offering Ask for ANI). */
export const SCHEME_KINDS = ['service', 'safe_space'] as const
export type SchemeKind = (typeof SCHEME_KINDS)[number]

export const SCHEME_ACCESS = ['open', 'referral'] as const
export type SchemeAccess = (typeof SCHEME_ACCESS)[number]

/** Weekdays as iCalendar's BYDAY names them (Open Referral UK's schedules use the same). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** How a ward stands for a theme: 2 or more schemes, a high-need ward with none, 1, or neither. */
export const COVERAGE_STATUSES = ['overlap', 'gap', 'covered', 'none'] as const
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number]

export interface PartnerOrganisation {
  id: string
  programmeId: string
  name: string
  sector: PartnerSector
  description: string | null
  website: string | null
  email: string | null
  phone: string | null
}

/** What `save_partner_organisation` takes: a new id opens one (administrators). */
export type OrganisationInput = Omit<PartnerOrganisation, 'programmeId'> & {
  programmeId?: string | null
}

export interface SchemeTheme {
  code: string
  label: string
  /** The ward indicator measuring the theme's need; null: overlaps only. */
  needIndicator: string | null
  needLabel: string | null
  sortOrder: number
  retired: boolean
}

/**
 * The theme an imported scheme is filed under until its terms of another directory's taxonomy are
 * mapped to a theme of ours (supabase/migrations/20261208120000_directory_import.sql).
 */
export const NOT_YET_MAPPED_THEME = 'not_yet_mapped'

/**
 * A term of another directory's taxonomy, on the schemes the reader can see (`external_term_summary`):
 * `unmappedSchemes` of its `schemes` have it not yet mapped; `mappedThemes` it is mapped to on the others.
 */
export interface ExternalTermSummary {
  vocabulary: string
  termCode: string
  termName: string
  schemes: number
  unmappedSchemes: number
  mappedThemes: string[]
}

export interface SchemeAudience {
  code: string
  label: string
  sortOrder: number
}

export interface SchemeSchedule {
  byday: Weekday
  /** `HH:MM`, Europe/London. */
  opensAt: string
  closesAt: string
  note: string | null
}

/**
 * A venue as the reader may see it. A sensitive place, for anyone who may not see sensitive
 * places, has no asset id, point or ward: only its public name and front-door contact.
 */
export interface SchemeVenue {
  assetId: string | null
  name: string
  lng: number | null
  lat: number | null
  wardCode: string | null
  sensitive: boolean
  frontDoorContact: string | null
  /** The public name chosen for a sensitive place (shown to those who see the place itself). */
  publicName: string | null
}

/** One row of the directory (`directory_service`): an active scheme. */
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
  /** Authorities and wards as saved. */
  areaCodes: string[]
  /** Every ward it runs in (never from a sensitive venue). */
  wardCodes: string[]
  venues: SchemeVenue[]
  updatedAt: string
  canEdit: boolean
}

export interface SchemeVenueInput {
  assetId: string
  /** Required for a sensitive place, with the front-door contact. */
  publicName: string | null
  frontDoorContact: string | null
}

/** A term of another directory's taxonomy kept with a scheme (an import), maybe mapped to a theme. */
export interface ExternalTerm {
  vocabulary: string
  termCode: string
  termName: string
  mappedTheme: string | null
}

/** What `save_scheme` takes; `id` is made by the client, so saving twice is one scheme. */
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
  schedules: SchemeSchedule[]
  /** Authority (E06…/E07…) and ward (E05…) codes. */
  areas: string[]
  /** The venues the saver can see; a venue they cannot see (a refuge) is kept as it is. */
  venues: SchemeVenueInput[]
  /** Given: replaces the scheme's terms from other taxonomies; left out: keeps them. */
  externalTerms?: ExternalTerm[]
}

export interface DirectorySearch {
  theme?: string | null
  audience?: string | null
  wardCode?: string | null
  /** Turned into its ward; an unknown postcode is refused (code `P0404`). */
  postcode?: string | null
  openNow?: boolean
  text?: string | null
  limit?: number
  offset?: number
}

export interface WardCoverage {
  wardCode: string
  wardName: string
  schemes: number
  schemeIds: string[]
  needValue: number | null
  /** 0–100 among the wards listed; null when the theme has no need measure or the ward no value. */
  needPercentile: number | null
  status: CoverageStatus
}

export interface WardSchemeSupply {
  wardCode: string
  schemes: number
}

export interface ChampionCount {
  wardCode: string
  wardName: string
  champions: number
  updatedAt: string
}

/**
 * The `save_scheme` payload (snake_case, as the database reads it).
 * @example schemePayload(input).organisation_id === input.organisationId
 */
export function schemePayload(input: SchemeInput): Record<string, unknown> {
  return {
    id: input.id,
    organisation_id: input.organisationId,
    kind: input.kind,
    name: input.name,
    description: input.description,
    themes: input.themes,
    audiences: input.audiences,
    access: input.access,
    how_to_access: input.howToAccess,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
    url: input.url,
    schedules: input.schedules.map((s) => ({
      byday: s.byday,
      opens_at: s.opensAt,
      closes_at: s.closesAt,
      note: s.note,
    })),
    areas: input.areas,
    venues: input.venues.map((v) => ({
      asset_id: v.assetId,
      public_name: v.publicName,
      front_door_contact: v.frontDoorContact,
    })),
    ...(input.externalTerms && {
      external_terms: input.externalTerms.map((t) => ({
        vocabulary: t.vocabulary,
        term_code: t.termCode,
        term_name: t.termName,
        mapped_theme: t.mappedTheme,
      })),
    }),
  }
}

/**
 * A directory row as the input that saves it unchanged (to edit a scheme). Venues the reader
 * cannot see (no asset id) are left out: saving keeps them as they are.
 * @example schemeInputFrom(row).id === row.schemeId
 */
export function schemeInputFrom(row: DirectoryService): SchemeInput {
  return {
    id: row.schemeId,
    organisationId: row.organisationId,
    kind: row.kind,
    name: row.name,
    description: row.description,
    themes: [...row.themes],
    audiences: [...row.audiences],
    access: row.access,
    howToAccess: row.howToAccess,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    url: row.url,
    schedules: row.schedules.map((s) => ({ ...s })),
    areas: [...row.areaCodes],
    venues: row.venues.flatMap((v) =>
      v.assetId === null
        ? []
        : [
            {
              assetId: v.assetId,
              publicName: v.publicName,
              frontDoorContact: v.frontDoorContact,
            },
          ],
    ),
  }
}
