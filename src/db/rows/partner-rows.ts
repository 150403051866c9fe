import { z } from 'zod'
import {
  BYDAYS,
  COVERAGE_STATUSES,
  PARTNER_SECTORS,
  SCHEME_ACCESS,
  SCHEME_KINDS,
  type DirectoryService,
  type PartnerOrganisation,
  type SchemeAudience,
  type SchemeInput,
  type SchemeTheme,
  type WardCoverage,
} from '../../core/partners/partner-types'

// Rows of the partners' views and functions (docs/partners.md). Every row arrives as JSON in
// both adapters.

const optionalText = z.string().nullable()

const directoryRowSchema = z.object({
  scheme_id: z.string(),
  organisation_id: z.string(),
  organisation_name: z.string(),
  organisation_sector: z.enum(PARTNER_SECTORS),
  kind: z.enum(SCHEME_KINDS),
  name: z.string(),
  description: optionalText,
  themes: z.array(z.string()),
  audiences: z.array(z.string()),
  access: z.enum(SCHEME_ACCESS),
  how_to_access: optionalText,
  contact_name: optionalText,
  contact_email: optionalText,
  contact_phone: optionalText,
  url: optionalText,
  schedules: z.array(
    z.object({
      byday: z.enum(BYDAYS),
      opens_at: z.string(),
      closes_at: z.string(),
      note: optionalText.optional(),
    }),
  ),
  area_codes: z.array(z.string()),
  ward_codes: z.array(z.string()),
  venues: z.array(
    z.object({
      asset_id: optionalText.optional(),
      name: z.string(),
      lng: z.number().nullable().optional(),
      lat: z.number().nullable().optional(),
      ward_code: optionalText.optional(),
      sensitive: z.boolean(),
      front_door_contact: optionalText.optional(),
    }),
  ),
  updated_at: z.string(),
  can_edit: z.boolean(),
})

/** A row of `directory_service` (or of a function returning its rows). */
export function toDirectoryService(row: unknown): DirectoryService {
  const value = directoryRowSchema.parse(row)
  return {
    schemeId: value.scheme_id,
    organisationId: value.organisation_id,
    organisationName: value.organisation_name,
    organisationSector: value.organisation_sector,
    kind: value.kind,
    name: value.name,
    description: value.description,
    themes: value.themes,
    audiences: value.audiences,
    access: value.access,
    howToAccess: value.how_to_access,
    contactName: value.contact_name,
    contactEmail: value.contact_email,
    contactPhone: value.contact_phone,
    url: value.url,
    schedules: value.schedules.map((row) => ({
      byday: row.byday,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      note: row.note ?? null,
    })),
    areaCodes: value.area_codes,
    wardCodes: value.ward_codes,
    venues: value.venues.map((venue) => ({
      assetId: venue.asset_id ?? null,
      name: venue.name,
      lng: venue.lng ?? null,
      lat: venue.lat ?? null,
      wardCode: venue.ward_code ?? null,
      sensitive: venue.sensitive,
      frontDoorContact: venue.front_door_contact ?? null,
    })),
    updatedAt: value.updated_at,
    canEdit: value.can_edit,
  }
}

/** The `save_scheme` payload (snake-cased, as the function reads it). */
export function toSchemePayload(input: SchemeInput): Record<string, unknown> {
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
    schedules: input.schedules.map((row) => ({
      byday: row.byday,
      opens_at: row.opensAt,
      closes_at: row.closesAt,
      note: row.note,
    })),
    areas: input.areas,
    venues: input.venues.map((venue) => ({
      asset_id: venue.assetId,
      public_name: venue.publicName,
      front_door_contact: venue.frontDoorContact,
    })),
  }
}

const themeRowSchema = z.object({
  code: z.string(),
  label: z.string(),
  need_indicator: optionalText,
  need_label: optionalText,
  sort_order: z.number(),
  retired: z.boolean(),
})

export function toSchemeTheme(row: unknown): SchemeTheme {
  const value = themeRowSchema.parse(row)
  return {
    code: value.code,
    label: value.label,
    needIndicator: value.need_indicator,
    needLabel: value.need_label,
    sortOrder: value.sort_order,
    retired: value.retired,
  }
}

export function toSchemeAudience(row: unknown): SchemeAudience {
  const value = z.object({ code: z.string(), label: z.string(), sort_order: z.number() }).parse(row)
  return { code: value.code, label: value.label, sortOrder: value.sort_order }
}

const coverageRowSchema = z.object({
  ward_code: z.string(),
  ward_name: z.string(),
  schemes: z.number().int().nonnegative(),
  scheme_ids: z.array(z.string()),
  need_value: z.number().nullable(),
  need_percentile: z.number().nullable(),
  status: z.enum(COVERAGE_STATUSES),
})

export function toWardCoverage(row: unknown): WardCoverage {
  const value = coverageRowSchema.parse(row)
  return {
    wardCode: value.ward_code,
    wardName: value.ward_name,
    schemes: value.schemes,
    schemeIds: value.scheme_ids,
    needValue: value.need_value,
    needPercentile: value.need_percentile,
    status: value.status,
  }
}

const organisationRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.enum(PARTNER_SECTORS),
  description: optionalText,
  website: optionalText,
  email: optionalText,
  phone: optionalText,
})

export function toPartnerOrganisation(row: unknown): PartnerOrganisation {
  const value = organisationRowSchema.parse(row)
  return { ...value }
}

export function toOrganisationPerson(row: unknown): { organisationId: string; userId: string } {
  const value = z.object({ organisation_id: z.string(), user_id: z.string() }).parse(row)
  return { organisationId: value.organisation_id, userId: value.user_id }
}

export function toMyOrganisation(row: unknown): { organisationId: string; name: string } {
  const value = z.object({ organisation_id: z.string(), name: z.string() }).parse(row)
  return { organisationId: value.organisation_id, name: value.name }
}
