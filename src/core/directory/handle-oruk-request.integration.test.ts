import { describe, expect, it } from 'vitest'
import { createOrukValidator } from '../../../tests/support/oruk-spec'
import { lunchClub, organisations, refugeOutreach, vocabulary } from './fixtures/directory-fixture'
import { createMemoryDirectorySource } from './fixtures/memory-directory-source'
import { handleOrukRequest } from './handle-oruk-request'
import { DIRECTORY_TAXONOMIES, directoryTerm } from './oruk-taxonomies'

// The API handler's answers, each validated against the response schema openapi.json gives its
// path (the HSDS /organizations, absent from the UK profile, against the compiled schemas).
const oruk = createOrukValidator()
const source = createMemoryDirectorySource([lunchClub, refugeOutreach], organisations, vocabulary)
const get = (path: string, query = '') =>
  handleOrukRequest(source, 'GET', path, new URLSearchParams(query))

describe('the Open Referral UK API handler', () => {
  it.each([
    ['/services', '/services'],
    ['/services', '/services/{id}', `/services/${lunchClub.schemeId}`],
    ['/taxonomies', '/taxonomies'],
    ['/taxonomy_terms', '/taxonomy_terms'],
    ['/service_at_locations', '/service_at_locations'],
    ['/taxonomies/{id}', '/taxonomies/{id}', `/taxonomies/${DIRECTORY_TAXONOMIES.themes.id}`],
    ['/', '/'],
  ])('answers %s as openapi.json defines (%s)', async (_name, specPath, path = specPath) => {
    const { status, body } = await get(path)
    expect(status).toBe(200)
    expect(oruk.responseErrors(specPath, body)).toEqual([])
  })

  it('answers /organizations and /organizations/{id} valid against the compiled schemas', async () => {
    const list = await get('/organizations')
    const items = (list.body as { contents: unknown[] }).contents
    expect(items).toHaveLength(2)
    for (const item of items)
      expect(oruk.errors('compiled/organization_list.json', item)).toEqual([])
    const one = await get(`/organizations/${organisations[0]!.id}`)
    expect(oruk.errors('compiled/organization.json', one.body)).toEqual([])
    expect((one.body as { services: unknown[] }).services).toHaveLength(1)
  })

  it('pages a listing with the envelope', async () => {
    const { body } = await get('/services', 'per_page=1&page=2')
    expect(body).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
      contents: [{ name: 'Tuesday lunch club' }],
    })
  })

  it('filters services by one of our taxonomy terms', async () => {
    const food = directoryTerm('themes', 'food', 'Food').id
    const { body } = await get('/services', `taxonomy_term_id=${food}`)
    expect(
      (body as { contents: Array<{ name: string }> }).contents.map(({ name }) => name),
    ).toEqual(['Tuesday lunch club'])
  })

  it('says 404 for an unknown service, 400 for a bad page and 405 for a write', async () => {
    expect((await get('/services/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await get('/services', 'page=0')).status).toBe(400)
    expect((await get('/nothing')).status).toBe(404)
    const post = await handleOrukRequest(source, 'POST', '/services', new URLSearchParams())
    expect(post).toEqual({
      status: 405,
      body: { error: 'POST is not allowed: this API is read-only' },
    })
  })

  it('shows a sensitive venue only by its public name in every answer', async () => {
    // As if the rows came from a reader who may see the place: still nothing of it goes out.
    const place = {
      assetId: '5a2c9b13-7e6f-4b80-8c3d-0f1a2b3c4d5e',
      lng: 0.4871,
      lat: 51.7012,
      wardCode: 'E05004130',
    }
    const seen = { ...refugeOutreach, venues: [{ ...refugeOutreach.venues[0]!, ...place }] }
    const leaky = createMemoryDirectorySource([lunchClub, seen], organisations, vocabulary)
    const answers = await Promise.all(
      [
        `/services/${seen.schemeId}`,
        '/service_at_locations',
        `/organizations/${organisations[1]!.id}`,
      ].map((path) => handleOrukRequest(leaky, 'GET', path, new URLSearchParams())),
    )
    for (const { body } of answers) {
      const text = JSON.stringify(body)
      expect(text).toContain('Safe Homes support point')
      for (const value of Object.values(place)) expect(text).not.toContain(String(value))
    }
  })
})
