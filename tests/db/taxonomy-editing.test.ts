import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The administrators' taxonomy editor: adding (the code made by the database), renaming,
// moving, retiring and restoring subtypes; names unique within a kind; only administrators.
let db: TestDatabase
let admin: string
let builder: string
let lead: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  admin = await createUser(db, ['admin'])
  builder = await createUser(db, ['builder'])
  lead = await createUser(db, ['lead'])
})
afterAll(() => db.close())

interface SubtypeRow {
  code: string
  kind: string
  label: string
  is_active: boolean
  sort_order: number
}

const ADD = 'select * from public.add_asset_subtype($1, $2)'
const SAVE = 'select * from public.save_asset_subtype($1, $2, $3, $4)'
const MOVE = 'select * from public.move_asset_subtype($1, $2)'

const add = async (kind: string, label: string) =>
  (await commitAs<SubtypeRow>(db, as(admin), ADD, [kind, label]))[0]!
const labelsOf = async (kind: string) =>
  (
    await queryAs<{ label: string }>(
      db,
      { role: 'anon' },
      'select label from public.asset_subtypes where kind = $1 order by sort_order, label',
      [kind],
    )
  ).map((row) => row.label)

describe('adding a subtype', () => {
  it('makes its code from the name and puts it last in its kind', async () => {
    const added = await add('association', 'Repair café')
    expect(added).toMatchObject({ code: 'repair_caf', label: 'Repair café', is_active: true })
    expect((await labelsOf('association')).at(-1)).toBe('Repair café')
  })

  it('gives a second subtype whose name makes the same code a code of its own', async () => {
    const first = await add('cultural', 'Pop-up gallery')
    const second = await add('economic', 'Pop up gallery')
    expect(first.code).toBe('pop_up_gallery')
    expect(second.code).toBe('pop_up_gallery_2')
    expect(second.kind).toBe('economic')
  })

  it('refuses a name its kind already has, whatever its case, saying which', async () => {
    await expect(commitAs(db, as(admin), ADD, ['economic', '  pub '])).rejects.toThrow(
      'Local economy already has a subtype called "Pub".',
    )
  })

  it('allows the same name under another kind', async () => {
    expect((await add('cultural', 'Pub')).kind).toBe('cultural')
  })

  it('refuses an empty name and one over 100 characters', async () => {
    await expect(commitAs(db, as(admin), ADD, ['economic', '   '])).rejects.toThrow(
      'Give the subtype a name of 1 to 100 characters.',
    )
    await expect(commitAs(db, as(admin), ADD, ['economic', 'x'.repeat(101)])).rejects.toThrow(
      'Give the subtype a name of 1 to 100 characters.',
    )
  })

  it('refuses builders and leads, who cannot save, add or move subtypes', async () => {
    for (const person of [builder, lead]) {
      await expect(commitAs(db, as(person), ADD, ['economic', 'Barber'])).rejects.toThrow(
        'Only administrators can change the taxonomy.',
      )
      await expect(
        commitAs(db, as(person), SAVE, ['pub', 'economic', 'Public house', true]),
      ).rejects.toThrow('Only administrators can change the taxonomy.')
      await expect(commitAs(db, as(person), MOVE, ['pub', 1])).rejects.toThrow(
        'Only administrators can change the taxonomy.',
      )
    }
    expect(await labelsOf('economic')).toContain('Pub')
    expect(await labelsOf('economic')).not.toContain('Barber')
  })
})

describe('renaming', () => {
  it("refuses another subtype's name in the same kind, retired ones too", async () => {
    await add('physical_space', 'Old bandstand')
    await commitAs(db, as(admin), SAVE, ['old_bandstand', 'physical_space', 'Old bandstand', false])
    await expect(
      commitAs(db, as(admin), SAVE, ['park', 'physical_space', 'OLD BANDSTAND', true]),
    ).rejects.toThrow(
      'Physical spaces already has a subtype called "Old bandstand" (retired: restore it instead).',
    )
  })

  it('keeps a subtype its own name in another case', async () => {
    const [row] = await commitAs<SubtypeRow>(db, as(admin), SAVE, [
      'library',
      'institution',
      'LIBRARY',
      true,
    ])
    expect(row?.label).toBe('LIBRARY')
  })
})

describe('moving', () => {
  it('swaps a subtype with the one above it, and does nothing at the top', async () => {
    const before = await labelsOf('cultural')
    await commitAs(db, as(admin), MOVE, ['theatre', -1])
    const after = await labelsOf('cultural')
    expect(after.slice(0, 2)).toEqual([before[1], before[0]])
    await commitAs(db, as(admin), MOVE, ['theatre', -1])
    expect(await labelsOf('cultural')).toEqual(after)
  })

  it('moves down past a retired subtype, which keeps its place in the list', async () => {
    await add('individual', 'Gifts of time')
    await commitAs(db, as(admin), SAVE, [
      'gift_heart',
      'individual',
      'Gifts of the heart (care, passions)',
      false,
    ])
    await commitAs(db, as(admin), MOVE, ['gift_hands', 1])
    expect(await labelsOf('individual')).toEqual([
      'Gifts of the head (knowledge, skills to teach)',
      'Gifts of the heart (care, passions)',
      'Gifts of the hands (practical skills)',
      'Gifts of time',
    ])
  })

  it('refuses a move of more than one place', async () => {
    await expect(commitAs(db, as(admin), MOVE, ['pub', 2])).rejects.toThrow(
      'A subtype moves one place up (-1) or down (1).',
    )
  })
})

describe('retiring', () => {
  it('keeps the subtype on the assets that have it, and refuses it for new ones', async () => {
    const [hall] = await commitAs<{ asset_id: string; version: number }>(
      db,
      as(builder),
      CREATE_ASSET,
      createAssetParams({ name: 'Old Hall', kind: 'physical_space', subtype: 'warm_space' }),
    )
    await commitAs(db, as(admin), SAVE, ['warm_space', 'physical_space', 'Warm space', false])

    // Still readable with its name, and the asset can still be edited without choosing again.
    const [subtype] = await queryAs<SubtypeRow>(
      db,
      { role: 'anon' },
      `select * from public.asset_subtypes where code = 'warm_space'`,
    )
    expect(subtype).toMatchObject({ label: 'Warm space', is_active: false })
    const [edited] = await commitAs<{ subtype: string }>(
      db,
      as(builder),
      'select * from public.update_asset($1, $2, $3::jsonb)',
      [hall!.asset_id, hall!.version, JSON.stringify({ name: 'Old Hall (east door)' })],
    )
    expect(edited?.subtype).toBe('warm_space')

    await expect(
      commitAs(
        db,
        as(builder),
        CREATE_ASSET,
        createAssetParams({ name: 'New Hall', kind: 'physical_space', subtype: 'warm_space' }),
      ),
    ).rejects.toThrow('The subtype "Warm space" has been retired; choose another.')
  })

  it('offers a restored subtype again', async () => {
    await commitAs(db, as(admin), SAVE, ['warm_space', 'physical_space', 'Warm space', true])
    const [asset] = await commitAs<{ subtype: string }>(
      db,
      as(builder),
      CREATE_ASSET,
      createAssetParams({ name: 'Warm hub', kind: 'physical_space', subtype: 'warm_space' }),
    )
    expect(asset?.subtype).toBe('warm_space')
  })

  it('records every change of the taxonomy in the audit log, with who', async () => {
    const added = await add('economic', 'Launderette')
    const rows = await db.admin.query<{ actor_id: string; action: string }>(
      `select actor_id, action from public.audit_log
       where table_name = 'public.asset_subtypes' and row_id = $1`,
      [added.code],
    )
    expect(rows).toEqual([{ actor_id: admin, action: 'insert' }])
  })
})
