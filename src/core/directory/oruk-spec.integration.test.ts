import { describe, expect, it } from 'vitest'
import { createOrukValidator, readOrukExample } from '../../../tests/support/oruk-spec'
import { lunchClub, organisations, refugeOutreach, vocabulary } from './fixtures/directory-fixture'
import { readOrukServices } from './read-oruk-services'
import { toOrukService } from './to-oruk-service'

// The mapping against the Open Referral UK 3.0 schemas themselves (../shared/specs), with formats.
const oruk = createOrukValidator()
const exported = [
  toOrukService(lunchClub, organisations[0]!, vocabulary),
  toOrukService(refugeOutreach, organisations[1]!, vocabulary),
]

describe('Open Referral UK 3.0 files', () => {
  it('exports a service package valid against schema/compiled/service_package.json', () => {
    expect(oruk.errors('compiled/service_package.json', exported)).toEqual([])
  })

  it('catches what the spec forbids, so that the check above can fail', () => {
    const broken = [{ ...exported[0]!, status: 'open', id: 'not-a-uuid' }]
    expect(oruk.errors('compiled/service_package.json', broken)).toEqual([
      '/0/id must match format "uuid"',
      '/0/status must be equal to one of the allowed values',
    ])
  })

  it.each([
    ['service_full.json', 'compiled/service.json'],
    ['service_list.json', '/services'],
    ['organization_full.json', 'compiled/organization.json'],
    ['service_at_location_full.json', 'compiled/service_at_location.json'],
    ['service_at_location_list.json', '/service_at_locations'],
  ])('reads the spec example %s with no record refused', (example, schema) => {
    const file = readOrukExample(example)
    const errors = schema.startsWith('/')
      ? oruk.responseErrors(schema, file)
      : oruk.errors(schema, file)
    expect(errors).toEqual([])
    const { records, refused } = readOrukServices(file, vocabulary)
    expect(refused).toEqual([])
    expect(records.filter(({ record_type }) => record_type === 'service')).toHaveLength(1)
  })
})
