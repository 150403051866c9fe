import { describe, expect, it } from 'vitest'
import type { PartnerOrganisation } from '../partners/partner'
import { lunchClub, organisations, refugeOutreach, vocabulary } from './fixtures/directory-fixture'
import { readOrukServices } from './read-oruk-services'
import { toOrukService } from './to-oruk-service'

const exported = () => [
  toOrukService(lunchClub, organisations[0]!, vocabulary),
  toOrukService(refugeOutreach, organisations[1]!, vocabulary),
]

function serviceRecords(file: unknown) {
  return readOrukServices(file, vocabulary).records.flatMap((record) =>
    record.record_type === 'service' ? [record] : [],
  )
}

const withoutProgramme = ({ programmeId: _programme, ...rest }: PartnerOrganisation) => rest

describe('readOrukServices', () => {
  it('reads an export back into the payloads that saved it', () => {
    const [lunch] = serviceRecords(exported())
    expect(lunch!.scheme).toEqual({
      id: lunchClub.schemeId,
      organisation_id: lunchClub.organisationId,
      kind: 'service',
      name: 'Tuesday lunch club',
      description: 'A hot meal and company.',
      themes: ['loneliness_isolation', 'food'],
      audiences: ['older_people'],
      access: 'open',
      how_to_access: 'Just turn up.',
      contact_name: 'Pat Jones',
      contact_email: 'lunch@trust.example.org',
      contact_phone: '01245 111111',
      url: 'https://trust.example.org/lunch',
      schedules: [
        { byday: 'TU', opens_at: '12:00', closes_at: '14:00', note: 'Book by Monday' },
        { byday: 'TH', opens_at: '12:00', closes_at: '14:00', note: null },
      ],
      areas: ['E05004123', 'E07000070'],
      venues: [],
    })
    expect(lunch!.locations).toEqual([
      { location_id: lunchClub.venues[0]!.assetId, name: 'Chelmsford Library', description: null },
    ])
    expect(lunch!.warnings).toEqual([])
  })

  it('reads each organisation once, with its sector and phone', () => {
    const again = { ...exported()[0]!, id: '6b3d0c24-8f70-4c91-9d4e-1a2b3c4d5e6f' }
    const organisationsRead = readOrukServices([...exported(), again], vocabulary).records.flatMap(
      (record) => (record.record_type === 'organization' ? [record] : []),
    )
    expect(
      organisationsRead.map(({ record_no, organisation, warnings }) => [
        record_no,
        organisation,
        warnings,
      ]),
    ).toEqual([
      [1, withoutProgramme(organisations[0]!), []],
      [2, withoutProgramme(organisations[1]!), []],
    ])
  })

  it('takes a page envelope and a single service as well as an array', () => {
    const [lunch] = exported()
    expect(serviceRecords({ total_items: 1, contents: [lunch] })).toHaveLength(1)
    expect(serviceRecords(lunch)).toHaveLength(1)
  })

  it('refuses a service with missing required fields, naming them', () => {
    const rest: Record<string, unknown> = { ...exported()[0]! }
    delete rest.id
    delete rest.status
    expect(readOrukServices([rest], vocabulary).refused).toEqual([
      {
        record_no: 1,
        record_type: 'service',
        record_id: '',
        status: 'refused',
        reason: 'missing required fields: id, status',
      },
    ])
  })

  it('refuses every record sharing an id, saying which', () => {
    const [lunch] = exported()
    const { refused, records } = readOrukServices([lunch, { ...lunch, name: 'Other' }], vocabulary)
    expect(refused.map(({ record_no, reason }) => [record_no, reason])).toEqual([
      [1, 'duplicate id: record 2 has the same id'],
      [2, 'duplicate id: record 1 has the same id'],
    ])
    expect(records).toEqual([])
  })

  it.each([
    [
      { byday: 'XX', opens_at: '09:00', closes_at: '10:00' },
      'schedule 1: byday "XX" is not a day (MO, TU, WE, TH, FR, SA, SU)',
    ],
    [
      { byday: 'MO', opens_at: '17:00', closes_at: '09:00' },
      'schedule 1: closes at 09:00, not after it opens at 17:00',
    ],
    [
      { byday: 'MO', opens_at: 'noon', closes_at: '13:00' },
      'schedule 1: opens_at "noon" is not a time',
    ],
    [{ byday: 'MO', opens_at: '09:00' }, 'schedule 1: closes_at is missing'],
  ])('refuses a schedule that is not valid: %j', (schedule, reason) => {
    const service = { ...exported()[0]!, schedules: [{ id: lunchClub.schemeId, ...schedule }] }
    expect(readOrukServices([service], vocabulary).refused[0]!.reason).toBe(
      `invalid schedule: ${reason}`,
    )
  })

  it('keeps terms of other taxonomies and offers them for mapping', () => {
    const service = {
      ...exported()[0]!,
      attributes: [
        {
          id: '7c4e1d35-9081-4da2-8e5f-2b3c4d5e6f70',
          taxonomy_term: {
            id: '8d5f2e46-a192-4eb3-9f60-3c4d5e6f7081',
            name: 'Befriending',
            description: 'x',
            taxonomy: 'LGA services',
            term: '1234',
          },
        },
      ],
    }
    const [record] = serviceRecords([service])
    expect(record!.external_terms).toEqual([
      { vocabulary: 'LGA services', term_code: '1234', term_name: 'Befriending' },
    ])
    expect(record!.scheme.themes).toEqual([])
    expect(record!.warnings).toContain(
      'term "Befriending" of LGA services kept for mapping to a theme',
    )
  })

  it('splits a schedule of several days into one opening a day and leaves out a monthly one', () => {
    const service = {
      ...exported()[0]!,
      schedules: [
        { id: 'a', freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' },
        { id: 'b', freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' },
      ],
    }
    const [record] = serviceRecords([service])
    expect(record!.scheme.schedules.map(({ byday }) => byday)).toEqual(['TH', 'FR'])
    expect(record!.warnings).toContain(
      'schedule 2 (monthly) left out: only weekly opening hours are kept',
    )
  })

  it('does not change the file it reads', () => {
    const file = exported()
    const copy = structuredClone(file)
    readOrukServices(file, vocabulary)
    expect(file).toEqual(copy)
  })
})
