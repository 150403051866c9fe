import { z } from 'zod'
import {
  WEEKDAYS,
  SCHEME_ACCESS,
  SCHEME_KINDS,
  type DirectoryService,
  type SchemeInput,
} from '../../../core/partners/partner'

// The scheme form's schema: what react-hook-form checks as typed. The limits are the database's
// (docs/partners.md: `schemes` and `private.limits`), which checks them again; its refusal is
// shown in words.
export const SCHEME_LIMITS = {
  name: 200,
  description: 4000,
  howToAccess: 1000,
  contact: 200,
  schedules: 28,
  areas: 50,
  venues: 50,
} as const

const optional = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} to ${max} characters`)

const time = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, 'Enter a time such as 09:30')

const scheduleRow = z
  .object({
    byday: z.enum(WEEKDAYS),
    opensAt: time,
    closesAt: time,
    note: optional('the note', 200),
  })
  .refine((row) => !time.safeParse(row.opensAt).success || row.closesAt > row.opensAt, {
    message: 'It must close after it opens',
    path: ['closesAt'],
  })

export const schemeFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the scheme’s name')
      .max(SCHEME_LIMITS.name, `Keep the name to ${SCHEME_LIMITS.name} characters`),
    kind: z.enum(SCHEME_KINDS),
    description: optional('the description', SCHEME_LIMITS.description),
    themes: z.array(z.string()).min(1, 'Choose at least one theme'),
    audiences: z.array(z.string()).min(1, 'Choose who it is for'),
    access: z.enum(SCHEME_ACCESS),
    howToAccess: optional('how to access it', SCHEME_LIMITS.howToAccess),
    contactName: optional('the contact’s name', SCHEME_LIMITS.contact),
    contactEmail: z.union([
      z.literal(''),
      z.string().trim().email('Enter an email address such as name@example.org'),
    ]),
    contactPhone: optional('the phone number', 40),
    url: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^https:\/\/\S+$/, 'Enter a web address starting https://'),
    ]),
    schedules: z
      .array(scheduleRow)
      .max(SCHEME_LIMITS.schedules, `At most ${SCHEME_LIMITS.schedules} opening times`),
    authorities: z.array(z.string()),
    wards: z.array(z.string()).max(SCHEME_LIMITS.areas, `At most ${SCHEME_LIMITS.areas} wards`),
    venues: z
      .array(z.object({ name: z.string().trim().min(1, 'Choose a place or remove this row') }))
      .max(SCHEME_LIMITS.venues, `At most ${SCHEME_LIMITS.venues} places`),
  })
  .refine((values) => values.authorities.length + values.wards.length + values.venues.length > 0, {
    message: 'Say where it runs: whole authorities, wards or places',
    path: ['wards'],
  })
  .refine((values) => values.authorities.length + values.wards.length <= SCHEME_LIMITS.areas, {
    message: `At most ${SCHEME_LIMITS.areas} areas in all`,
    path: ['wards'],
  })

export type SchemeFormValues = z.infer<typeof schemeFormSchema>

export const EMPTY_SCHEME: SchemeFormValues = {
  name: '',
  kind: 'service',
  description: '',
  themes: [],
  audiences: [],
  access: 'open',
  howToAccess: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  url: '',
  schedules: [],
  authorities: [],
  wards: [],
  venues: [],
}

/**
 * The form's values for a scheme as the directory holds it (for "Edit"). Wards and authorities
 * are told apart by their GSS prefix (E05: ward).
 */
export function toSchemeFormValues(service: DirectoryService): SchemeFormValues {
  return {
    name: service.name,
    kind: service.kind,
    description: service.description ?? '',
    themes: [...service.themes],
    audiences: [...service.audiences],
    access: service.access,
    howToAccess: service.howToAccess ?? '',
    contactName: service.contactName ?? '',
    contactEmail: service.contactEmail ?? '',
    contactPhone: service.contactPhone ?? '',
    url: service.url ?? '',
    schedules: service.schedules.map((row) => ({
      byday: row.byday,
      opensAt: row.opensAt.slice(0, 5),
      closesAt: row.closesAt.slice(0, 5),
      note: row.note ?? '',
    })),
    authorities: service.areaCodes.filter((code) => !code.startsWith('E05')),
    wards: service.areaCodes.filter((code) => code.startsWith('E05')),
    venues: service.venues.map((venue) => ({ name: venue.name })),
  }
}

/** A place a venue row may name: an approved asset of the map. */
export interface VenueChoice {
  id: string
  name: string
}

/**
 * The `save_scheme` payload for the form's values, or the venue rows whose name is no approved
 * asset's (compared without case or outer spaces), so that the form can say which.
 *
 * @param values the form's checked values
 * @param ids the scheme's id (made on the device for a new one) and its organisation's
 * @param places the approved assets a venue may be
 */
export function toSchemeInput(
  values: SchemeFormValues,
  ids: { id: string; organisationId: string },
  places: readonly VenueChoice[],
): { ok: true; input: SchemeInput } | { ok: false; unknownVenues: number[] } {
  const key = (name: string) => name.trim().toLocaleLowerCase('en-GB')
  const byName = new Map(places.map((place) => [key(place.name), place.id]))
  const venueIds = values.venues.map((venue) => byName.get(key(venue.name)))
  const unknownVenues = venueIds.flatMap((id, index) => (id === undefined ? [index] : []))
  if (unknownVenues.length > 0) return { ok: false, unknownVenues }
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
  return {
    ok: true,
    input: {
      ...ids,
      kind: values.kind,
      name: values.name.trim(),
      description: orNull(values.description),
      themes: values.themes,
      audiences: values.audiences,
      access: values.access,
      howToAccess: orNull(values.howToAccess),
      contactName: orNull(values.contactName),
      contactEmail: orNull(values.contactEmail),
      contactPhone: orNull(values.contactPhone),
      url: orNull(values.url),
      schedules: values.schedules.map((row) => ({
        byday: row.byday,
        opensAt: row.opensAt,
        closesAt: row.closesAt,
        note: orNull(row.note),
      })),
      areas: [...values.authorities, ...values.wards],
      venues: [...new Set(venueIds as string[])].map((assetId) => ({
        assetId,
        publicName: null,
        frontDoorContact: null,
      })),
    },
  }
}
