import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { commitAs } from './support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { listenTo } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// Live changes: every write to an asset notifies the channel asset_changes with its type and ids
// only, since NOTIFY bypasses Row Level Security (a listener reads the asset again as itself).
let db: TestDatabase
let builder: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
})
afterAll(() => db.close())

describe('live changes', () => {
  it('notifies asset_changes with the type, the asset id and the workshop id, and nothing else', async () => {
    const payloads: string[] = []
    const stop = await listenTo(db, 'asset_changes', (payload) => payloads.push(payload))
    try {
      const [asset] = await commitAs<{ asset_id: string }>(
        db,
        as(builder),
        CREATE_ASSET,
        createAssetParams({ name: 'Secret garden', description: 'Behind the church' }),
      )
      await commitAs(db, as(builder), 'select * from public.update_asset($1, 1, $2::jsonb)', [
        asset!.asset_id,
        JSON.stringify({ name: 'Walled garden' }),
      ])
      await vi.waitFor(() => expect(payloads).toHaveLength(2))
      expect(payloads.map((payload) => JSON.parse(payload))).toEqual([
        { type: 'created', asset_id: asset!.asset_id, workshop_id: null },
        { type: 'updated', asset_id: asset!.asset_id, workshop_id: null },
      ])
    } finally {
      await stop()
    }
  })
})
