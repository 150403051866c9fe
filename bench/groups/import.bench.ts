// Importing assets (issue #16) on the real server (DATABASE_URL, a Postgres 15 + PostGIS server
// with the Essex region): a generated 100,000-row CSV, shaped like real assets and clustered
// around Essex postcodes, is read and mapped (src/core/imports), staged through
// stage_asset_import_rows as a builder (each row checked by a typed asset's rules, likely
// duplicates looked for), and published through publish_asset_import; each phase timed, against
// a bare `COPY` of the same file into an unchecked table in the same run.
import { randomUUID } from 'node:crypto'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ASSET_KIND_LABELS } from '../../src/core/assets/asset-kind-labels'
import { toSpreadsheetCsv } from '../../src/core/export/to-spreadsheet-csv'
import { guessColumnMapping } from '../../src/core/imports/column-mapping'
import { readSourceTable } from '../../src/core/imports/read-source-table'
import { toImportRow } from '../../src/core/imports/to-import-row'
import { publishAssetImport, stageAssetImport } from '../../src/db/imports/asset-import-batches'
import { sqlImportsPort } from '../../src/db/pglite/sql-imports-port'
import type { SqlQuery } from '../../src/db/sql-client'
import { commitAs } from '../../tests/db/support/commit-as'
import { createUser, essexRegion, openTestDatabase } from '../../tests/db/support/test-database'
import { makeBenchAssets } from '../assets/make-bench-assets'
import { loadBenchRegion } from '../analysis/load-bench-region'
import { benchRow, type BenchGroup, type BenchRow } from '../bench-row'

const ROWS = 100_000

function makeCsv(): string {
  const region = loadBenchRegion()
  const wards = region.input.wards.map((ward) => ward.code)
  const assets = makeBenchAssets(region.anchors, wards, ROWS, 16)
  return toSpreadsheetCsv(
    ['name', 'kind', 'description', 'tags', 'latitude', 'longitude'],
    assets.map((asset) => ({
      name: asset.name,
      kind: ASSET_KIND_LABELS[asset.kind],
      description: asset.description,
      tags: asset.tags.join('; '),
      latitude: asset.lngLat![1],
      longitude: asset.lngLat![0],
    })),
  )
}

const seconds = (since: number) => (performance.now() - since) / 1000

const group: BenchGroup = {
  name: 'import',
  async run(): Promise<BenchRow[]> {
    if (!process.env.DATABASE_URL) {
      console.log(
        'import: needs DATABASE_URL (a Postgres 15 + PostGIS server, e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres); skipped.',
      )
      return []
    }
    const csv = makeCsv()
    const folder = mkdtempSync(join(tmpdir(), 'import-bench-'))
    const file = join(folder, 'assets.csv')
    writeFileSync(file, csv)
    // The server reads the file itself for the COPY baseline.
    chmodSync(folder, 0o755)
    chmodSync(file, 0o644)
    const db = await openTestDatabase({ region: essexRegion() })
    try {
      const builder = await createUser(db, ['builder'])
      let started = performance.now()
      const table = readSourceTable('assets.csv', new Uint8Array(Buffer.from(csv)))
      const mapping = guessColumnMapping(table.headers)
      const rows = table.rows.map((cells, i) => toImportRow(cells, table.headers, mapping, i + 1))
      const parse = seconds(started)

      const query: SqlQuery = (sql, params) =>
        commitAs(db, { role: 'authenticated', userId: builder }, sql, params)
      const imports = sqlImportsPort(query)
      const importId = randomUUID()
      started = performance.now()
      const report = await stageAssetImport(imports, importId, 'assets.csv', rows)
      const stage = seconds(started)
      const refused = report.filter((line) => line.status === 'refused').length
      const warned = report.filter((line) => line.status === 'warning').length

      started = performance.now()
      const published = await publishAssetImport(imports, importId, {
        skipRefused: true,
        total: ROWS - refused,
      })
      const publish = seconds(started)

      await db.admin.query(
        `create table public.bench_copy (name text, kind text, description text, tags text, latitude float8, longitude float8)`,
      )
      started = performance.now()
      await db.admin.query(`copy public.bench_copy from '${file}' with (format csv, header true)`)
      const copy = seconds(started)

      const total = parse + stage + publish
      const perRow = (s: number) => (s * 1e6) / ROWS
      const rate = (s: number) => `${Math.round(ROWS / s).toLocaleString('en-GB')} rows/s`
      return [
        benchRow('import.parse.100k', 's', parse, null, `${rate(parse)}: read, decoded, mapped`),
        benchRow(
          'import.stage.100k',
          's',
          stage,
          null,
          `${rate(stage)}: checked and staged in batches of 1,000; ${refused} refused, ${warned} warned of likely duplicates`,
        ),
        benchRow(
          'import.publish.100k',
          's',
          publish,
          null,
          `${rate(publish)}: ${published} assets with their triggers, 1,000 a call`,
        ),
        benchRow(
          'import.total.100k',
          's',
          total,
          copy,
          `${rate(total)} end to end against a bare COPY of the same file (${rate(copy)})`,
        ),
        benchRow(
          'import.per_row',
          'µs',
          perRow(total),
          perRow(copy),
          'per row, end to end, against the bare COPY',
        ),
      ]
    } finally {
      await db.close()
    }
  },
}
export default group
