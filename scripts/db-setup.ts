// `DATABASE_URL=postgres://… npm run db:setup [-- --region essex --data <dir>]`
// Prepares an empty Postgres + PostGIS database (not a Supabase project: use `supabase db push`
// there) with the Supabase-compatible setup, the migrations and the region. Safe to repeat.
import { parseArgs } from 'node:util'
import { connectPg } from './lib/pg-sql-client'
import { defaultDataDir } from './lib/paths'
import { loadRegion } from './lib/load-region'
import { setUpDatabase } from './lib/set-up-database'

const { values } = parseArgs({
  options: {
    region: { type: 'string', default: 'essex' },
    data: { type: 'string', default: defaultDataDir },
    'no-verify': { type: 'boolean', default: false },
  },
})
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error(
    'Set DATABASE_URL to an empty Postgres + PostGIS database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/cam npm run db:setup',
  )
  process.exit(2)
}
try {
  const region = loadRegion(values.region, values.data, !values['no-verify'])
  const client = await connectPg(databaseUrl)
  try {
    const { applied, written } = await setUpDatabase(client, { region: region.dataset })
    console.log(
      `Database ready: ${applied.length} migration(s) applied${applied.length ? ` (${applied.join(', ')})` : ''}; ` +
        `${written?.wards} wards, ${written?.smallAreas} small areas, ${written?.indicators} indicator values, ${written?.postcodes} postcodes.`,
    )
  } finally {
    await client.close()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
