// Builds what the local (embedded) mode serves, from ../shared/data and the migrations:
//   public/generated/region/wards.geojson  the ward layer the map paints at once
//   public/generated/region/analysis-region.json  the full-resolution region files the gap
//                                          analysis worker reads (wards, population, IMD, LSOA
//                                          centroids), as text, for the same parser as the CLI
//   public/generated/db/snapshot.pgdata    a PGlite data directory with PostGIS, the migrations and
//                                          the region, so no `create extension` runs in a browser
//   public/generated/db/snapshot.json      which migrations the snapshot holds, and its size
// Skips the work when nothing it is built from has changed.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import type { MultiPolygon } from 'geojson'
import { parseWardBoundaries } from '../src/core/region/parse-ward-boundaries'
import { toWardMapFeatures } from '../src/core/region/to-ward-map-features'
import {
  ANALYSIS_REGION_FORMAT,
  type AnalysisRegionFile,
} from '../src/core/analysis/analysis-region-file'
import { pgliteSqlClient } from '../src/db/pglite/pglite-sql-client'
import { buildRegion, defaultDataDir, repoRoot } from './lib/paths'
import { loadRegion } from './lib/load-region'
import { readRegionSources } from './lib/read-region-sources'
import { readCompatSql, readMigrations } from './lib/read-migrations'
import { setUpDatabase } from './lib/set-up-database'

const outDir = join(repoRoot, 'public', 'generated')
const dataDir = process.env.CAM_DATA_DIR ?? defaultDataDir
const localUserSql = readFileSync(join(repoRoot, 'src', 'db', 'pglite', 'local-user.sql'), 'utf8')

const started = Date.now()
try {
  const migrations = readMigrations()
  const region = loadRegion(buildRegion(), dataDir)
  const pgliteVersion = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ).version as string
  const inputsHash = createHash('sha256')
    .update(JSON.stringify(region.manifest))
    .update(readCompatSql())
    .update(localUserSql)
    .update(pgliteVersion)
    .update(migrations.map((m) => m.version + m.sql).join('\n'))
    .update(readFileSync(new URL(import.meta.url)))
    .update(ANALYSIS_REGION_FORMAT)
    .digest('hex')
  const snapshotInfoPath = join(outDir, 'db', 'snapshot.json')
  const wardsPath = join(outDir, 'region', 'wards.geojson')
  const analysisRegionPath = join(outDir, 'region', 'analysis-region.json')
  if (
    existsSync(snapshotInfoPath) &&
    existsSync(wardsPath) &&
    existsSync(analysisRegionPath) &&
    JSON.parse(readFileSync(snapshotInfoPath, 'utf8')).inputsHash === inputsHash
  ) {
    console.log('Local database snapshot and ward layer are up to date.')
    process.exit(0)
  }
  mkdirSync(join(outDir, 'region'), { recursive: true })
  mkdirSync(join(outDir, 'db'), { recursive: true })

  const display = region.displayBoundaries
    ? parseWardBoundaries(region.displayBoundaries.text, region.displayBoundaries.file)
    : null
  if (display && display.issues.length > 0) {
    throw new Error(`${region.displayBoundaries?.file}: ${display.issues[0]?.message}`)
  }
  const displayGeometry = new Map<string, MultiPolygon>(
    (display?.wards ?? []).map((ward) => [ward.wardCode, ward.geometry]),
  )
  writeFileSync(wardsPath, JSON.stringify(toWardMapFeatures(region.dataset, displayGeometry)))
  console.log(
    `Ward layer: ${region.dataset.wards.length} wards → public/generated/region/wards.geojson`,
  )

  // The gap analysis needs the full-resolution wards (point in polygon), not the simplified layer.
  // The files go as they are (checked against the manifest's checksums), so the worker's parser
  // reports any bad value exactly as `npm run analysis` would.
  const { sources } = readRegionSources(region.manifest, dataDir)
  const analysisRegion: AnalysisRegionFile = {
    format: ANALYSIS_REGION_FORMAT,
    texts: {
      wards: sources.wardBoundaries.text,
      wardPopulation: sources.wardPopulation.text,
      lsoaCentroids: sources.smallAreaCentroids.text,
      ...(sources.wardDeprivation ? { wardImd: sources.wardDeprivation.text } : {}),
    },
  }
  writeFileSync(analysisRegionPath, JSON.stringify(analysisRegion))
  console.log('Analysis region → public/generated/region/analysis-region.json')

  console.log('Building the local database snapshot (PostGIS, migrations, region)…')
  // 1 MB WAL segments, not 16: the browser's IndexedDB file system writes a changed file whole,
  // and every commit changes the current segment, so each save wrote 16 MB (1.6 s on 2 cores).
  // While building, a small WAL (checkpoints recycle segments rather than keep 40 MB of old ones)
  // keeps the snapshot small; the browser runs with Postgres's defaults.
  const db = await PGlite.create({
    extensions: { postgis },
    initDbStartParams: ['--wal-segsize=1'],
    startParams: [...PGlite.defaultStartParams, '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=4MB'],
  })
  const client = pgliteSqlClient(db)
  await setUpDatabase(client, { region: region.dataset, migrations })
  await client.exec(localUserSql)
  await db.exec('vacuum analyze')
  await db.exec('checkpoint')
  const snapshot = await db.dumpDataDir('gzip')
  const bytes = Buffer.from(await snapshot.arrayBuffer())
  await db.close()
  writeFileSync(join(outDir, 'db', 'snapshot.pgdata'), bytes)
  writeFileSync(
    snapshotInfoPath,
    JSON.stringify(
      {
        inputsHash,
        bytes: bytes.length,
        migrations: migrations.map((m) => m.version),
        pglite: pgliteVersion,
      },
      null,
      2,
    ),
  )
  console.log(
    `Snapshot: ${(bytes.length / 1e6).toFixed(1)} MB with ${migrations.length} migrations, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
