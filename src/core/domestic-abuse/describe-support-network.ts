// The domestic-abuse response network's public page, shaped from the directory's rows
// (docs/partners.md, `directory_service`). Sensitive places (refuges) keep the sensitive-place
// rules here too: whoever is reading, a sensitive venue is only ever a public name with a
// front-door contact, never a point, an address or a ward.
import type { DirectoryService } from '../partners/partner'

/** The directory's columns this page reads (a `directory_service` row). */
export type DirectoryScheme = Pick<
  DirectoryService,
  | 'schemeId'
  | 'organisationName'
  | 'kind'
  | 'name'
  | 'description'
  | 'themes'
  | 'access'
  | 'howToAccess'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'url'
  | 'venues'
>

/** A support service or safe space as the page lists it: how to get help, and where. */
export interface NetworkEntry {
  schemeId: string
  name: string
  organisationName: string
  description: string | null
  access: 'open' | 'referral'
  howToAccess: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  url: string | null
  /** Names of its public (not sensitive) venues. */
  placeNames: string[]
}

/** A refuge or other sensitive place: how to reach it, never where it is. */
export interface FrontDoor {
  publicName: string
  frontDoorContact: string
  schemeName: string
  organisationName: string
}

/** A public safe space's venue with a point, for the map. */
export interface SafeSpacePoint {
  id: string
  name: string
  schemeName: string
  lng: number
  lat: number
}

export interface SupportNetwork {
  services: NetworkEntry[]
  safeSpaces: NetworkEntry[]
  safeSpacePoints: SafeSpacePoint[]
  frontDoors: FrontDoor[]
}

/** The theme whose services the page lists (`scheme_themes.code`). */
export const DOMESTIC_ABUSE_THEME = 'domestic_abuse'

/**
 * Splits the directory into the network's parts: support services (kind `service` with the
 * domestic-abuse theme), public safe spaces (kind `safe_space`, any theme), the safe spaces'
 * public venues as points, and the front doors of sensitive venues of either.
 *
 * @param schemes - active schemes from `directory_service`, in any order
 * @returns each part ordered by name; inputs are not changed
 * @example describeSupportNetwork([]).services // []
 */
export function describeSupportNetwork(schemes: readonly DirectoryScheme[]): SupportNetwork {
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en-GB')
  const services = schemes.filter(
    (s) => s.kind === 'service' && s.themes.includes(DOMESTIC_ABUSE_THEME),
  )
  const safeSpaces = schemes.filter((s) => s.kind === 'safe_space')
  const safeSpacePoints: SafeSpacePoint[] = safeSpaces.flatMap((scheme) =>
    scheme.venues.flatMap((venue, index) =>
      // A sensitive venue is never a point, even for a reader the view gives its location to.
      !venue.sensitive && venue.lng !== null && venue.lat !== null
        ? [
            {
              id: `${scheme.schemeId}:${venue.assetId ?? index}`,
              name: venue.name,
              schemeName: scheme.name,
              lng: venue.lng,
              lat: venue.lat,
            },
          ]
        : [],
    ),
  )
  const frontDoors: FrontDoor[] = [...services, ...safeSpaces].flatMap((scheme) =>
    scheme.venues
      .filter((venue) => venue.sensitive && venue.frontDoorContact)
      .map((venue) => ({
        // A reader who may see sensitive places gets the place's own name as `name`: the public
        // page shows the public name whoever reads it.
        publicName: venue.publicName ?? venue.name,
        frontDoorContact: venue.frontDoorContact ?? '',
        schemeName: scheme.name,
        organisationName: scheme.organisationName,
      })),
  )
  return {
    services: services.map(toEntry).sort(byName),
    safeSpaces: safeSpaces.map(toEntry).sort(byName),
    safeSpacePoints: safeSpacePoints.sort(byName),
    frontDoors: frontDoors.sort((a, b) => a.publicName.localeCompare(b.publicName, 'en-GB')),
  }
}

function toEntry(scheme: DirectoryScheme): NetworkEntry {
  return {
    schemeId: scheme.schemeId,
    name: scheme.name,
    organisationName: scheme.organisationName,
    description: scheme.description,
    access: scheme.access,
    howToAccess: scheme.howToAccess,
    contactName: scheme.contactName,
    contactEmail: scheme.contactEmail,
    contactPhone: scheme.contactPhone,
    url: scheme.url,
    placeNames: scheme.venues.filter((venue) => !venue.sensitive).map((venue) => venue.name),
  }
}
