import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toWardMapFeatures } from '../../src/core/region/to-ward-map-features'
import { writeRegion } from '../../src/db/region/write-region'
import { defaultDataDir } from '../../scripts/lib/paths'
import { importRegion } from '../../scripts/lib/import-region'
import { setUpDatabase } from '../../scripts/lib/set-up-database'
import { essexRegion, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

let db: TestDatabase
let badDataDir: string

beforeAll(async () => {
  db = await openTestDatabase({ region: essexRegion() })
  badDataDir = mkdtempSync(join(tmpdir(), 'cam-region-'))
})
afterAll(async () => {
  rmSync(badDataDir, { recursive: true, force: true })
  await db.close()
})

const count = async (table: string) =>
  (await db.admin.query<{ n: number }>(`select count(*)::int as n from public.${table}`))[0]?.n

/** A copy of the Essex files in a scratch folder with one file replaced. */
function dataDirWith(file: string, text: string): string {
  for (const name of readdirSync(defaultDataDir))
    copyFileSync(join(defaultDataDir, name), join(badDataDir, name))
  writeFileSync(join(badDataDir, file), text)
  return badDataDir
}

describe('the Essex region', () => {
  it('loads 257 wards, 1,111 small areas and every postcode, and loads again with no error', async () => {
    await setUpDatabase(db.admin, { region: essexRegion() })
    expect(await count('wards')).toBe(257)
    expect(await count('small_areas')).toBe(1111)
    expect(await count('postcodes')).toBe(essexRegion().postcodes.length)
    expect(new Set(essexRegion().wards.map((w) => w.ladCode)).size).toBe(14)
  })

  it('ranks wards by deprivation in SQL exactly as the static map layer does', async () => {
    const sql = await queryAs<{
      ward_code: string
      imd2025_rank: number
      imd2025_tenth: number
      population: number
    }>(
      db,
      { role: 'anon' },
      'select ward_code, imd2025_rank::int, imd2025_tenth, population from public.ward_summaries order by ward_code',
    )
    const layer = toWardMapFeatures(essexRegion())
      .features.map((f) => ({
        ward_code: f.properties.ward_code,
        imd2025_rank: f.properties.imd2025_rank,
        imd2025_tenth: f.properties.imd2025_tenth,
        population: f.properties.population,
      }))
      .sort((a, b) => a.ward_code.localeCompare(b.ward_code))
    expect(sql).toEqual(layer)
  })

  it('refuses a truncated boundary file and writes nothing', async () => {
    const text = readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8')
    const dir = dataDirWith('essex-wards.geojson', text.slice(0, 100_000))
    await db.admin.exec('delete from public.postcodes')
    const before = await count('postcodes')
    await expect(
      importRegion(db.admin, { region: 'essex', dataDir: dir, verify: false }),
    ).rejects.toThrow(/nothing was written:\nessex-wards\.geojson: is not valid JSON/)
    expect(await count('postcodes')).toBe(before)
    expect(await count('wards')).toBe(257)
    await setUpDatabase(db.admin, { region: essexRegion() })
  })

  it('refuses a file whose checksum differs from the manifest, unless told to trust it', async () => {
    const csv = readFileSync(join(defaultDataDir, 'essex-ward-population.csv'), 'utf8')
    const dir = dataDirWith('essex-ward-population.csv', csv.replace('9441', '9442'))
    await expect(
      importRegion(db.admin, { region: 'essex', dataDir: dir, verify: true }),
    ).rejects.toThrow(/essex-ward-population\.csv is not the file the manifest names/)
  })

  it('lets the database refuse an invalid polygon that slipped past the importer, writing nothing', async () => {
    const region = essexRegion()
    const bowtie = {
      ...region.wards[0]!,
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          [
            [
              [0, 51],
              [1, 52],
              [1, 51],
              [0, 52],
              [0, 51],
            ],
          ],
        ],
      },
    }
    await expect(
      writeRegion(db.admin, { ...region, wards: [bowtie, ...region.wards.slice(1)] }),
    ).rejects.toThrow(/check constraint/)
    const [first] = await db.admin.query<{ valid: boolean }>(
      'select extensions.st_isvalid(geom) as valid from public.wards where ward_code = $1',
      [bowtie.wardCode],
    )
    expect(first?.valid).toBe(true)
    expect(await count('wards')).toBe(257)
  })
})
