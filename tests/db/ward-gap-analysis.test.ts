import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../scripts/lib/paths'
import { ASSET_KIND_LABELS } from '../../src/core/analysis/category-labels'
import { computeWardGaps } from '../../src/core/analysis/compute-ward-gaps'
import { generateClusteredAssets } from '../../src/core/analysis/generate-clustered-assets'
import type { WardCategoryMetrics } from '../../src/core/analysis/list-ward-metrics'
import { parseRegion, type RegionTexts } from '../../src/core/analysis/parse-region'
import { prepareRegion } from '../../src/core/analysis/prepare-region'
import { PINNABLE_KINDS } from '../../src/core/assets/asset-kind-style'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import { toWardCategoryMetrics } from '../../src/db/rows/ward-metrics-row'
import { createGapAnalysisEngine } from '../../src/features/gap-analysis/worker/gap-analysis-engine'
import type {
  AnalysisAsset,
  GapAnalysisResult,
} from '../../src/features/gap-analysis/worker/gap-analysis-result'
import {
  createUser,
  essexRegion,
  openTestDatabase,
  queryAs,
  type Actor,
  type TestDatabase,
} from './support/test-database'
import { testLocalDatabase } from './support/listen'

// The SQL twin (public.ward_asset_metrics, 20261123150000_ward_gap_analysis.sql) against the gap
// analysis worker's own engine, on the Essex region and a generated clustered asset set: the same
// wards, the same assets (read back through the API as the app reads them), and for every ward ×
// kind the same counts exactly and the same coverage within 0.1 percentage point.

const GENERATED = 3000
const kinds = [...PINNABLE_KINDS]
const anon: Actor = { role: 'anon' }
let db: TestDatabase
let admin: Actor

interface MetricsRow {
  ward_code: string
  ward_name: string
  category: string
  assets: number
  population: number
  rate_per_1000: number | null
  coverage_pct: number | null
  reach_mean: number | null
  resident_points: number
}

const read = (name: string) => readFileSync(join(defaultDataDir, name), 'utf8')
// The files the app's worker reads (analysis-region.json holds them as they are).
const texts: RegionTexts = {
  wards: read('essex-wards.geojson'),
  wardPopulation: read('essex-ward-population.csv'),
  wardImd: read('essex-ward-imd.csv'),
  lsoaCentroids: read('essex-lsoa21-centroids.csv'),
}

beforeAll(async () => {
  const region = essexRegion()
  db = await openTestDatabase({ region })
  admin = { role: 'authenticated', userId: await createUser(db, ['admin']) }
  // Clustered around postcodes, as real assets cluster where people live; a few scattered ones
  // fall outside every ward (in the estuary, say) and still count for residents near them.
  const generated = generateClusteredAssets(
    Float64Array.from(region.postcodes, (postcode) => postcode.point[0]),
    Float64Array.from(region.postcodes, (postcode) => postcode.point[1]),
    GENERATED,
    kinds,
    { seed: 20261123 },
  )
  const rows = Array.from(generated.lng, (lng, i) => ({
    name: `Generated ${i + 1}`,
    kind: kinds[generated.category[i]!]!,
    lng,
    lat: generated.lat[i]!,
    // Every 25th pending and every 40th archived: never counted. Every 250th a sensitive place:
    // counted only for those who may see it.
    status: i % 25 === 7 ? 'pending' : i % 40 === 3 ? 'archived' : 'approved',
    is_sensitive: i % 250 === 11,
  }))
  await db.admin.query(
    `insert into public.assets (client_id, name, kind, point, status, is_sensitive)
     select gen_random_uuid(), x.name, x.kind::public.asset_kind,
       extensions.st_setsrid(extensions.st_makepoint(x.lng, x.lat), 4326),
       x.status::public.asset_status, x.is_sensitive
     from jsonb_to_recordset($1::jsonb)
       as x(name text, kind text, lng float8, lat float8, status text, is_sensitive boolean)`,
    [JSON.stringify(rows)],
  )
})
afterAll(() => db?.close())

/** The approved assets an actor sees through the API, as the app gives them to the worker. */
async function visibleAssets(actor: Actor): Promise<AnalysisAsset[]> {
  const rows = await queryAs<{ asset_id: string; kind: string; lng: number; lat: number }>(
    db,
    actor,
    `select asset_id, kind::text, lng, lat from public.asset_list where status = 'approved'`,
  )
  return rows.map((row) => ({ id: row.asset_id, kind: row.kind, lng: row.lng, lat: row.lat }))
}

function workerResult(assets: readonly AnalysisAsset[], distanceMetres: number): GapAnalysisResult {
  const engine = createGapAnalysisEngine('Essex', texts, kinds)
  engine.setAssets(assets)
  return engine.compute(requestAt(distanceMetres))
}

function requestAt(distanceMetres: number) {
  return {
    kinds,
    distanceMetres,
    need: [{ key: 'imd2025_score_popweighted', weight: 1 }],
    rateWeight: 1,
    coverageWeight: 1,
    layerKind: 'physical_space',
  }
}

function sqlMetrics(actor: Actor, distanceMetres: number): Promise<MetricsRow[]> {
  return queryAs<MetricsRow>(
    db,
    actor,
    // text[] first: PGlite serialises a JS array for a text array, not for an enum array.
    'select * from public.ward_asset_metrics($1, $2::text[]::public.asset_kind[])',
    [distanceMetres, kinds],
  )
}

/** Every ward × kind where the two differ beyond the tolerances, as readable lines. */
function disagreements(sql: readonly MetricsRow[], worker: GapAnalysisResult): string[] {
  const lines: string[] = []
  const sqlKeys = new Set(sql.map((row) => `${row.ward_code} ${row.category}`))
  const workerKeys = new Set(
    worker.wards.flatMap((ward) => Object.keys(ward.byKind).map((kind) => `${ward.code} ${kind}`)),
  )
  for (const key of workerKeys) if (!sqlKeys.has(key)) lines.push(`${key}: no SQL row`)
  for (const key of sqlKeys) if (!workerKeys.has(key)) lines.push(`${key}: no worker row`)
  const wards = new Map(worker.wards.map((ward) => [ward.code, ward]))
  for (const row of sql) {
    const ward = wards.get(row.ward_code)
    const figures = ward?.byKind[row.category]
    if (!ward || !figures) continue
    const at = `${row.ward_code} (${row.ward_name}) ${row.category}`
    if (row.assets !== figures.assets)
      lines.push(`${at}: ${row.assets} assets in SQL, ${figures.assets} in the worker`)
    if (row.population !== ward.population)
      lines.push(`${at}: population ${row.population} vs ${ward.population}`)
    if (!within(row.coverage_pct, figures.coveragePct, 0.1))
      lines.push(`${at}: coverage ${row.coverage_pct}% vs ${figures.coveragePct}%`)
    if (!within(row.reach_mean, figures.reachMean, 1e-6))
      lines.push(`${at}: reach ${row.reach_mean} vs ${figures.reachMean}`)
    if (!within(row.rate_per_1000, figures.ratePer1000, 1e-9))
      lines.push(`${at}: rate ${row.rate_per_1000} vs ${figures.ratePer1000}`)
  }
  return lines
}

function within(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= tolerance
}

describe('ward_asset_metrics, the SQL twin of the gap analysis', () => {
  it.each([800, 400, 1600])(
    'agrees with the worker on every Essex ward and kind at %i m (counts exactly, coverage within 0.1 percentage point)',
    async (distance) => {
      const assets = await visibleAssets(anon)
      const sql = await sqlMetrics(anon, distance)
      const worker = workerResult(assets, distance)
      expect(sql).toHaveLength(257 * kinds.length)
      expect(disagreements(sql, worker)).toEqual([])
      // The comparison is not vacuous: the generated assets cover some residents and not others.
      const coverage = sql.map((row) => row.coverage_pct ?? 0)
      expect(Math.min(...coverage)).toBe(0)
      expect(Math.max(...coverage)).toBe(100)
      expect(coverage.filter((pct) => pct > 0 && pct < 100).length).toBeGreaterThan(100)
    },
  )

  it('counts only approved assets, and sensitive places only for those who may see them', async () => {
    const total = (rows: readonly MetricsRow[]) => rows.reduce((sum, row) => sum + row.assets, 0)
    // Assets inside a ward (the trigger placed them), by who may see them.
    const [counts] = await db.admin.query<{ open: number; sensitive: number }>(
      `select count(*) filter (where not is_sensitive)::integer as open,
         count(*) filter (where is_sensitive)::integer as sensitive
       from public.assets where status = 'approved' and ward_code is not null`,
    )
    const { open, sensitive } = counts!
    expect(sensitive).toBeGreaterThan(0)
    expect(total(await sqlMetrics(anon, 800))).toBe(open)
    expect(total(await sqlMetrics(admin, 800))).toBe(open + sensitive)
  })

  it('agrees with the worker for an admin, who also sees the sensitive places', async () => {
    const assets = await visibleAssets(admin)
    expect(disagreements(await sqlMetrics(admin, 800), workerResult(assets, 800))).toEqual([])
  })

  it('counts a point on an edge shared by two wards in the ward first in the boundary file, as the worker and the assets trigger do', async () => {
    const { point, first, second } = sharedVertexWithLaterLowerCode()
    const rollback = new Error('rollback')
    let seen: { trigger: string; sql: Record<string, number> } | null = null
    await db.admin
      .transaction(async (tx) => {
        const [row] = await tx.query<{ ward_code: string }>(
          `insert into public.assets (client_id, name, kind, point, status)
           values (gen_random_uuid(), 'On the boundary', 'economic',
             extensions.st_setsrid(extensions.st_makepoint($1, $2), 4326), 'approved')
           returning ward_code`,
          point,
        )
        const before = await tx.query<MetricsRow>(
          `select * from public.ward_asset_metrics(800, '{economic}') where ward_code = any ($1::text[])`,
          [[first, second]],
        )
        seen = {
          trigger: row!.ward_code,
          sql: Object.fromEntries(before.map((r) => [r.ward_code, r.assets])),
        }
        throw rollback
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error
      })
    const withoutIt = await sqlMetrics(anon, 800)
    const count = (code: string) =>
      withoutIt.find((row) => row.ward_code === code && row.category === 'economic')!.assets
    const engine = createGapAnalysisEngine('Essex', texts, kinds)
    engine.setAssets([{ id: 'edge', kind: 'economic', lng: point[0], lat: point[1] }])
    const worker = engine.compute({
      kinds,
      distanceMetres: 800,
      need: [],
      rateWeight: 1,
      coverageWeight: 1,
      layerKind: 'economic',
    })
    const workerCount = (code: string) =>
      worker.wards.find((ward) => ward.code === code)!.byKind.economic!.assets
    expect(seen).toEqual({
      trigger: first,
      sql: { [first]: count(first) + 1, [second]: count(second) },
    })
    expect([workerCount(first), workerCount(second)]).toEqual([1, 0])
  })

  it("ranks the wards from the local adapter's analysis port exactly as the worker does", async () => {
    const port = db.pglite
      ? localDataPort(db.pglite, () => null)
      : sqlDataPort(testLocalDatabase(db), () => null)
    const metrics = await port.analysis.wardAssetMetrics({ distanceMetres: 800, kinds })
    const parsed = parseRegion('Essex', texts)
    if (!parsed.ok) throw new Error(parsed.message)
    const need = [{ key: 'imd2025_score_popweighted', weight: 1 }]
    const fromSql = computeWardGaps('Essex', prepareRegion(parsed.region).wards, metrics, {
      need,
      supply: kinds.map((category) => ({
        category,
        rateWeight: 1,
        coverageWeight: 1,
        reachWeight: 0,
      })),
      walkDistanceMetres: 800,
      categoryLabels: ASSET_KIND_LABELS,
    })
    const worker = workerResult(await visibleAssets(anon), 800)
    expect(fromSql.gaps.map((gap) => [gap.wardCode, gap.rank, gap.reason])).toEqual(
      worker.wards.map((ward) => [ward.code, ward.rank, ward.reason]),
    )
  })

  it("ranks in the worker from the database's figures as from the assets, saying which computed them", async () => {
    const port = db.pglite
      ? localDataPort(db.pglite, () => null)
      : sqlDataPort(testLocalDatabase(db), () => null)
    const metrics = await port.analysis.wardAssetMetrics({ distanceMetres: 800, kinds })
    const approved = await port.analysis.countApprovedAssets()
    const assets = await visibleAssets(anon)
    expect(approved).toBe(assets.length)
    const engine = createGapAnalysisEngine('Essex', texts, kinds)
    engine.setDatabaseMetrics(800, metrics, approved)
    expect(engine.hasFigures(requestAt(1200))).toBe(false)
    const fromDatabase = engine.compute(requestAt(800))
    const fromBrowser = workerResult(assets, 800)
    expect([fromDatabase.engine, fromBrowser.engine]).toEqual(['database', 'browser'])
    expect(fromDatabase.assetCount).toBe(fromBrowser.assetCount)
    expect(fromDatabase.wards.map((ward) => [ward.code, ward.rank, ward.reason])).toEqual(
      fromBrowser.wards.map((ward) => [ward.code, ward.rank, ward.reason]),
    )
  })

  it('ranks with the same time bank figures in both engines, hiding a ward of fewer than 5 from the public', async () => {
    // Colchester's bank: six members in one ward each give an hour to two members in another.
    const [busy, small] = await db.admin.query<{ ward_code: string }>(
      `select ward_code from public.wards where lad_code = 'E07000071' order by ward_code limit 2`,
    )
    const member = async (ward: string, name: string) =>
      (
        await db.admin.query<{ member_id: string }>(
          `insert into public.time_bank_members (bank_id, kind, status, display_name, ward_code, joined_at)
           values ('00000000-0000-4000-8000-00000000b001', 'resident', 'active', $1, $2, now())
           returning member_id`,
          [name, ward],
        )
      )[0]!.member_id
    const givers: string[] = []
    for (let i = 1; i <= 6; i++) givers.push(await member(busy!.ward_code, `Giver ${i}`))
    const receivers = [
      await member(small!.ward_code, 'Receiver 1'),
      await member(small!.ward_code, 'Receiver 2'),
    ]
    await testLocalDatabase(db).transaction(async (query) => {
      await query(`select set_config('role', 'authenticated', true)`)
      await query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({
          role: 'authenticated',
          sub: 'userId' in admin ? admin.userId : null,
        }),
      ])
      for (const [i, giver] of givers.entries()) {
        await query(
          `select 1 from public.record_time_exchange(gen_random_uuid(), array[$1]::uuid[], array[$2]::uuid[], 60)`,
          [giver, receivers[i % 2]],
        )
      }
    })
    const portAs = (actor: Actor) =>
      sqlDataPort(testLocalDatabase(db), () =>
        actor.role === 'authenticated' ? { userId: actor.userId, email: 'a@example.test' } : null,
      )
    const publicActivity = await portAs(anon).analysis.timeBankActivity()
    expect(publicActivity).toEqual([
      { wardCode: busy!.ward_code, activeMembers: 6, minutesGiven: 360 },
      { wardCode: small!.ward_code, activeMembers: null, minutesGiven: null },
    ])
    expect(await portAs(admin).analysis.timeBankActivity()).toContainEqual({
      wardCode: small!.ward_code,
      activeMembers: 2,
      minutesGiven: 0,
    })

    const metrics = await portAs(anon).analysis.wardAssetMetrics({ distanceMetres: 800, kinds })
    const fromDatabase = createGapAnalysisEngine('Essex', texts, kinds)
    fromDatabase.setDatabaseMetrics(800, metrics, await portAs(anon).analysis.countApprovedAssets())
    fromDatabase.setTimeBankActivity(publicActivity)
    const fromBrowser = createGapAnalysisEngine('Essex', texts, kinds)
    fromBrowser.setAssets(await visibleAssets(anon))
    fromBrowser.setTimeBankActivity(publicActivity)
    const [database, browser] = [fromDatabase, fromBrowser].map((engine) =>
      engine.compute(requestAt(800)),
    )
    expect(database!.wards.map((ward) => [ward.code, ward.rank, ward.reason])).toEqual(
      browser!.wards.map((ward) => [ward.code, ward.rank, ward.reason]),
    )
    const reasonOf = (code: string) => browser!.wards.find((ward) => ward.code === code)!.reason
    expect(reasonOf(busy!.ward_code)).toMatch(
      / · 6 active time bank members \(6 hours given in 12 months\)$/,
    )
    expect(reasonOf(small!.ward_code)).toMatch(/ · fewer than 5 active time bank members$/)
    const without = workerResult(await visibleAssets(anon), 800)
    const supplyOf = (result: GapAnalysisResult, code: string) =>
      result.wards.find((ward) => ward.code === code)!.supply!
    expect(supplyOf(browser!, busy!.ward_code)).toBeGreaterThan(supplyOf(without, busy!.ward_code))
  })

  it('ranks ties alike from the database’s figures and the worker’s: with few assets, every ward with none at the bottom of supply and wards of equal gap sharing a rank', async () => {
    const { metrics, assets } = await withOnlyApproved(12)
    expect(assets.length).toBeGreaterThan(0)
    const fromDatabase = createGapAnalysisEngine('Essex', texts, kinds)
    fromDatabase.setDatabaseMetrics(800, metrics, assets.length)
    const database = fromDatabase.compute(requestAt(800))
    const browser = workerResult(assets, 800)
    const ranking = (result: GapAnalysisResult) =>
      result.wards.map((ward) => [ward.code, ward.rank, ward.supply, ward.reason])
    expect(ranking(database)).toEqual(ranking(browser))
    const withoutAny = browser.wards.filter((ward) =>
      kinds.every((kind) => ward.byKind[kind]?.assets === 0 && ward.byKind[kind].coveragePct === 0),
    )
    expect(withoutAny.length).toBeGreaterThan(200)
    expect(new Set(withoutAny.map((ward) => ward.supply))).toEqual(new Set([0]))
    const ranks = browser.wards.map((ward) => ward.rank)
    expect(new Set(ranks).size).toBeLessThan(ranks.length)
  })

  it('refuses a walking distance out of range, saying what it must be', async () => {
    await expect(queryAs(db, anon, 'select * from public.ward_asset_metrics(-5)')).rejects.toThrow(
      'The walking distance must be between 0 and 5,000 metres, not -5.',
    )
  })
})

/**
 * The SQL twin's figures and the approved assets as the public reads them, with all but `keep`
 * approved assets made pending for the moment (rolled back afterwards).
 */
async function withOnlyApproved(
  keep: number,
): Promise<{ metrics: WardCategoryMetrics[]; assets: AnalysisAsset[] }> {
  const rollback = new Error('rollback')
  let seen: { metrics: WardCategoryMetrics[]; assets: AnalysisAsset[] } | null = null
  await db.admin
    .transaction(async (tx) => {
      await tx.query(
        `update public.assets set status = 'pending'
         where status = 'approved' and not is_sensitive and asset_id not in (
           select asset_id from public.assets
           where status = 'approved' and not is_sensitive order by name limit $1)`,
        [keep],
      )
      await tx.query(`select set_config('role', 'anon', true)`)
      await tx.query(`select set_config('request.jwt.claims', '{"role":"anon"}', true)`)
      const rows = await tx.query<{ asset_id: string; kind: string; lng: number; lat: number }>(
        `select asset_id, kind::text, lng, lat from public.asset_list where status = 'approved'`,
      )
      seen = {
        metrics: toWardCategoryMetrics(
          await tx.query(
            'select * from public.ward_asset_metrics($1, $2::text[]::public.asset_kind[])',
            [800, kinds],
          ),
        ),
        assets: rows.map((row) => ({
          id: row.asset_id,
          kind: row.kind,
          lng: row.lng,
          lat: row.lat,
        })),
      }
      throw rollback
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error
    })
  return seen!
}

/**
 * A vertex shared by two wards/**
 * A vertex shared by two wards where the one first in the file has the higher code: the old rule
 * (lowest code) and the file-order rule give different wards, so the test can tell them apart.
 */
function sharedVertexWithLaterLowerCode(): {
  point: [number, number]
  first: string
  second: string
} {
  const features = (
    JSON.parse(texts.wards) as {
      features: {
        properties: { ward_code: string }
        geometry: { type: string; coordinates: unknown }
      }[]
    }
  ).features
  const firstSeen = new Map<string, number>()
  for (let index = 0; index < features.length; index++) {
    const { geometry } = features[index]!
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as number[][][][]
    for (const ring of polygons.flat()) {
      for (const [lng, lat] of ring) {
        const key = `${lng},${lat}`
        const earlier = firstSeen.get(key)
        if (earlier === undefined) {
          firstSeen.set(key, index)
          continue
        }
        const first = features[earlier]!.properties.ward_code
        const second = features[index]!.properties.ward_code
        if (earlier !== index && first > second) {
          return { point: [lng!, lat!], first, second }
        }
      }
    }
  }
  throw new Error('No shared vertex found in the ward file')
}
