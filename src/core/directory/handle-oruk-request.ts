import type { DirectorySource, ServiceFilter } from './directory-source'
import type { DirectoryVocabulary } from './directory-types'
import {
  DIRECTORY_TAXONOMIES,
  FIXED_TERMS,
  TAXONOMY_KEYS,
  directoryTaxonomyOf,
  directoryTerm,
} from './oruk-taxonomies'
import type { DirectoryTaxonomyKey } from './oruk-taxonomies'
import type { OrukTaxonomyTerm } from './oruk-types'
import { toOrukOrganization, toOrukService } from './to-oruk-service'

/** An HTTP answer: status and JSON body. */
export interface OrukResponse {
  status: number
  body: unknown
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DEFAULT_PER_PAGE = 50
const MAX_PER_PAGE = 200

/**
 * The read-only Open Referral UK 3.0 API (`schema/openapi.json`): `/`, `/services`,
 * `/services/{id}`, `/service_at_locations`, `/service_at_locations/{id}`, `/taxonomies`,
 * `/taxonomies/{id}`, `/taxonomy_terms`, `/taxonomy_terms/{id}`, and the HSDS `/organizations`,
 * `/organizations/{id}` the UK profile leaves out. Lists come in the spec's page envelope
 * (`page` from 1, `per_page` up to 200, default 50).
 *
 * @param source the directory as the public reads it
 * @param method the HTTP method: GET (or HEAD); anything else is 405
 * @param path the path below the API's root, e.g. `/services/ac148810-…`
 * @param query the query string's parameters
 */
export async function handleOrukRequest(
  source: DirectorySource,
  method: string,
  path: string,
  query: URLSearchParams,
): Promise<OrukResponse> {
  if (method !== 'GET' && method !== 'HEAD')
    return problem(405, `${method} is not allowed: this API is read-only`)
  const parts = path.split('/').filter((part) => part !== '')
  const [collection, id, extra] = parts
  if (extra !== undefined) return problem(404, `No such path: ${path}`)
  const page = readPage(query)
  if (typeof page === 'string') return problem(400, page)
  if (id !== undefined && !UUID.test(id))
    return problem(404, `No ${collection ?? 'item'} with id ${id}`)
  switch (collection) {
    case undefined:
      return ok({
        version: '3.0',
        profile: 'https://openreferraluk.org/',
        openapi_url:
          'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
      })
    case 'services':
      return id === undefined ? listServices(source, query, page) : getService(source, id)
    case 'service_at_locations':
      return serviceAtLocations(source, page, id)
    case 'taxonomies':
      return taxonomies(await source.readVocabulary(), page, id)
    case 'taxonomy_terms':
      return taxonomyTerms(await source.readVocabulary(), page, id)
    case 'organizations':
      return organizations(source, page, id)
    default:
      return problem(404, `No such path: ${path}`)
  }
}

interface Page {
  number: number
  size: number
}

function readPage(query: URLSearchParams): Page | string {
  const number = readInteger(query.get('page'), 1)
  const size = readInteger(query.get('per_page'), DEFAULT_PER_PAGE)
  if (number === null || number < 1) return 'page must be a whole number from 1'
  if (size === null || size < 1 || size > MAX_PER_PAGE)
    return `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`
  return { number, size }
}

function readInteger(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback
  return /^\d{1,6}$/.test(value) ? Number(value) : null
}

async function listServices(
  source: DirectorySource,
  query: URLSearchParams,
  page: Page,
): Promise<OrukResponse> {
  const vocabulary = await source.readVocabulary()
  const filter: ServiceFilter = {
    text: query.get('search') || null,
    theme: null,
    audience: null,
    organisationId: null,
  }
  const termId = query.get('taxonomy_term_id')
  if (termId) {
    const term = findTerm(vocabulary, termId)
    if (term?.key === 'themes') filter.theme = term.code
    else if (term?.key === 'audiences') filter.audience = term.code
    else return ok(envelope([], 0, page))
  }
  const organisationId = query.get('organization_id')
  if (organisationId) {
    if (!UUID.test(organisationId)) return ok(envelope([], 0, page))
    filter.organisationId = organisationId
  }
  const { rows, total } = await source.listServices(
    filter,
    page.size,
    (page.number - 1) * page.size,
  )
  const contents = rows.map((row) => {
    const service = toOrukService(row, null, vocabulary)
    // A listing carries the one-to-one fields only (schema/compiled/service_list.json).
    return {
      id: service.id,
      name: service.name,
      ...(service.description === undefined ? {} : { description: service.description }),
      ...(service.url === undefined ? {} : { url: service.url }),
      ...(service.email === undefined ? {} : { email: service.email }),
      status: service.status,
      last_modified: service.last_modified,
      organization_id: row.organisationId,
    }
  })
  return ok(envelope(contents, total, page))
}

async function getService(source: DirectorySource, id: string): Promise<OrukResponse> {
  const row = await source.getService(id)
  if (row === null) return problem(404, `No service with id ${id}`)
  const [organisations, vocabulary] = await Promise.all([
    source.listOrganisations(),
    source.readVocabulary(),
  ])
  const organisation = organisations.find(({ id: orgId }) => orgId === row.organisationId) ?? null
  return ok(toOrukService(row, organisation, vocabulary))
}

async function serviceAtLocations(
  source: DirectorySource,
  page: Page,
  id: string | undefined,
): Promise<OrukResponse> {
  const [everything, vocabulary] = await Promise.all([allServices(source), source.readVocabulary()])
  const links = everything.flatMap((row) => {
    const service = toOrukService(row, null, vocabulary)
    return service.service_at_locations.map((link) => ({ link, service }))
  })
  if (id !== undefined) {
    const found = links.find(({ link }) => link.id === id)
    if (!found) return problem(404, `No service_at_location with id ${id}`)
    return ok({
      ...found.link,
      service: without(found.service, 'organization', 'service_at_locations'),
    })
  }
  const contents = links.map(({ link, service }) => ({
    id: link.id,
    service_id: service.id,
    location_id: link.location.id,
    location: link.location,
  }))
  return ok(envelope(slice(contents, page), contents.length, page))
}

async function organizations(
  source: DirectorySource,
  page: Page,
  id: string | undefined,
): Promise<OrukResponse> {
  const all = await source.listOrganisations()
  if (id === undefined) {
    const contents = all.map((organisation) => {
      return without(toOrukOrganization(organisation), 'attributes', 'community_asset_map')
    })
    return ok(envelope(slice(contents, page), contents.length, page))
  }
  const organisation = all.find(({ id: orgId }) => orgId === id)
  if (!organisation) return problem(404, `No organization with id ${id}`)
  const vocabulary = await source.readVocabulary()
  const { rows } = await source.listServices(
    { text: null, theme: null, audience: null, organisationId: id },
    MAX_PER_PAGE,
    0,
  )
  const services = rows.map((row) => {
    return without(toOrukService(row, organisation, vocabulary), 'organization')
  })
  return ok({ ...toOrukOrganization(organisation), services })
}

function taxonomies(
  vocabulary: DirectoryVocabulary,
  page: Page,
  id: string | undefined,
): OrukResponse {
  if (id === undefined) {
    const contents = TAXONOMY_KEYS.map((key) => DIRECTORY_TAXONOMIES[key])
    return ok(envelope(slice(contents, page), contents.length, page))
  }
  const key = directoryTaxonomyOf(id)
  if (key === null) return problem(404, `No taxonomy with id ${id}`)
  return ok({ ...DIRECTORY_TAXONOMIES[key], taxonomy_terms: termsOf(vocabulary, key) })
}

function taxonomyTerms(
  vocabulary: DirectoryVocabulary,
  page: Page,
  id: string | undefined,
): OrukResponse {
  const all = TAXONOMY_KEYS.flatMap((key) => termsOf(vocabulary, key))
  if (id === undefined) return ok(envelope(slice(all, page), all.length, page))
  const term = all.find((candidate) => candidate.id === id)
  return term ? ok(term) : problem(404, `No taxonomy term with id ${id}`)
}

function termsOf(vocabulary: DirectoryVocabulary, key: DirectoryTaxonomyKey): OrukTaxonomyTerm[] {
  const list =
    key === 'themes'
      ? vocabulary.themes
      : key === 'audiences'
        ? vocabulary.audiences
        : Object.entries(FIXED_TERMS[key]).map(([code, label]) => ({ code, label }))
  return list.map(({ code, label }) => directoryTerm(key, code, label))
}

function findTerm(
  vocabulary: DirectoryVocabulary,
  termId: string,
): { key: DirectoryTaxonomyKey; code: string } | null {
  for (const key of TAXONOMY_KEYS) {
    const term = termsOf(vocabulary, key).find(({ id }) => id === termId.toLowerCase())
    if (term?.term !== undefined) return { key, code: term.term }
  }
  return null
}

async function allServices(source: DirectorySource) {
  const everything = { text: null, theme: null, audience: null, organisationId: null }
  const rows = []
  for (let offset = 0; ; offset += MAX_PER_PAGE) {
    const page = await source.listServices(everything, MAX_PER_PAGE, offset)
    rows.push(...page.rows)
    if (page.rows.length < MAX_PER_PAGE) return rows
  }
}

function slice<T>(items: T[], page: Page): T[] {
  return items.slice((page.number - 1) * page.size, page.number * page.size)
}

function envelope(contents: unknown[], total: number, page: Page) {
  const totalPages = Math.ceil(total / page.size)
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page.number,
    size: contents.length,
    first_page: page.number === 1,
    last_page: page.number >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

function ok(body: unknown): OrukResponse {
  return { status: 200, body }
}

function problem(status: number, message: string): OrukResponse {
  return { status, body: { error: message } }
}

/** A copy of an object without some keys (a nested object where a listing wants it flat). */
function without<T extends object, K extends keyof T & string>(value: T, ...keys: K[]): Omit<T, K> {
  const kept = Object.entries(value).filter(([key]) => !(keys as string[]).includes(key))
  // Object.fromEntries loses the type; the filter above is what Omit says.
  return Object.fromEntries(kept) as Omit<T, K>
}
