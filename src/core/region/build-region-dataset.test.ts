import { describe, expect, it } from 'vitest'
import { buildRegionDataset, type RegionSources } from './build-region-dataset'
import { formatRegionIssue } from './region-issue'

// A tiny two-ward region, written out so each test can break one thing in it.
const square = (x: number) => [
  [
    [x, 51],
    [x + 1, 51],
    [x + 1, 52],
    [x, 52],
    [x, 51],
  ],
]
const ward = (code: string, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: {
    ward_code: code,
    ward_name: `Ward ${code}`,
    lad_code: 'E07000070',
    lad_name: 'Chelmsford',
  },
  geometry: { type, coordinates },
})
const boundaries = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features })

function sources(wardText: string): RegionSources {
  return {
    wardBoundaries: { file: 'wards.geojson', text: wardText },
    wardPopulation: {
      file: 'population.csv',
      text: 'ward_code,population_2021\nE05000001,1000\nE05000002,2000\n',
    },
    smallAreaCentroids: {
      file: 'centroids.csv',
      text: 'lsoa21_code,lsoa21_name,ward_code,lon,lat,population_2021\nE01000001,A,E05000001,0.5,51.5,1000\n',
    },
  }
}

const messages = (result: ReturnType<typeof buildRegionDataset>) =>
  result.ok ? [] : result.issues.map(formatRegionIssue)

describe('buildRegionDataset', () => {
  it('builds a sound region with its population joined to each ward', () => {
    const result = buildRegionDataset(
      sources(boundaries([ward('E05000001', square(0)), ward('E05000002', square(1))])),
    )
    expect(result.ok && result.dataset.wards.map((w) => [w.wardCode, w.population])).toEqual([
      ['E05000001', 1000],
      ['E05000002', 2000],
    ])
  })

  it('refuses a truncated GeoJSON file, saying it may be truncated', () => {
    const text = boundaries([ward('E05000001', square(0)), ward('E05000002', square(1))])
    expect(messages(buildRegionDataset(sources(text.slice(0, text.length / 2))))).toEqual([
      expect.stringMatching(/^wards\.geojson: is not valid JSON .*truncated/),
    ])
  })

  it('refuses a file in British National Grid coordinates, naming the feature', () => {
    const bng = [
      [
        [553740, 238266],
        [553800, 238266],
        [553800, 238300],
        [553740, 238266],
      ],
    ]
    expect(
      messages(
        buildRegionDataset(
          sources(boundaries([ward('E05000001', bng), ward('E05000002', square(1))])),
        ),
      ),
    ).toEqual([expect.stringMatching(/feature 1 \(E05000001\): .*British National Grid/)])
  })

  it('refuses a file that declares a projected CRS', () => {
    const text = boundaries([ward('E05000001', square(0))], {
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
    })
    expect(messages(buildRegionDataset(sources(text)))[0]).toMatch(
      /EPSG::27700; convert it to WGS84/,
    )
  })

  it('refuses duplicate ward codes, naming both features', () => {
    const text = boundaries([ward('E05000001', square(0)), ward('E05000001', square(1))])
    expect(messages(buildRegionDataset(sources(text)))).toContain(
      'wards.geojson, feature 2: ward code E05000001 is used again (first by feature 1)',
    )
  })

  it('refuses a self-intersecting polygon, saying where it crosses', () => {
    const bowtie = [
      [
        [1, 51],
        [2, 52],
        [2, 51],
        [1, 52],
        [1, 51],
      ],
    ]
    const text = boundaries([ward('E05000001', square(0)), ward('E05000002', bowtie)])
    expect(messages(buildRegionDataset(sources(text)))).toEqual([
      expect.stringMatching(/feature 2 \(E05000002\): .*crosses itself near \(1\.5\d*, 51\.5\d*\)/),
    ])
  })

  it('refuses a population row for a ward the boundaries do not have', () => {
    const input = sources(boundaries([ward('E05000001', square(0)), ward('E05000002', square(1))]))
    input.wardPopulation.text += 'E05999999,10\n'
    expect(messages(buildRegionDataset(input))).toEqual([
      "population.csv, row 4: ward code 'E05999999' is not in the ward boundaries",
    ])
  })

  it('refuses a ward with no population', () => {
    const input = sources(boundaries([ward('E05000001', square(0)), ward('E05000002', square(1))]))
    input.wardPopulation.text = 'ward_code,population_2021\nE05000001,1000\n'
    expect(messages(buildRegionDataset(input))).toEqual([
      'population.csv: has no population for ward E05000002 (Ward E05000002)',
    ])
  })

  it('weights the LSOAs’ crime, health and housing domain scores to each ward by population', () => {
    const input = sources(boundaries([ward('E05000001', square(0)), ward('E05000002', square(1))]))
    input.smallAreaCentroids.text +=
      'E01000002,B,E05000001,0.6,51.6,3000\nE01000003,C,E05000002,1.5,51.5,500\n'
    input.smallAreaDeprivation2025 = {
      file: 'lsoa-imd2025.csv',
      text:
        'lsoa21_code,imd_score,imd_decile,crime_score,health_score,housing_services_score\n' +
        'E01000001,20,3,1.0,-0.5,10\nE01000002,10,6,-1.0,0.5,30\nE01000003,30,2,0.2,0.1,20\n',
    }
    const result = buildRegionDataset(input)
    const domains = result.ok
      ? result.dataset.wardIndicators
          .filter((row) => /crime|health|housing/.test(row.indicator))
          .map((row) => `${row.areaCode} ${row.indicator} ${row.value}`)
          .sort()
      : messages(result)
    // Ward 1: (1000 × 1.0 + 3000 × -1.0) / 4000 = -0.5, and so on.
    expect(domains).toEqual([
      'E05000001 imd2025_crime_score -0.5',
      'E05000001 imd2025_health_score 0.25',
      'E05000001 imd2025_housing_score 25',
      'E05000002 imd2025_crime_score 0.2',
      'E05000002 imd2025_health_score 0.1',
      'E05000002 imd2025_housing_score 20',
    ])
  })
})
