import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { booleanPointInPolygon, distance, point } from '@turf/turf'
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, repoRoot } from '../lib/paths'

// The real command, as analysts run it: `npm run -s analysis -- …` from their own folder.
function runNpm(cwd: string, args: string[]) {
  const result = spawnSync('npm', ['--prefix', repoRoot, 'run', '-s', 'analysis', '--', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// The same script without npm in front (faster), for the cases that are not about npm.
function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
  const result = spawnSync(tsx, [join(repoRoot, 'scripts', 'analysis.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd, ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'analysis-cli-'))
}

type Row = Record<string, string>
function parseCsv(text: string): Row[] {
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data
}

const wards = (
  JSON.parse(
    readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8'),
  ) as FeatureCollection<
    Polygon | MultiPolygon,
    { ward_code: string; label_lon: number; label_lat: number }
  >
).features
const centroids = parseCsv(readFileSync(join(defaultDataDir, 'essex-lsoa21-centroids.csv'), 'utf8'))
const populations = new Map(
  parseCsv(readFileSync(join(defaultDataDir, 'essex-ward-population.csv'), 'utf8')).map((r) => [
    r.ward_code!,
    Number(r.population_2021),
  ]),
)
// Two assets at the label point of the first ward, one at the second ward's.
const [first, second] = [wards[0]!, wards[1]!]
const csv = [
  'name,lon,lat,category,notes',
  `A,${first.properties.label_lon},${first.properties.label_lat},library,x`,
  `B,${first.properties.label_lon},${first.properties.label_lat},library,"same spot, counted twice"`,
  `C,${second.properties.label_lon},${second.properties.label_lat},"park, green",`,
  'D,0.5,95,library,latitude out of range',
  'E,,51.7,library,no longitude',
  'F,0.5,51.7,ghost,',
  'G,0.5,-91,only-bad,',
].join('\n')

describe('npm run analysis', () => {
  it('writes one row per ward and category, with counts, rates and coverage', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout, stderr } = run(dir, ['--assets', 'assets.csv'])
    expect(code).toBe(0)
    const rows = parseCsv(stdout)
    expect(Object.keys(rows[0]!).slice(0, 6)).toEqual([
      'ward_code',
      'category',
      'assets',
      'population',
      'rate_per_1000',
      'coverage_pct',
    ])
    expect(rows).toHaveLength(257 * 3)
    expect(new Set(rows.map((r) => r.category))).toEqual(
      new Set(['library', 'park, green', 'ghost']),
    )
    const at = (ward: string, category: string) =>
      rows.find((r) => r.ward_code === ward && r.category === category)!
    const code1 = first.properties.ward_code
    expect(at(code1, 'library').assets).toBe('2')
    expect(at(code1, 'library').population).toBe(String(populations.get(code1)))
    expect(Number(at(code1, 'library').rate_per_1000)).toBe((2 / populations.get(code1)!) * 1000)
    expect(at(second.properties.ward_code, 'park, green').assets).toBe('1')
    expect(at(second.properties.ward_code, 'library').assets).toBe('0')
    expect(stderr).toContain('Row 4: latitude 95 is out of range (-90…90); skipped')
    expect(stderr).toContain('Row 5: longitude is missing; skipped')
  }, 60_000)

  it('computes coverage as the share of LSOA residents within 800 m, as Turf measures it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const rows = parseCsv(run(dir, ['--assets', 'assets.csv']).stdout)
    const library = [first.properties.label_lon, first.properties.label_lat]
    const inWard = centroids.filter((c) => booleanPointInPolygon(point([+c.lon!, +c.lat!]), first))
    const people = inWard.reduce((sum, c) => sum + Number(c.population_2021), 0)
    const near = inWard
      .filter((c) => distance([+c.lon!, +c.lat!], library, { units: 'meters' }) <= 800)
      .reduce((sum, c) => sum + Number(c.population_2021), 0)
    const row = rows.find(
      (r) => r.ward_code === first.properties.ward_code && r.category === 'library',
    )!
    expect(Number(row.coverage_pct)).toBeCloseTo((near / people) * 100, 10)
    expect(near).toBeGreaterThan(0)
  }, 60_000)

  it('gives a category seen only in skipped rows no rows', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout } = run(dir, ['--assets', 'assets.csv'])
    expect(code).toBe(0)
    const categories = new Set(parseCsv(stdout).map((r) => r.category))
    expect(categories.has('library')).toBe(true)
    expect(categories.has('only-bad')).toBe(false)
  }, 60_000)

  it('resolves relative paths from the folder npm was started in (INIT_CWD)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout } = runNpm(dir, ['--assets', 'assets.csv', '--out', 'result.csv'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(parseCsv(readFileSync(join(dir, 'result.csv'), 'utf8'))).toHaveLength(257 * 3)
  }, 60_000)

  it('reads a GeoJSON FeatureCollection of points, reporting features that are not points', () => {
    const dir = tempDir()
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { category: 'hall' },
          geometry: {
            type: 'Point',
            coordinates: [first.properties.label_lon, first.properties.label_lat],
          },
        },
        {
          type: 'Feature',
          properties: { category: 'hall' },
          geometry: { type: 'LineString', coordinates: [] },
        },
        { type: 'Feature', properties: { category: 'hall' }, geometry: null },
      ],
    }
    writeFileSync(join(dir, 'assets.geojson'), JSON.stringify(collection))
    const { code, stdout, stderr } = run(dir, ['--assets', 'assets.geojson', '--distance', '1200'])
    expect(code).toBe(0)
    const rows = parseCsv(stdout)
    expect(rows).toHaveLength(257)
    expect(rows.find((r) => r.ward_code === first.properties.ward_code)!.assets).toBe('1')
    expect(stderr).toContain('Feature 2: its geometry is LineString, not a Point; skipped')
    expect(stderr).toContain('Feature 3: it has no geometry; skipped')
  }, 60_000)

  it('runs the postcode residents model', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout } = run(dir, ['--assets', 'assets.csv', '--residents', 'postcode'])
    expect(code).toBe(0)
    const row = parseCsv(stdout).find(
      (r) => r.ward_code === first.properties.ward_code && r.category === 'library',
    )!
    expect(Number(row.coverage_pct)).toBeGreaterThan(0)
    expect(Number(row.resident_points)).toBeGreaterThan(50)
  }, 60_000)

  it('fails with one line and exit 1 when the file is missing', () => {
    const { code, stdout, stderr } = run(tempDir(), ['--assets', 'nowhere.csv'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/Cannot read the asset file .*nowhere\.csv: no such file/)
  }, 60_000)

  it('fails with exit 1 when no row is usable', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.csv'), 'lon,lat,category\n0.5,95,park\n')
    const { code, stdout, stderr } = run(dir, ['--assets', 'bad.csv'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('Row 1: latitude 95 is out of range (-90…90); skipped')
    expect(stderr).toMatch(/No usable asset rows in .*bad\.csv: every row was skipped/)
  }, 60_000)

  it('fails with exit 1 when the header lacks a needed column', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), 'lon,lat,kind\n0.5,51.7,park\n')
    const { code, stderr } = run(dir, ['--assets', 'assets.csv'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/has no category column/)
  }, 60_000)

  it('refuses a distance that is not a number of metres', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stderr } = run(dir, ['--assets', 'assets.csv', '--distance', 'far'])
    expect(code).toBe(2)
    expect(stderr.trim()).toBe(
      'analysis: --distance must be a number of metres, 0 or more (got "far") (see --help)',
    )
  }, 60_000)

  it('reads the region from --region, relative to the starting folder', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'region'))
    for (const file of [
      'essex-wards.geojson',
      'essex-ward-population.csv',
      'essex-lsoa21-centroids.csv',
    ]) {
      symlinkSync(join(defaultDataDir, file), join(dir, 'region', file))
    }
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout } = run(dir, ['--assets', 'assets.csv', '--region', 'region'])
    expect(code).toBe(0)
    expect(parseCsv(stdout)).toHaveLength(257 * 3)
  }, 60_000)

  it('reports a ward with an invalid polygon and leaves it out of the output', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'region'))
    for (const file of ['essex-ward-population.csv', 'essex-lsoa21-centroids.csv']) {
      symlinkSync(join(defaultDataDir, file), join(dir, 'region', file))
    }
    const collection = JSON.parse(
      readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8'),
    ) as {
      features: { geometry: { coordinates: number[][][] } }[]
    }
    collection.features[0]!.geometry.coordinates[0]!.pop() // ring no longer closed
    writeFileSync(join(dir, 'region', 'essex-wards.geojson'), JSON.stringify(collection))
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stdout, stderr } = run(dir, ['--assets', 'assets.csv', '--region', 'region'])
    expect(code).toBe(0)
    expect(stderr).toContain(
      'Ward E05002212 (Belfairs): ring 1 of polygon 1 is not closed (its first and last positions differ); the ward is left out of the analysis',
    )
    const rows = parseCsv(stdout)
    expect(rows).toHaveLength(256 * 3)
    expect(rows.some((r) => r.ward_code === 'E05002212')).toBe(false)
  }, 60_000)

  it('fails with one line when the region folder is not there', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'assets.csv'), csv)
    const { code, stderr } = run(dir, ['--assets', 'assets.csv', '--region', 'no-such-folder'])
    expect(code).toBe(1)
    expect(stderr.trim()).toMatch(
      /^analysis: Cannot read the region file .*no-such-folder.*essex-wards\.geojson$/,
    )
  }, 60_000)
})
