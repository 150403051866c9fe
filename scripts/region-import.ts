// `npm run region:import -- [--region essex] [--data <dir>] [--database-url <url>] [--no-verify]`
// Loads a region's public files into a database that already has the migrations (DATABASE_URL by
// default). Validates everything first and writes in one transaction: all or nothing.
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { connectPg } from './lib/pg-sql-client'
import { defaultDataDir } from './lib/paths'
import { importRegion } from './lib/import-region'

const { values } = parseArgs({
  options: {
    region: { type: 'string', default: 'essex' },
    data: { type: 'string' },
    'database-url': { type: 'string' },
    'no-verify': { type: 'boolean', default: false },
  },
})
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL
const dataDir = values.data
  ? resolve(process.env.INIT_CWD ?? process.cwd(), values.data)
  : defaultDataDir
if (!databaseUrl) {
  console.error(
    'Give --database-url or set DATABASE_URL (the local mode imports its region at build time: npm run prepare:local).',
  )
  process.exit(2)
}
try {
  const client = await connectPg(databaseUrl)
  try {
    const { name, written } = await importRegion(client, {
      region: values.region,
      dataDir,
      verify: !values['no-verify'],
    })
    console.log(
      `Imported ${name}: ${written.wards} wards, ${written.smallAreas} small areas, ${written.indicators} indicator values, ${written.postcodes} postcodes.`,
    )
  } finally {
    await client.close()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
