import { randomUUID } from 'node:crypto'
import { createClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDirectoryAsOruk } from '../../src/core/directory/export-directory-as-oruk'
import { handleOrukRequest } from '../../src/core/directory/handle-oruk-request'
import type { OrukService } from '../../src/core/directory/oruk-types'
import { importOrukFile } from '../../src/db/directory/import-oruk-file'
import { createPortDirectorySource } from '../../src/db/directory/partners-port-directory-source'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import { createSqlDirectorySource } from '../../src/db/directory/sql-directory-source'
import type { SqlQuery } from '../../src/db/sql-client'
import { createSupabaseDirectorySource } from '../../src/db/supabase/supabase-directory-source'
import { NeverConnectingSocket } from '../../src/db/supabase/testing/recording-supabase-client'
import { createOrukValidator, readOrukExample } from '../support/oruk-spec'
import { startPostgrestTestServer } from '../support/postgrest-server'
import { commitAs } from './support/commit-as'
import { testLocalDatabase } from './support/listen'
import {
  createPartnerWorld,
  HILLTOP,
  MILL_END,
  RIVERSIDE,
  saveScheme,
  scheme,
  type PartnerWorld,
} from './support/partner-fixtures'
import { openTestDatabase, queryAs, type Actor, type TestDatabase } from './support/test-database'

// Open Referral UK export and import through the SQL functions, as the public reads and as
// partners and administrators write: a round trip gives back the same directory, bad files write
// nothing, and a partner imports only their own organisation's schemes.
let db: TestDatabase
let w: PartnerWorld
const anon = { role: 'anon' } as const
let watch: ReturnType<typeof scheme>
let refugeScheme: ReturnType<typeof scheme>

const reader =
  (actor: Actor): SqlQuery =>
  (sql, params) =>
    queryAs(db, actor, sql, params)
const writer =
  (actor: Actor): SqlQuery =>
  (sql, params) =>
    commitAs(db, actor, sql, params)
const exportNow = () => exportDirectoryAsOruk(createSqlDirectorySource(reader(anon)))
/** The directory as the public reads it, without the stamps a save moves on. */
const directoryNow = async () =>
  (
    await queryAs<Record<string, unknown>>(
      db,
      anon,
      `select * from public.directory_service order by scheme_id`,
    )
  ).map(({ updated_at: _u, ...row }) => row)

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
  watch = scheme(w.orgA, {
    areas: [RIVERSIDE, HILLTOP, MILL_END],
    audiences: ['older_people', 'women'],
    contact_name: 'Sam Watch',
    contact_phone: '01245 222333',
    url: 'https://watch.example.org',
    schedules: [
      { byday: 'TU', opens_at: '18:00', closes_at: '21:00', note: 'Meet at the hall' },
      { byday: 'SA', opens_at: '10:00', closes_at: '12:30', note: null },
    ],
    venues: [{ asset_id: w.publicVenue }],
  })
  await saveScheme(db, w.partnerA, watch)
  refugeScheme = scheme(w.orgB, {
    name: 'Harbour support',
    themes: ['domestic_abuse'],
    access: 'referral',
    venues: [
      { asset_id: w.refuge, public_name: 'Support line', front_door_contact: '0800 000 1111' },
    ],
  })
  await saveScheme(db, w.admin, refugeScheme)
})
afterAll(() => db?.close())

describe('the Open Referral UK export', () => {
  it('is a service package valid against the spec, a refuge only by its public name', async () => {
    const file = await exportNow()
    expect(createOrukValidator().errors('compiled/service_package.json', file)).toEqual([])
    const text = JSON.stringify(file)
    expect(text).toContain('Support line')
    expect(text).not.toContain(w.refuge)
    expect(text).not.toContain('Harbour Refuge')
  })
})

describe('the Open Referral UK API over the SQL functions', () => {
  it('answers as openapi.json defines, reading as the public does', async () => {
    const source = createSqlDirectorySource(reader(anon))
    const oruk = createOrukValidator()
    const get = (path: string, query = '') =>
      handleOrukRequest(source, 'GET', path, new URLSearchParams(query))
    const list = await get('/services', 'per_page=1')
    expect(list.status).toBe(200)
    expect(oruk.responseErrors('/services', list.body)).toEqual([])
    expect(list.body).toMatchObject({ total_items: 2, total_pages: 2, size: 1, last_page: false })
    const one = await get(`/services/${refugeScheme.id}`)
    expect(oruk.responseErrors('/services/{id}', one.body)).toEqual([])
    expect(JSON.stringify(one.body)).not.toContain(w.refuge)
    const found = await get('/services', 'search=harbour')
    expect(
      (found.body as { contents: Array<{ id: string }> }).contents.map(({ id }) => id),
    ).toEqual([refugeScheme.id])
    const locations = await get('/service_at_locations')
    expect(oruk.responseErrors('/service_at_locations', locations.body)).toEqual([])
  })

  it("exports the same through the app's data port, as a screen's export button does", async () => {
    const port = db.pglite
      ? localDataPort(db.pglite, () => null)
      : sqlDataPort(testLocalDatabase(db), () => null)
    const viaPort = await exportDirectoryAsOruk(createPortDirectorySource(port.partners))
    // The port knows no area names: the areas' names are their codes there.
    const withoutAreaNames = (services: OrukService[]) =>
      services.map((service) => ({
        ...service,
        service_areas: service.service_areas.map(({ id, uri }) => ({ id, uri })),
      }))
    expect(withoutAreaNames(viaPort)).toEqual(withoutAreaNames(await exportNow()))
  })

  it('answers the same through supabase-js, as the Edge Function reads', async () => {
    const server = await startPostgrestTestServer(db.admin)
    try {
      const client = createClient(server.url, server.anonKey, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
        realtime: { transport: NeverConnectingSocket },
      })
      const connected = createSupabaseDirectorySource(client)
      const local = createSqlDirectorySource(reader(anon))
      for (const path of [
        '/services',
        `/services/${watch.id}`,
        '/taxonomy_terms',
        '/organizations',
      ]) {
        const query = new URLSearchParams('search=watch')
        expect(await handleOrukRequest(connected, 'GET', path, query)).toEqual(
          await handleOrukRequest(local, 'GET', path, query),
        )
      }
    } finally {
      await server.close()
    }
  })
})

describe('import_directory', () => {
  it('gives back the same directory from its own export', async () => {
    const before = await directoryNow()
    const file = await exportNow()
    // The directory changes after the export…
    await saveScheme(db, w.partnerA, {
      ...watch,
      name: 'Renamed',
      schedules: [],
      areas: [RIVERSIDE],
    })
    await saveScheme(db, w.admin, {
      ...refugeScheme,
      venues: [
        { asset_id: w.refuge, public_name: 'Support line', front_door_contact: '0800 999 9999' },
      ],
    })
    // …and the import, by an administrator (who sees the refuge, so that it would be dropped were
    // it not matched by its public name), puts it back.
    const report = await importOrukFile(writer(w.admin), file, {
      dryRun: false,
      skipRefused: false,
    })
    expect(report.filter(({ status }) => status !== 'ok')).toEqual([])
    expect(await directoryNow()).toEqual(before)
  })

  it('refuses a file with missing fields, a duplicate id and a bad schedule, and writes nothing', async () => {
    const good = (await exportNow()).find(({ name }) => name === 'Street Watch')
    const fresh = (name: string): OrukService => ({ ...good!, id: randomUUID(), name })
    const twin = fresh('Twin')
    const file = [
      fresh('New and fine'),
      { ...fresh('No status'), status: undefined },
      twin,
      { ...twin, name: 'Twin again' },
      {
        ...fresh('Bad hours'),
        schedules: [{ id: randomUUID(), byday: 'MO', opens_at: '17:00', closes_at: '09:00' }],
      },
    ]
    const report = await importOrukFile(writer(w.admin), file, {
      dryRun: false,
      skipRefused: false,
    })
    expect(
      report.map(({ record_no, record_type, status, reason }) => [
        record_no,
        record_type,
        status,
        reason,
      ]),
    ).toEqual([
      [1, 'organization', 'ok', 'not written: another record was refused'],
      [1, 'service', 'ok', 'not written: another record was refused'],
      [2, 'service', 'refused', 'missing required field: status'],
      [3, 'service', 'refused', 'duplicate id: record 4 has the same id'],
      [4, 'service', 'refused', 'duplicate id: record 3 has the same id'],
      [
        5,
        'service',
        'refused',
        'invalid schedule: schedule 1: closes at 09:00, not after it opens at 17:00',
      ],
    ])
    const names = (await directoryNow()).map(({ name }) => name)
    expect(names).not.toContain('New and fine')
    const skipped = await importOrukFile(writer(w.admin), file, {
      dryRun: false,
      skipRefused: true,
    })
    expect(skipped.filter(({ status }) => status === 'ok')).toHaveLength(2)
    expect((await directoryNow()).map(({ name }) => name)).toContain('New and fine')
  })

  it('writes nothing on a dry run', async () => {
    const good = (await exportNow()).find(({ name }) => name === 'Street Watch')
    const file = [{ ...good!, id: randomUUID(), name: 'Only a dry run' }]
    const report = await importOrukFile(writer(w.admin), file, { dryRun: true, skipRefused: false })
    expect(report.map(({ status }) => status)).toEqual(['ok', 'ok'])
    expect((await directoryNow()).map(({ name }) => name)).not.toContain('Only a dry run')
  })

  it("lets a partner import their own schemes but not another organisation's", async () => {
    const file = (await exportNow()).map((service) => ({
      ...service,
      description: 'Imported again',
    }))
    const report = await importOrukFile(writer(w.partnerA), file, {
      dryRun: false,
      skipRefused: true,
    })
    const byName = new Map(file.map((service, index) => [index + 1, service.name]))
    const outcome = report
      .filter(({ record_type }) => record_type === 'service')
      .map(({ record_no, status, reason }) => [byName.get(record_no), status, reason])
    expect(outcome).toContainEqual([
      'Harbour support',
      'refused',
      "Only the organisation's people and administrators change its schemes.",
    ])
    expect(outcome).toContainEqual(['Street Watch', 'ok', null])
    const descriptions = await directoryNow()
    expect(descriptions.find(({ name }) => name === 'Harbour support')!.description).not.toBe(
      'Imported again',
    )
  })

  it('refuses an import from someone not signed in', async () => {
    await expect(
      importOrukFile(writer(anon), await exportNow(), { dryRun: true, skipRefused: false }),
    ).rejects.toThrow(/permission denied/)
  })

  it('imports the spec examples cleanly, keeping their terms for mapping', async () => {
    // Each names the same service and organisation: the last import is the one checked below.
    for (const other of [
      'service_list.json',
      'organization_full.json',
      'service_at_location_full.json',
      'service_at_location_list.json',
    ]) {
      const imported = await importOrukFile(writer(w.admin), readOrukExample(other), {
        dryRun: false,
        skipRefused: false,
      })
      expect(imported.filter(({ status }) => status === 'refused')).toEqual([])
    }
    const example = readOrukExample('service_full.json') as OrukService
    const report = await importOrukFile(writer(w.admin), example, {
      dryRun: false,
      skipRefused: false,
    })
    expect(report.map(({ status }) => status)).not.toContain('refused')
    const service = report.find(({ record_type }) => record_type === 'service')!
    expect(service.reason).toContain('term "name" of taxonomy kept for mapping to a theme')
    expect(service.reason).toContain('filed under "Not yet mapped"')
    const [row] = await queryAs<{ themes: string[] }>(
      db,
      anon,
      `select themes from public.directory_service where scheme_id = $1`,
      [example.id],
    )
    expect(row!.themes).toEqual(['not_yet_mapped'])
    const terms = await queryAs(
      db,
      anon,
      `select vocabulary, term_code, term_name from public.scheme_external_terms where scheme_id = $1`,
      [example.id],
    )
    expect(terms).toEqual([{ vocabulary: 'taxonomy', term_code: 'name', term_name: 'name' }])
  })

  it('maps a kept term to a theme, and the next import of it follows the mapping', async () => {
    const example = readOrukExample('service_full.json') as OrukService
    const [mapped] = await commitAs<{ n: number }>(
      db,
      w.admin,
      `select public.map_external_term('taxonomy', 'name', 'health_wellbeing') as n`,
    )
    expect(mapped!.n).toBe(1)
    const again = { ...example, id: randomUUID(), name: 'Counselling elsewhere' }
    const report = await importOrukFile(writer(w.admin), again, {
      dryRun: false,
      skipRefused: false,
    })
    expect(report.find(({ record_type }) => record_type === 'service')!.reason).not.toContain(
      'Not yet mapped',
    )
    const rows = await queryAs<{ themes: string[] }>(
      db,
      anon,
      `select themes from public.directory_service where scheme_id in ($1, $2)`,
      [example.id, again.id],
    )
    expect(rows.map(({ themes }) => themes)).toEqual([['health_wellbeing'], ['health_wellbeing']])
  })
})
