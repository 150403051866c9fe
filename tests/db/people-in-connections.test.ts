import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from './support/resident-fixtures'

// A person in a connection (issue 4, item 8): a builder links an approved resident to an asset;
// the link is seen by display name only, by those who may see the resident (builders, admins, the
// resident), never with a location; the public and other roles see the asset's connections
// without people; erasing the resident removes their links.
let db: TestDatabase
let builder: SignedIn
let admin: SignedIn
let resident: SignedIn
let hallId: string
let rosaId: string

const LINKS_OF_HALL = 'select * from public.person_link_list where asset_id = $1'

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
  admin = { userId: await createUser(db, ['admin']), email: 'admin@example.test' }
  const [hall] = await runAs<{ asset_id: string }>(
    db,
    builder,
    CREATE_ASSET,
    createAssetParams({ name: 'Riverside Hall', kind: 'physical_space', lngLat: [0.41, 51.71] }),
    { commit: true },
  )
  hallId = hall!.asset_id

  // Rosa sent the form, signed in and was approved.
  resident = await createAccount(db, 'rosa@example.test')
  await submitOffer(db, offer({ display_name: 'Rosa Linked', email: resident.email }))
  await runAs(db, resident, 'select public.link_my_offers()', [], { commit: true })
  rosaId = (await residentIdsNamed(db, 'Rosa Linked'))[0]!
  await runAs(db, builder, `select * from public.review_resident_offer($1, 'approved')`, [rosaId], {
    commit: true,
  })
  await runAs(
    db,
    builder,
    `select * from public.link_person_to_asset($1, $2, 'volunteers_at')`,
    [rosaId, hallId],
    { commit: true },
  )
})
afterAll(() => db.close())

describe('people in connections', () => {
  it('shows builders and admins the person by display name, with no location of any kind', async () => {
    for (const who of [builder, admin]) {
      const rows = await runAs<Record<string, unknown>>(db, who, LINKS_OF_HALL, [hallId])
      expect(rows.map((row) => [row.display_name, row.relation, row.asset_name])).toEqual([
        ['Rosa Linked', 'volunteers_at', 'Riverside Hall'],
      ])
      expect(Object.keys(rows[0]!).sort()).toEqual(
        [
          'asset_id',
          'asset_name',
          'created_at',
          'display_name',
          'link_id',
          'relation',
          'resident_id',
        ].sort(),
      )
    }
  })

  it('shows the resident their own connection', async () => {
    const rows = await runAs<{ display_name: string }>(db, resident, LINKS_OF_HALL, [hallId])
    expect(rows.map((row) => row.display_name)).toEqual(['Rosa Linked'])
  })

  it('shows the public and roles that may not see residents no person, while the hall stays visible', async () => {
    await expect(runAs(db, null, LINKS_OF_HALL, [hallId])).rejects.toThrow(/permission denied/)
    for (const role of ['lead', 'partner', 'coordinator', 'safeguarding']) {
      const someone = { userId: await createUser(db, [role]), email: `${role}@example.test` }
      expect(await runAs(db, someone, LINKS_OF_HALL, [hallId])).toEqual([])
      expect(
        await runAs(db, someone, 'select count(*)::int as n from public.resident_asset_links'),
      ).toEqual([{ n: 0 }])
      expect(
        await runAs(db, someone, 'select name from public.asset_list where asset_id = $1', [
          hallId,
        ]),
      ).toEqual([{ name: 'Riverside Hall' }])
    }
  })

  it('links only approved residents, and only for builders and admins', async () => {
    await submitOffer(db, offer({ display_name: 'Pat Pending' }))
    const [patId] = await residentIdsNamed(db, 'Pat Pending')
    await expect(
      runAs(db, builder, `select * from public.link_person_to_asset($1, $2, 'member_of')`, [
        patId,
        hallId,
      ]),
    ).rejects.toThrow('There is no approved resident with that id: approve their offer first.')
    const lead = { userId: await createUser(db, ['lead']), email: 'lead2@example.test' }
    await expect(
      runAs(db, lead, `select * from public.link_person_to_asset($1, $2, 'member_of')`, [
        rosaId,
        hallId,
      ]),
    ).rejects.toThrow(
      'Only community builders and administrators can connect a person to an asset.',
    )
  })

  it('finds approved residents by part of their name, with their ward and no location', async () => {
    const rows = await runAs<Record<string, unknown>>(
      db,
      builder,
      'select * from public.find_people_to_link($1)',
      ['rosa'],
    )
    expect(rows).toEqual([
      { resident_id: rosaId, display_name: 'Rosa Linked', ward_name: 'Riverside' },
    ])
    expect(
      await runAs(db, builder, 'select * from public.find_people_to_link($1)', ['pat']),
    ).toEqual([])
  })

  it('moves the people of a duplicate to the asset kept when a network lead merges them', async () => {
    const [duplicate] = await runAs<{ asset_id: string }>(
      db,
      builder,
      CREATE_ASSET,
      createAssetParams({ name: 'Riverside Hal', kind: 'physical_space', lngLat: [0.4101, 51.71] }),
      { commit: true },
    )
    await runAs(
      db,
      builder,
      `select * from public.link_person_to_asset($1, $2, 'member_of')`,
      [rosaId, duplicate!.asset_id],
      { commit: true },
    )
    const lead = { userId: await createUser(db, ['lead']), email: 'merging.lead@example.test' }
    await runAs(
      db,
      lead,
      'select * from public.merge_assets($1, $2)',
      [hallId, duplicate!.asset_id],
      {
        commit: true,
      },
    )
    const rows = await runAs<{ relation: string }>(db, builder, LINKS_OF_HALL, [hallId])
    expect(rows.map((row) => row.relation).sort()).toEqual(['member_of', 'volunteers_at'])
    expect(
      await runAs(db, builder, 'select * from public.person_link_list where asset_id = $1', [
        duplicate!.asset_id,
      ]),
    ).toEqual([])
  })

  it("lists the resident's connections and their history in what is held about them", async () => {
    const [row] = await runAs<{ data: { offers: Record<string, unknown>[] } }>(
      db,
      resident,
      'select public.my_resident_data() as data',
    )
    const [held] = row!.data.offers
    const connections = held!.connections as { relation: string; asset_name: string }[]
    expect(connections.map((c) => [c.relation, c.asset_name]).sort()).toEqual([
      ['member_of', 'Riverside Hall'],
      ['volunteers_at', 'Riverside Hall'],
    ])
    const history = held!.history as { table: string; action: string }[]
    expect(history.filter((h) => h.table === 'public.resident_asset_links').length).toBeGreaterThan(
      0,
    )
  })

  it('removes the links when the resident erases their data, leaving the hall', async () => {
    const [erased] = await runAs<{ n: number }>(
      db,
      resident,
      'select public.erase_my_data() as n',
      [],
      {
        commit: true,
      },
    )
    expect(erased).toEqual({ n: 1 })
    expect(
      await db.admin.query('select * from public.resident_asset_links where resident_id = $1', [
        rosaId,
      ]),
    ).toEqual([])
    expect(await runAs(db, admin, LINKS_OF_HALL, [hallId])).toEqual([])
    // What the log keeps is that a link was deleted: ids and no name.
    const log = await db.admin.query<{ text: string }>(
      `select to_jsonb(a)::text as text from public.audit_log a
       where a.table_name = 'public.resident_asset_links'`,
    )
    expect(log.length).toBeGreaterThanOrEqual(2)
    expect(log.some((entry) => entry.text.includes('Rosa'))).toBe(false)
  })

  it('removes the links when an administrator erases the resident', async () => {
    const tomAccount = await createAccount(db, 'tom@example.test')
    await submitOffer(db, offer({ display_name: 'Tom Erased', email: tomAccount.email }))
    const [tomId] = await residentIdsNamed(db, 'Tom Erased')
    await runAs(
      db,
      builder,
      `select * from public.review_resident_offer($1, 'approved')`,
      [tomId],
      {
        commit: true,
      },
    )
    await runAs(
      db,
      builder,
      `select * from public.link_person_to_asset($1, $2, 'member_of')`,
      [tomId, hallId],
      { commit: true },
    )
    expect((await runAs(db, builder, LINKS_OF_HALL, [hallId])).length).toBe(1)
    await runAs(db, admin, 'select public.erase_resident($1)', [tomId], { commit: true })
    expect(await runAs(db, builder, LINKS_OF_HALL, [hallId])).toEqual([])
  })
})
