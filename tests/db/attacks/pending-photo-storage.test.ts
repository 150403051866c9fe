import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildTestJpeg } from '../../../src/core/photos/testing/build-test-jpeg'
import { commitAs } from '../support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'

// Attack: a person with no role submits pending assets and gives each a photo of 1 MiB: 20 of
// them added 21 MB, and any number of accounts could do the same. Photos added by people who may
// not edit the asset are now bounded per person and in all, per day.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
})
afterAll(() => db.close())

const MIB = 1_048_576

/** A JPEG of about `bytes` whose stand-in image data does not compress (no 0xff inside). */
const photoOf = (bytes: number) => {
  const jpeg = buildTestJpeg({ widthPx: 40, heightPx: 30, scanBytes: bytes })
  const noise = randomBytes(bytes).map((b) => (b === 0xff ? 0 : b))
  jpeg.set(noise, jpeg.length - 2 - bytes)
  return jpeg
}

async function pendingAssetWithPhoto(userId: string, photo: Uint8Array): Promise<boolean> {
  const [asset] = await commitAs<{ asset_id: string }>(
    db,
    as(userId),
    CREATE_ASSET,
    createAssetParams({ name: `Pending ${randomUUID().slice(0, 8)}` }),
  )
  return commitAs(db, as(userId), 'select public.set_asset_photo($1, $2, $3, $4, $5, $6)', [
    asset!.asset_id,
    photo,
    'image/jpeg',
    40,
    30,
    'The front door',
  ]).then(
    () => true,
    () => false,
  )
}

const photoBytesBy = async (userIds: string[]) =>
  (
    await db.admin.query<{ n: number }>(
      `select coalesce(sum(pg_column_size(p.photo)), 0)::int as n from public.asset_photos p
       where p.added_by = any ($1::uuid[])`,
      [userIds],
    )
  )[0]!.n

it('stores at most 5 MiB of photos a day from one person without a role', async () => {
  const person = await createUser(db)
  for (let i = 0; i < 20; i += 1) await pendingAssetWithPhoto(person, photoOf(MIB - 400))
  const stored = await photoBytesBy([person])
  console.log(`photo bytes one person without a role stored with 20 pending assets: ${stored}`)
  expect(stored).toBeLessThanOrEqual(5 * MIB)
})

it('stores at most 25 photos a day from people without a role, from any number of accounts', async () => {
  const people = await Promise.all(Array.from({ length: 30 }, () => createUser(db)))
  let accepted = 0
  for (const person of people) {
    if (await pendingAssetWithPhoto(person, photoOf(1000))) accepted += 1
  }
  console.log(`photos stored in a day from 30 more accounts without a role: ${accepted}`)
  const [all] = await db.admin.query<{ n: number }>(
    'select count(*)::int as n from public.asset_photos',
  )
  expect(all!.n).toBeLessThanOrEqual(25)
})
