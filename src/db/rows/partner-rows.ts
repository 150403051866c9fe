import { z } from 'zod'
import {
  COVERAGE_STATUSES,
  PARTNER_SECTORS,
  SCHEME_ACCESS,
  SCHEME_KINDS,
  WEEKDAYS,
  type ChampionCount,
  type DirectoryService,
  type ExternalTermSummary,
  type PartnerOrganisation,
  type SchemeAudience,
  type SchemeTheme,
  type WardCoverage,
  type WardSchemeSupply,
} from '../../core/partners/partner'

// Rows of the partners' tables, views and functions (docs/partners.md), as JSON in both adapters.
const nullableText = z.string().nullable()
const time = z.string().transform((t) => t.slice(0, 5))

export const partnerOrganisationRowSchema = z.object({
  id: z.string(),
  programme_id: z.string(),
  name: z.string(),
  sector: z.enum(PARTNER_SECTORS),
  description: nullableText,
  website: nullableText,
  email: nullableText,
  phone: nullableText,
})

export function toPartnerOrganisation(row: unknown): PartnerOrganisation {
  const v = partnerOrganisationRowSchema.parse(row)
  return {
    id: v.id,
    programmeId: v.programme_id,
    name: v.name,
    sector: v.sector,
    description: v.description,
    website: v.website,
    email: v.email,
    phone: v.phone,
  }
}

/** A row of `my_partner_organisations()`. */
export function toMyOrganisation(row: unknown): { organisationId: string; name: string } {
  const v = z.object({ organisation_id: z.string(), name: z.string() }).parse(row)
  return { organisationId: v.organisation_id, name: v.name }
}

export function toSchemeTheme(row: unknown): SchemeTheme {
  const v = z
    .object({
      code: z.string(),
      label: z.string(),
      need_indicator: nullableText,
      need_label: nullableText,
      sort_order: z.number().int(),
      retired: z.boolean(),
    })
    .parse(row)
  return {
    code: v.code,
    label: v.label,
    needIndicator: v.need_indicator,
    needLabel: v.need_label,
    sortOrder: v.sort_order,
    retired: v.retired,
  }
}

/** A row of the view `external_term_summary`. */
export function toExternalTerm(row: unknown): ExternalTermSummary {
  const v = z
    .object({
      vocabulary: z.string(),
      term_code: z.string(),
      term_name: z.string(),
      schemes: z.number().int(),
      unmapped_schemes: z.number().int(),
      mapped_themes: z.array(z.string()),
    })
    .parse(row)
  return {
    vocabulary: v.vocabulary,
    termCode: v.term_code,
    termName: v.term_name,
    schemes: v.schemes,
    unmappedSchemes: v.unmapped_schemes,
    mappedThemes: v.mapped_themes,
  }
}

export function toSchemeAudience(row: unknown): SchemeAudience {
  const v = z
    .object({ code: z.string(), label: z.string(), sort_order: z.number().int() })
    .parse(row)
  return { code: v.code, label: v.label, sortOrder: v.sort_order }
}

const venueSchema = z.object({
  asset_id: z.string().nullable(),
  name: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  ward_code: nullableText,
  sensitive: z.boolean(),
  front_door_contact: nullableText,
  public_name: nullableText.optional(),
})

export const directoryServiceRowSchema = z.object({
  scheme_id: z.string(),
  organisation_id: z.string(),
  organisation_name: z.string(),
  organisation_sector: z.enum(PARTNER_SECTORS),
  kind: z.enum(SCHEME_KINDS),
  name: z.string(),
  description: nullableText,
  themes: z.array(z.string()),
  audiences: z.array(z.string()),
  access: z.enum(SCHEME_ACCESS),
  how_to_access: nullableText,
  contact_name: nullableText,
  contact_email: nullableText,
  contact_phone: nullableText,
  url: nullableText,
  schedules: z.array(
    z.object({ byday: z.enum(WEEKDAYS), opens_at: time, closes_at: time, note: nullableText }),
  ),
  area_codes: z.array(z.string()),
  ward_codes: z.array(z.string()),
  venues: z.array(venueSchema),
  updated_at: z.string(),
  can_edit: z.boolean(),
})

export function toDirectoryService(row: unknown): DirectoryService {
  const v = directoryServiceRowSchema.parse(row)
  return {
    schemeId: v.scheme_id,
    organisationId: v.organisation_id,
    organisationName: v.organisation_name,
    organisationSector: v.organisation_sector,
    kind: v.kind,
    name: v.name,
    description: v.description,
    themes: v.themes,
    audiences: v.audiences,
    access: v.access,
    howToAccess: v.how_to_access,
    contactName: v.contact_name,
    contactEmail: v.contact_email,
    contactPhone: v.contact_phone,
    url: v.url,
    schedules: v.schedules.map((s) => ({
      byday: s.byday,
      opensAt: s.opens_at,
      closesAt: s.closes_at,
      note: s.note,
    })),
    areaCodes: v.area_codes,
    wardCodes: v.ward_codes,
    venues: v.venues.map((venue) => ({
      assetId: venue.asset_id,
      name: venue.name,
      lng: venue.lng,
      lat: venue.lat,
      wardCode: venue.ward_code,
      sensitive: venue.sensitive,
      frontDoorContact: venue.front_door_contact,
      // A hidden sensitive place is shown by its public name only.
      publicName:
        venue.public_name ?? (venue.sensitive && venue.asset_id === null ? venue.name : null),
    })),
    updatedAt: v.updated_at,
    canEdit: v.can_edit,
  }
}

export function toWardCoverage(row: unknown): WardCoverage {
  const v = z
    .object({
      ward_code: z.string(),
      ward_name: z.string(),
      schemes: z.number().int().nonnegative(),
      scheme_ids: z.array(z.string()),
      need_value: z.number().nullable(),
      need_percentile: z.number().nullable(),
      status: z.enum(COVERAGE_STATUSES),
    })
    .parse(row)
  return {
    wardCode: v.ward_code,
    wardName: v.ward_name,
    schemes: v.schemes,
    schemeIds: v.scheme_ids,
    needValue: v.need_value,
    needPercentile: v.need_percentile,
    status: v.status,
  }
}

export function toWardSchemeSupply(row: unknown): WardSchemeSupply {
  const v = z.object({ ward_code: z.string(), schemes: z.number().int().nonnegative() }).parse(row)
  return { wardCode: v.ward_code, schemes: v.schemes }
}

export function toChampionCount(row: unknown): ChampionCount {
  const v = z
    .object({
      ward_code: z.string(),
      ward_name: z.string(),
      champions: z.number().int().nonnegative(),
      updated_at: z.string(),
    })
    .parse(row)
  return {
    wardCode: v.ward_code,
    wardName: v.ward_name,
    champions: v.champions,
    updatedAt: v.updated_at,
  }
}

/** A row of `partner_organisation_people`. */
export function toOrganisationPerson(row: unknown): { organisationId: string; userId: string } {
  const value = z.object({ organisation_id: z.string(), user_id: z.string() }).parse(row)
  return { organisationId: value.organisation_id, userId: value.user_id }
}
