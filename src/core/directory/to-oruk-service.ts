import type { DirectoryService, PartnerOrganisation, SchemeVenue } from '../partners/partner'
import type { DirectoryVocabulary } from './directory-types'
import { nameUuid } from './name-uuid'
import { FIXED_TERMS, directoryAttribute } from './oruk-taxonomies'
import type {
  OrukAttribute,
  OrukLocation,
  OrukOrganization,
  OrukSchedule,
  OrukService,
  OrukServiceArea,
} from './oruk-types'

/**
 * One directory row as an Open Referral UK 3.0 `service`, fully nested (organisation, locations,
 * schedules, areas, taxonomy terms, contact), valid against `schema/compiled/service.json`.
 *
 * A sensitive venue is exported only as the row shows it to the caller: under its public name,
 * its front-door contact as the location's description, with an id made from the scheme and that
 * name; never the asset's id, name, point or ward (even for a caller who may see them, since an
 * export is a file that travels).
 *
 * @param row a row of the directory (`directory_service`)
 * @param organisation the scheme's organisation (`partner_organisations`); null: only its name
 * @param vocabulary labels of theme and audience codes, names of areas
 */
export function toOrukService(
  row: DirectoryService,
  organisation: PartnerOrganisation | null,
  vocabulary: DirectoryVocabulary,
): OrukService {
  const themeLabel = labelsOf(vocabulary.themes)
  const audienceLabel = labelsOf(vocabulary.audiences)
  const attributes: OrukAttribute[] = [
    ...row.themes.map((code) =>
      directoryAttribute(row.schemeId, 'themes', code, themeLabel.get(code) ?? code),
    ),
    ...row.audiences.map((code) =>
      directoryAttribute(row.schemeId, 'audiences', code, audienceLabel.get(code) ?? code),
    ),
    directoryAttribute(
      row.schemeId,
      'access',
      row.access,
      FIXED_TERMS.access[row.access] ?? row.access,
    ),
    directoryAttribute(row.schemeId, 'kinds', row.kind, FIXED_TERMS.kinds[row.kind] ?? row.kind),
  ]
  const extension = {
    ...optional('how_to_access', row.howToAccess),
    ...optional('contact_phone', row.contactPhone),
  }
  return {
    id: row.schemeId,
    name: row.name,
    ...optional('description', row.description),
    ...optional('url', row.url),
    ...optional('email', row.contactEmail),
    status: 'active',
    last_modified: new Date(row.updatedAt).toISOString(),
    organization: toOrukOrganization(
      organisation ?? {
        id: row.organisationId,
        name: row.organisationName,
        programmeId: '',
        sector: row.organisationSector,
        description: null,
        website: null,
        email: null,
        phone: null,
      },
    ),
    schedules: row.schedules.map((schedule): OrukSchedule => ({
      id: nameUuid(`schedule:${row.schemeId}:${schedule.byday}:${schedule.opensAt}`),
      freq: 'WEEKLY',
      byday: schedule.byday,
      opens_at: withSeconds(schedule.opensAt),
      closes_at: withSeconds(schedule.closesAt),
      ...optional('description', schedule.note),
    })),
    service_areas: row.areaCodes.map((code): OrukServiceArea => ({
      id: nameUuid(`area:${row.schemeId}:${code}`),
      name: vocabulary.areaNames?.get(code) ?? code,
      uri: `${GSS_URI}${code}`,
    })),
    service_at_locations: row.venues.map((venue) => {
      const location = toOrukLocation(row.schemeId, venue)
      return { id: nameUuid(`service_at_location:${row.schemeId}:${location.id}`), location }
    }),
    contacts: row.contactName
      ? [{ id: nameUuid(`contact:${row.schemeId}`), name: row.contactName }]
      : [],
    attributes,
    ...(Object.keys(extension).length > 0 ? { community_asset_map: extension } : {}),
  }
}

/** The statistical-geography URI of a GSS code: how an ORUK area names a ward or authority. */
export const GSS_URI = 'http://statistics.data.gov.uk/id/statistical-geography/'

/** A partner organisation as an ORUK `organization` (its sector as a term of ours). */
export function toOrukOrganization(organisation: PartnerOrganisation): OrukOrganization {
  return {
    id: organisation.id,
    name: organisation.name,
    // Required by ORUK; an organisation may have none yet.
    description: organisation.description ?? '',
    ...optional('email', organisation.email),
    ...optional('website', organisation.website),
    attributes: [
      directoryAttribute(
        organisation.id,
        'sectors',
        organisation.sector,
        FIXED_TERMS.sectors[organisation.sector] ?? organisation.sector,
      ),
    ],
    ...(organisation.phone ? { community_asset_map: { phone: organisation.phone } } : {}),
  }
}

function toOrukLocation(schemeId: string, venue: SchemeVenue): OrukLocation {
  if (venue.sensitive || venue.assetId === null) {
    // The public name, even when the reader may see the place's own name.
    const publicName = venue.publicName ?? venue.name
    return {
      id: nameUuid(`venue:${schemeId}:${publicName}`),
      location_type: 'physical',
      name: publicName,
      ...optional('description', venue.frontDoorContact),
    }
  }
  return {
    id: venue.assetId,
    location_type: 'physical',
    name: venue.name,
    ...(venue.lat !== null && venue.lng !== null
      ? { latitude: venue.lat, longitude: venue.lng }
      : {}),
  }
}

function labelsOf(list: ReadonlyArray<{ code: string; label: string }>): Map<string, string> {
  return new Map(list.map(({ code, label }) => [code, label]))
}

function withSeconds(time: string): string {
  return /^\d\d:\d\d$/.test(time) ? `${time}:00` : time
}

/** `{ [key]: value }` when there is a value, `{}` when null or empty: ORUK strings are never null. */
function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return value === null || value === '' ? {} : ({ [key]: value } as { [P in K]?: string })
}
