import { describe, expect, it } from 'vitest'
import { lunchClub, organisations, refugeOutreach, vocabulary } from './fixtures/directory-fixture'
import { DIRECTORY_TAXONOMIES } from './oruk-taxonomies'
import { toOrukService } from './to-oruk-service'

describe('toOrukService', () => {
  it('gives a scheme its organisation, weekly schedules, areas as GSS URIs and themes as terms', () => {
    const service = toOrukService(lunchClub, organisations[0]!, vocabulary)
    expect(service.organization).toMatchObject({
      id: organisations[0]!.id,
      name: 'Chelmsford Community Trust',
    })
    expect(
      service.schedules.map(({ byday, opens_at, closes_at }) => [byday, opens_at, closes_at]),
    ).toEqual([
      ['TU', '12:00:00', '14:00:00'],
      ['TH', '12:00:00', '14:00:00'],
    ])
    expect(service.service_areas.map(({ name, uri }) => [name, uri])).toEqual([
      ['Moulsham and Central', 'http://statistics.data.gov.uk/id/statistical-geography/E05004123'],
      ['E07000070', 'http://statistics.data.gov.uk/id/statistical-geography/E07000070'],
    ])
    const themes = service.attributes
      .filter(({ taxonomy_term }) => taxonomy_term.taxonomy_id === DIRECTORY_TAXONOMIES.themes.id)
      .map(({ taxonomy_term }) => [taxonomy_term.term, taxonomy_term.name])
    expect(themes).toEqual([
      ['loneliness_isolation', 'Loneliness and isolation'],
      ['food', 'Food'],
    ])
    expect(service.service_at_locations[0]!.location).toMatchObject({
      id: lunchClub.venues[0]!.assetId,
      name: 'Chelmsford Library',
      latitude: 51.7336,
      longitude: 0.4714,
    })
  })

  it('shows a sensitive venue only under its public name with its front-door contact', () => {
    const service = toOrukService(refugeOutreach, organisations[1]!, vocabulary)
    const [link] = service.service_at_locations
    expect(link!.location).toEqual({
      id: link!.location.id,
      location_type: 'physical',
      name: 'Safe Homes support point',
      description: 'Call 0800 000 000 and ask for the support point',
    })
  })

  it("never lets a sensitive venue's own name, point or asset id out, even from a row that has them", () => {
    const seen = {
      ...refugeOutreach,
      venues: [
        {
          ...refugeOutreach.venues[0]!,
          name: 'Harbour Refuge',
          assetId: '5a2c9b13-7e6f-4b80-8c3d-0f1a2b3c4d5e',
          lng: 0.5,
          lat: 51.7,
          wardCode: 'E05004123',
        },
      ],
    }
    const text = JSON.stringify(toOrukService(seen, organisations[1]!, vocabulary))
    expect(text).toContain('Safe Homes support point')
    expect(text).not.toContain('Harbour Refuge')
    expect(text).not.toContain('5a2c9b13-7e6f-4b80-8c3d-0f1a2b3c4d5e')
    expect(text).not.toContain('51.7')
    expect(text).not.toContain('E05004123')
  })

  it('gives the same ids on every export of the same directory', () => {
    expect(toOrukService(lunchClub, organisations[0]!, vocabulary)).toEqual(
      toOrukService(lunchClub, organisations[0]!, vocabulary),
    )
  })

  it('leaves empty fields out rather than null, as ORUK types them as strings', () => {
    const service = toOrukService(refugeOutreach, organisations[1]!, vocabulary)
    expect(Object.values(service)).not.toContain(null)
    expect(service).not.toHaveProperty('description')
    expect(service.organization.description).toBe('')
  })
})
