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
  /** A sensitive venue's public name and front-door contact (`save_scheme`). */
  publicName: 200,
  frontDoorContact: 500,
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
      .array(
        z.object({
          name: z.string().trim().min(1, 'Choose a place or remove this row'),
          // Asked for, and required, only when the place is a sensitive one (see toSchemeInput).
          publicName: optional('the public name', SCHEME_LIMITS.publicName),
          frontDoorContact: optional('the front-door contact', SCHEME_LIMITS.frontDoorContact),
        }),
      )
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

/** A new, empty venue row. */
export const EMPTY_VENUE: SchemeFormValues['venues'][number] = {
  name: '',
  publicName: '',
  frontDoorContact: '',
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
    // A venue without an asset id is a sensitive place this reader may not see: saving keeps it.
    venues: service.venues.flatMap((venue) =>
      venue.assetId === null
        ? []
        : [
            {
              name: venue.name,
              publicName: venue.publicName ?? '',
              frontDoorContact: venue.frontDoorContact ?? '',
            },
          ],
    ),
  }
}

/** The venues of a scheme that saving keeps as they are: sensitive places the reader cannot see. */
export const keptVenueNames = (service: DirectoryService): string[] =>
  service.venues.flatMap((venue) => (venue.assetId === null ? [venue.name] : []))

/** A place a venue row may name: an approved asset of the map. */
export interface VenueChoice {
  id: string
  name: string
  /** A sensitive place (only those who may see sensitive places are offered one). */
  sensitive: boolean
}

/** A venue row's field that is wrong, and why. */
export interface VenueError {
  index: number
  field: 'name' | 'publicName' | 'frontDoorContact'
  message: string
}

const placeKey = (name: string) => name.trim().toLocaleLowerCase('en-GB')

/**
 * The place a venue row names, if any (compared without case or outer spaces).
 * @example findPlace(places, ' lexden village hall')?.id === 'hall'
 */
export function findPlace(
  places: readonly VenueChoice[],
  name: string | undefined,
): VenueChoice | undefined {
  const key = placeKey(name ?? '')
  return places.find((place) => placeKey(place.name) === key)
}

/**
 * The `save_scheme` payload for the form's values, or what is wrong with its venue rows, so that
 * the form can say which: a name that is no approved asset's (compared without case or outer
 * spaces), or a sensitive place without its public name or front-door contact (docs/partners.md:
 * the database refuses it too).
 *
 * @param values the form's checked values
 * @param ids the scheme's id (made on the device for a new one) and its organisation's
 * @param places the approved assets a venue may be
 */
export function toSchemeInput(
  values: SchemeFormValues,
  ids: { id: string; organisationId: string },
  places: readonly VenueChoice[],
): { ok: true; input: SchemeInput } | { ok: false; venueErrors: VenueError[] } {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
  const venueErrors: VenueError[] = []
  const venues = new Map<string, SchemeInput['venues'][number]>()
  values.venues.forEach((row, index) => {
    const place = findPlace(places, row.name)
    if (!place) {
      venueErrors.push({
        index,
        field: 'name',
        message: 'No approved place on the map has that name: choose one from the list',
      })
      return
    }
    const publicName = place.sensitive ? orNull(row.publicName) : null
    const frontDoorContact = place.sensitive ? orNull(row.frontDoorContact) : null
    if (place.sensitive && publicName === null) {
      venueErrors.push({
        index,
        field: 'publicName',
        message: 'Give the public name people will see instead of this place’s own',
      })
    }
    if (place.sensitive && frontDoorContact === null) {
      venueErrors.push({
        index,
        field: 'frontDoorContact',
        message: 'Give the front-door contact: how people reach the service safely',
      })
    }
    if (!venues.has(place.id))
      venues.set(place.id, { assetId: place.id, publicName, frontDoorContact })
  })
  if (venueErrors.length > 0) return { ok: false, venueErrors }
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
      venues: [...venues.values()],
    },
  }
}
