import type {
  DirectoryVocabulary,
  ExternalTerm,
  ImportLocation,
  ImportRecord,
  OrganisationPayload,
  RecordReport,
} from './directory-types'
import {
  DIRECTORY_TAXONOMIES,
  FIXED_TERMS,
  directoryTaxonomyOf,
  directoryTerm,
} from './oruk-taxonomies'
import type { DirectoryTaxonomyKey } from './oruk-taxonomies'
import { readOrukSchedules } from './read-oruk-schedules'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const STATUSES = new Set(['active', 'inactive', 'defunct', 'temporarily closed'])
const GSS_CODE = /\bE0[5-9]\d{6}\b/

/** What a file of ORUK services becomes: records for `import_directory`, and the refusals. */
export interface OrukReading {
  records: ImportRecord[]
  /** records refused before the database sees them, with the reason */
  refused: RecordReport[]
}

type Json = Record<string, unknown>

/**
 * Reads ORUK 3.0 services (an array, a page envelope with `contents`, one `service`, or the
 * same of `service_at_location`s, or an `organization` with its `services`) as
 * `save_scheme` payloads and organisations, one record per service, numbered from 1 in the file's
 * order (an organisation carries the number of the first service naming it).
 *
 * Refused, with the reason: a record that is not an object, lacks a required field (`id`, `name`,
 * `status`; an organisation's `id`, `name`, `description`), has an id that is not a UUID or that
 * another record also has, or a schedule that is not valid. Terms of other taxonomies are kept as
 * external terms, with a warning offering them for mapping.
 *
 * @param file the parsed JSON
 * @param vocabulary the codes of our themes and audiences (to know a term of ours by its id)
 */
export function readOrukServices(file: unknown, vocabulary: DirectoryVocabulary): OrukReading {
  const items = listOf(file)
  if (items === null) {
    return {
      records: [],
      refused: [
        refusal(
          0,
          'file',
          '',
          'not Open Referral UK services: expected an array, a page with "contents", or one service',
        ),
      ],
    }
  }
  const knownTerms = termsById(vocabulary)
  const idCounts = new Map<string, number[]>()
  items.forEach((item, index) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id.toLowerCase() : null
    if (id !== null) idCounts.set(id, [...(idCounts.get(id) ?? []), index + 1])
  })
  const records: ImportRecord[] = []
  const refused: RecordReport[] = []
  const organisations = new Set<string>()
  items.forEach((item, index) => {
    const recordNo = index + 1
    const read = readService(item, knownTerms, vocabulary)
    if (!read.ok) {
      refused.push(refusal(recordNo, 'service', read.id, read.reason))
      return
    }
    const others = (idCounts.get(read.id.toLowerCase()) ?? []).filter((no) => no !== recordNo)
    if (others.length > 0) {
      refused.push(
        refusal(
          recordNo,
          'service',
          read.id,
          `duplicate id: record ${others.join(', ')} has the same id`,
        ),
      )
      return
    }
    const { organisation, record } = read
    if (organisation !== null && !organisations.has(organisation.id)) {
      organisations.add(organisation.id)
      records.push({
        record_no: recordNo,
        record_type: 'organization',
        record_id: organisation.id,
        organisation: organisation.payload,
        warnings: organisation.warnings,
      })
    }
    records.push({ ...record, record_no: recordNo })
  })
  return { records, refused }
}

type ServiceRead =
  | {
      ok: true
      id: string
      organisation: ReadOrganisation | null
      record: Extract<ImportRecord, { record_type: 'service' }>
    }
  | { ok: false; id: string; reason: string }

function readService(
  item: unknown,
  knownTerms: Map<string, { taxonomy: DirectoryTaxonomyKey; code: string }>,
  vocabulary: DirectoryVocabulary,
): ServiceRead {
  if (!isObject(item)) return { ok: false, id: '', reason: 'not a JSON object' }
  const id = typeof item.id === 'string' ? item.id : ''
  const missing = (['id', 'name', 'status'] as const).filter((field) => text(item[field]) === null)
  if (missing.length > 0)
    return {
      ok: false,
      id,
      reason: `missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    }
  if (!UUID.test(id)) return { ok: false, id, reason: `id "${id}" is not a UUID` }
  const status = text(item.status)!
  if (!STATUSES.has(status))
    return {
      ok: false,
      id,
      reason: `status "${status}" is not one of active, inactive, defunct, temporarily closed`,
    }

  const organisation = readOrganisation(item.organization)
  if (typeof organisation === 'string') return { ok: false, id, reason: organisation }
  const organisationId = organisation?.id ?? text(item.organization_id)
  if (organisationId === null)
    return {
      ok: false,
      id,
      reason: 'missing required field: organization (a scheme belongs to an organisation)',
    }
  if (!UUID.test(organisationId))
    return { ok: false, id, reason: `organization_id "${organisationId}" is not a UUID` }

  const schedules = readOrukSchedules(item.schedules)
  if (!schedules.ok) return { ok: false, id, reason: `invalid schedule: ${schedules.reason}` }
  const warnings = [...schedules.warnings]

  const terms = {
    themes: [] as string[],
    audiences: [] as string[],
    access: [] as string[],
    kinds: [] as string[],
  }
  const external: ExternalTerm[] = []
  const themeCodes = new Set(vocabulary.themes.map(({ code }) => code))
  const audienceCodes = new Set(vocabulary.audiences.map(({ code }) => code))
  for (const attribute of arrayOf(item.attributes)) {
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : null
    const termId = text(term?.id) ?? text(attribute.taxonomy_term_id)
    const ours = termId === null ? undefined : knownTerms.get(termId.toLowerCase())
    const taxonomy = ours?.taxonomy ?? directoryTaxonomyOf(text(term?.taxonomy_id) ?? '')
    const code = ours?.code ?? text(term?.term)
    const known =
      code !== null &&
      (taxonomy === 'themes'
        ? themeCodes.has(code)
        : taxonomy === 'audiences'
          ? audienceCodes.has(code)
          : taxonomy === 'access' || taxonomy === 'kinds'
            ? code in FIXED_TERMS[taxonomy]
            : false)
    if (known && taxonomy !== null && taxonomy !== 'sectors') {
      terms[taxonomy].push(code)
      continue
    }
    if (term === null) {
      warnings.push(`attribute ${text(attribute.id) ?? ''} left out: no taxonomy term`)
      continue
    }
    const kept: ExternalTerm = {
      vocabulary: text(term.taxonomy) ?? text(term.taxonomy_id) ?? 'unnamed taxonomy',
      term_code: code ?? termId ?? text(term.name) ?? '',
      term_name: text(term.name) ?? code ?? '',
    }
    external.push(kept)
    warnings.push(`term "${kept.term_name}" of ${kept.vocabulary} kept for mapping to a theme`)
  }
  const access = terms.access[0] ?? 'open'
  if (terms.access.length === 0) warnings.push('no access term: filed as open to anyone')
  const audiences = unique(terms.audiences)
  if (audiences.length === 0) warnings.push('no audience term: filed as for everyone')

  const areas: string[] = []
  for (const area of arrayOf(item.service_areas)) {
    const code = [area.uri, area.extent, area.name, area.service_area]
      .map((field) => (typeof field === 'string' ? GSS_CODE.exec(field)?.[0] : undefined))
      .find((found) => found !== undefined)
    if (code) areas.push(code)
    else
      warnings.push(
        `service area "${short(text(area.name) ?? text(area.id) ?? '')}" left out: it names no ward or authority code`,
      )
  }

  const locations: ImportLocation[] = []
  for (const link of arrayOf(item.service_at_locations)) {
    const location = isObject(link.location) ? link.location : null
    const locationId = text(location?.id) ?? text(link.location_id)
    if (locationId === null) {
      warnings.push(`service_at_location ${text(link.id) ?? ''} left out: no location id`)
      continue
    }
    locations.push({
      location_id: locationId,
      name: text(location?.name),
      description: text(location?.description),
    })
  }

  const extension = isObject(item.community_asset_map) ? item.community_asset_map : {}
  const contact = arrayOf(item.contacts)[0]
  return {
    ok: true,
    id,
    organisation,
    record: {
      record_no: 0,
      record_type: 'service',
      record_id: id,
      retired: status !== 'active',
      scheme: {
        id,
        organisation_id: organisationId,
        kind: terms.kinds[0] ?? 'service',
        name: text(item.name)!,
        description: text(item.description),
        themes: unique(terms.themes),
        audiences: audiences.length > 0 ? audiences : ['everyone'],
        access,
        how_to_access: text(extension.how_to_access),
        contact_name: text(contact?.name),
        contact_email: text(item.email),
        contact_phone: text(extension.contact_phone),
        url: text(item.url),
        schedules: schedules.schedules,
        areas: unique(areas),
        venues: [],
      },
      locations,
      warnings:
        status === 'active' ? warnings : [...warnings, `status "${status}": saved as retired`],
      external_terms: external,
    },
  }
}

/** The organisation of a service, null when it names none, or why it cannot be read. */
function readOrganisation(value: unknown): ReadOrganisation | null | string {
  if (value === undefined || value === null) return null
  if (!isObject(value)) return 'organization is not an object'
  const missing: string[] = ['id', 'name'].filter((field) => text(value[field]) === null)
  if (typeof value.description !== 'string') missing.push('description')
  if (missing.length > 0)
    return `organization: missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`
  const id = text(value.id)!
  if (!UUID.test(id)) return `organization id "${id}" is not a UUID`
  const sector = arrayOf(value.attributes)
    .map((attribute) => (isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {}))
    .find((term) => term.taxonomy_id === DIRECTORY_TAXONOMIES.sectors.id)
  const extension = isObject(value.community_asset_map) ? value.community_asset_map : {}
  // An organisation's website is kept only at an https address (as the directory requires).
  const website = text(value.website)
  const secure = website !== null && /^https:\/\//i.test(website)
  return {
    id,
    payload: {
      id,
      name: text(value.name)!,
      sector: text(sector?.term),
      description: text(value.description),
      website: secure ? website : null,
      email: text(value.email),
      phone: text(extension.phone),
    },
    warnings:
      website === null || secure
        ? []
        : [`website ${short(website)} left out: not an https address`],
  }
}

interface ReadOrganisation {
  id: string
  payload: OrganisationPayload
  warnings: string[]
}

function termsById(
  vocabulary: DirectoryVocabulary,
): Map<string, { taxonomy: DirectoryTaxonomyKey; code: string }> {
  const entries: Array<[DirectoryTaxonomyKey, string]> = [
    ...vocabulary.themes.map(({ code }): [DirectoryTaxonomyKey, string] => ['themes', code]),
    ...vocabulary.audiences.map(({ code }): [DirectoryTaxonomyKey, string] => ['audiences', code]),
    ['access', 'open'],
    ['access', 'referral'],
    ['kinds', 'service'],
    ['kinds', 'safe_space'],
  ]
  return new Map(
    entries.map(([taxonomy, code]) => [directoryTerm(taxonomy, code, code).id, { taxonomy, code }]),
  )
}

/**
 * The services a file holds: an array or a page's `contents` of services or of
 * service_at_locations (each a service at its location), one service or service_at_location, or an
 * organisation with its `services` (each then given that organisation).
 */
function listOf(file: unknown): unknown[] | null {
  const items = Array.isArray(file)
    ? file
    : !isObject(file)
      ? null
      : Array.isArray(file.contents)
        ? file.contents
        : Array.isArray(file.services) && !('status' in file)
          ? file.services.map((service: unknown) =>
              isObject(service) && !('organization' in service)
                ? { ...service, organization: withoutKey(file, 'services') }
                : service,
            )
          : 'id' in file || 'name' in file
            ? [file]
            : null
  return items?.map(serviceOf) ?? null
}

/** A service_at_location as the service it names, at that location; anything else as it is. */
function serviceOf(item: unknown): unknown {
  if (!isObject(item) || !isObject(item.service) || 'status' in item) return item
  const links = Array.isArray(item.service.service_at_locations)
    ? item.service.service_at_locations
    : []
  return {
    ...item.service,
    service_at_locations: isObject(item.location)
      ? [...links, { id: item.id, location: item.location }]
      : links,
  }
}

function withoutKey(value: Json, key: string): Json {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key))
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : []
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function short(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

function refusal(
  recordNo: number,
  recordType: string,
  recordId: string,
  reason: string,
): RecordReport {
  return {
    record_no: recordNo,
    record_type: recordType,
    record_id: recordId,
    status: 'refused',
    reason,
  }
}
