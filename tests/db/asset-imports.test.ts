import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReadRow } from '../../src/core/imports/to-import-row'
import {
  publishAssetImport,
  stageAssetImport,
  undoAssetImport,
} from '../../src/db/imports/asset-import-batches'
import type { ImportsPort } from '../../src/db/imports-port'
import { sqlImportsPort } from '../../src/db/pglite/sql-imports-port'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  IN_EAST,
  IN_WEST,
} from './support/asset-fixtures'
import { commitAs } from './support/commit-as'
import {
  createOtherProgramme,
  createUser,
  openTestDatabase,
  queryAs,
  type TestDatabase,
} from './support/test-database'

// Issue #16: a file of assets is staged in batches, each row checked by a typed asset's rules,
// published in bounded batches, and undone as a whole; only builders and administrators import,
// each into their own programme's wards, and a warning never names a place the importer cannot
// see.
let db: TestDatabase
let builder: string
let otherBuilder: string
let admin: string
let resident: string

const OTHER_WARD = 'E05990003'
const IN_OTHER: [number, number] = [1.25, 51.5]

// The app's ImportsPort, each statement committed as the person.
const queryOf = (userId: string): ImportsPort =>
  sqlImportsPort((sql, params) => commitAs(db, as(userId), sql, params))

const row = (number: number, fields: Partial<Record<string, unknown>> = {}): ReadRow => ({
  ok: true,
  row: {
    row: number,
    name: `Hall ${number}`,
    kind: 'physical_space',
    lng: IN_WEST[0] + number * 0.01,
    lat: IN_WEST[1],
    ...fields,
  } as never,
})

const assetsOfImport = (importId: string) =>
  db.admin.query<{ name: string; status: string; ward_code: string; created_by: string }>(
    `select a.name, a.status, a.ward_code, a.created_by::text from public.assets a
     join public.asset_import_rows r on r.asset_id = a.asset_id
     where r.import_id = $1 order by r.row_number`,
    [importId],
  )

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const otherProgramme = await createOtherProgramme(db)
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ($1, 'Elsewhere', 'E07990002', 'Other', 1000,
       extensions.st_multi(extensions.st_makeenvelope(1, 51, 1.5, 52, 4326)));
     `,
    [OTHER_WARD],
  )
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id) values ('E07990002', $1)`,
    [otherProgramme],
  )
  await db.admin.query(
    `insert into public.postcodes (postcode, point, ward_code)
     values ('CO1 1XD', extensions.st_setsrid(extensions.st_makepoint($1, $2), 4326), 'E05990002')`,
    IN_EAST,
  )
  builder = await createUser(db, ['builder'])
  otherBuilder = await createUser(db, ['builder'])
  admin = await createUser(db, ['admin'])
  resident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

describe('importing a file of assets', () => {
  it('stages each row with a reason, publishes the good ones approved in their wards, and keeps an audit entry per asset', async () => {
    const importId = randomUUID()
    const report = await stageAssetImport(queryOf(builder), importId, 'halls.csv', [
      row(1),
      row(2, { postcode: 'co1 1xd', lng: undefined, lat: undefined }),
      row(3, { name: '' }),
      row(4, { kind: 'spaceship' }),
      row(5, { lng: 2.35, lat: 48.85 }),
      row(6, { lng: IN_OTHER[0], lat: IN_OTHER[1] }),
      row(7, { website: 'not a web address' }),
      { ok: false, row: 8, reason: 'The latitude "x" must be a number.' },
    ])
    expect(report.map(({ row, status }) => [row, status])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'refused'],
      [4, 'refused'],
      [5, 'refused'],
      [6, 'refused'],
      [7, 'refused'],
      [8, 'refused'],
    ])
    expect(report.map(({ reason }) => reason).slice(2)).toEqual([
      'Give the asset a name.',
      'There is no kind "spaceship".',
      "That place (2.35, 48.85) is outside the region's wards.",
      'The place is outside the areas you may import into.',
      expect.stringMatching(/website must be a full address/),
      'The latitude "x" must be a number.',
    ])

    // One refusal holds the whole file back unless the others are published on purpose.
    await expect(
      commitAs(db, as(builder), `select * from public.publish_asset_import($1)`, [importId]),
    ).rejects.toThrow(/Some rows were refused/)
    expect(await assetsOfImport(importId)).toEqual([])

    expect(
      await publishAssetImport(queryOf(builder), importId, { skipRefused: true, total: 2 }),
    ).toBe(2)
    expect(await assetsOfImport(importId)).toEqual([
      { name: 'Hall 1', status: 'approved', ward_code: 'E05990001', created_by: builder },
      { name: 'Hall 2', status: 'approved', ward_code: 'E05990002', created_by: builder },
    ])
    const [asset] = await db.admin.query<{ asset_id: string }>(
      `select asset_id::text from public.asset_import_rows where import_id = $1 and row_number = 1`,
      [importId],
    )
    const history = await queryAs<{ action: string }>(
      db,
      as(builder),
      `select action from public.asset_history($1)`,
      [asset!.asset_id],
    )
    expect(history.map(({ action }) => action)).toContain('insert')
  })

  it('answers a row sent again as the first time, refuses other content under its number, and publishes each row once', async () => {
    const importId = randomUUID()
    const rows = [row(1), row(2)]
    const first = await stageAssetImport(queryOf(builder), importId, 'twice.csv', rows)
    const again = await stageAssetImport(queryOf(builder), importId, 'twice.csv', rows)
    expect(again).toEqual(first)
    await expect(
      stageAssetImport(queryOf(builder), importId, 'twice.csv', [row(2, { name: 'Changed' })]),
    ).rejects.toMatchObject({ code: 'P0422' })
    await publishAssetImport(queryOf(builder), importId, { skipRefused: false, total: 2 })
    await expect(
      commitAs(db, as(builder), `select * from public.publish_asset_import($1)`, [importId]),
    ).rejects.toThrow(/This import is live/)
    expect(await assetsOfImport(importId)).toHaveLength(2)
  })

  it('warns of likely duplicates within 50 m, in the map and in the file, naming only places the importer may see', async () => {
    const [lng, lat] = [0.3, 51.6]
    await commitAs(
      db,
      as(builder),
      CREATE_ASSET,
      createAssetParams({ name: 'Village Hall', kind: 'physical_space', lngLat: [lng, lat] }),
    )
    await commitAs(
      db,
      as(admin),
      CREATE_ASSET,
      createAssetParams({
        name: 'Safe House',
        kind: 'physical_space',
        lngLat: [lng, lat + 0.0002],
        isSensitive: true,
      }),
    )
    const file = [
      row(1, { name: 'Village Hall', lng: lng + 0.0001, lat }),
      row(2, { name: 'The village hall', lng: lng + 0.0002, lat }),
    ]
    const seenByBuilder = await stageAssetImport(queryOf(builder), randomUUID(), 'dups.csv', file)
    expect(seenByBuilder).toEqual([
      { row: 1, status: 'warning', reason: 'Possibly the same as "Village Hall" (within 50 m).' },
      {
        row: 2,
        status: 'warning',
        reason:
          'Possibly the same as "Village Hall" (within 50 m). Possibly the same as row 1 (within 50 m).',
      },
    ])
    const seenByAdmin = await stageAssetImport(queryOf(admin), randomUUID(), 'dups.csv', file)
    expect(seenByAdmin[0]!.reason).toBe(
      'Possibly the same as "Safe House", "Village Hall" (within 50 m).',
    )
  })

  it('undoes a published import by archiving its assets with the reason, and discards a staged one', async () => {
    const importId = randomUUID()
    await stageAssetImport(queryOf(builder), importId, 'undo me.csv', [row(1), row(2)])
    await publishAssetImport(queryOf(builder), importId, { skipRefused: false, total: 2 })
    expect(await undoAssetImport(queryOf(builder), importId)).toBe(2)
    const archived = await db.admin.query<{ status: string; status_reason: string }>(
      `select a.status, a.status_reason from public.assets a
       join public.asset_import_rows r on r.asset_id = a.asset_id where r.import_id = $1`,
      [importId],
    )
    expect(archived).toEqual([
      { status: 'archived', status_reason: 'The import of "undo me.csv" was undone.' },
      { status: 'archived', status_reason: 'The import of "undo me.csv" was undone.' },
    ])
    const staged = randomUUID()
    await stageAssetImport(queryOf(builder), staged, 'never.csv', [row(1)])
    expect(await undoAssetImport(queryOf(builder), staged)).toBe(0)
    const [state] = await db.admin.query<{ status: string; rows: number }>(
      `select status::text, (select count(*)::int from public.asset_import_rows r where r.import_id = i.import_id) as rows
       from public.asset_imports i where import_id = $1`,
      [staged],
    )
    expect(state).toEqual({ status: 'discarded', rows: 0 })
    // The person's list of imports, newest first, shows where each stands; no one else's.
    const mine = await queryOf(builder).listImports()
    expect(mine.slice(0, 2).map(({ fileName, status }) => ({ fileName, status }))).toEqual([
      { fileName: 'never.csv', status: 'discarded' },
      { fileName: 'undo me.csv', status: 'undone' },
    ])
    expect((await queryOf(otherBuilder).listImports()).map((mine) => mine.id)).not.toContain(
      importId,
    )
  })
})

describe('stopping an import', () => {
  it('stops when cancelled during a call, and undoing discards what was staged', async () => {
    const importId = randomUUID()
    const stop = new AbortController()
    const rows = [row(1), row(2)]
    await expect(
      stageAssetImport(
        queryOf(builder),
        importId,
        'stopped.csv',
        rows,
        () => stop.abort(),
        stop.signal,
      ),
    ).rejects.toThrow()
    const [staged] = await db.admin.query<{ rows: number }>(
      `select count(*)::int as rows from public.asset_import_rows where import_id = $1`,
      [importId],
    )
    expect(staged).toEqual({ rows: 2 })
    await undoAssetImport(queryOf(builder), importId)
    const mine = await queryOf(builder).listImports()
    expect(mine.find((item) => item.id === importId)?.status).toBe('discarded')
  })
})

describe('attacks on imports', () => {
  it('refuses a resident, and a builder adding a sensitive place', async () => {
    await expect(
      stageAssetImport(queryOf(resident), randomUUID(), 'mine.csv', [row(1)]),
    ).rejects.toMatchObject({ code: '42501' })
    const [answer] = await stageAssetImport(queryOf(builder), randomUUID(), 'refuge.csv', [
      row(1, { is_sensitive: true }),
    ])
    expect(answer).toMatchObject({
      status: 'refused',
      reason: 'Only safeguarding officers and admins can add a sensitive place.',
    })
  })

  it("lets no builder read, add to, publish or undo another builder's import", async () => {
    const importId = randomUUID()
    await stageAssetImport(queryOf(builder), importId, 'private.csv', [row(1)])
    expect(
      await queryAs(
        db,
        as(otherBuilder),
        `select * from public.asset_import_rows where import_id = $1`,
        [importId],
      ),
    ).toEqual([])
    expect(
      await queryAs(
        db,
        as(otherBuilder),
        `select * from public.asset_imports where import_id = $1`,
        [importId],
      ),
    ).toEqual([])
    for (const sql of [
      `select * from public.publish_asset_import($1, true)`,
      `select * from public.undo_asset_import($1)`,
      `select * from public.stage_asset_import_rows($1, 'x', '[{"row": 2, "name": "Mine", "kind": "economic", "lng": 0.25, "lat": 51.5}]')`,
    ]) {
      await expect(queryAs(db, as(otherBuilder), sql, [importId])).rejects.toMatchObject({
        code: 'P0404',
      })
    }
  })

  it('bounds a call, and the imports a person may keep open', async () => {
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({
      row: i + 1,
      name: 'x',
      kind: 'economic',
    }))
    await expect(
      queryAs(
        db,
        as(otherBuilder),
        `select * from public.stage_asset_import_rows($1, 'big.csv', $2::jsonb)`,
        [randomUUID(), JSON.stringify(tooMany)],
      ),
    ).rejects.toThrow(/Send 1 to 5,000 rows at a time/)
    const spammer = await createUser(db, ['builder'])
    for (let i = 0; i < 20; i += 1) {
      await stageAssetImport(queryOf(spammer), randomUUID(), `open ${i}.csv`, [row(1)])
    }
    await expect(
      stageAssetImport(queryOf(spammer), randomUUID(), 'one more.csv', [row(1)]),
    ).rejects.toMatchObject({ code: 'P0429' })
  })
})
