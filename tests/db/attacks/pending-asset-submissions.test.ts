import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commitAs } from '../support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'

// Attack: anyone can sign up, and a signed-in person with no role could submit any number of
// assets for review, each stored until a builder looks at it. Now each such person may submit 20
// a day and everyone together 200 an hour; people who curate assets are not held back.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
})
afterAll(() => db.close())

/** How many of `tries` submissions by `userId` the database kept. */
async function submitted(userId: string, tries: number): Promise<number> {
  let kept = 0
  for (let i = 0; i < tries; i++) {
    try {
      await commitAs(
        db,
        as(userId),
        CREATE_ASSET,
        createAssetParams({ name: `Spam ${randomUUID()}` }),
      )
      kept++
    } catch (error) {
      expect(String(error)).toMatch(/review/)
    }
  }
  return kept
}

it('keeps 20 of 25 submissions from one person with no role in a day', async () => {
  const kept = await submitted(await createUser(db), 25)
  console.log(`pending assets one role-less person stored out of 25 in a day: ${kept}`)
  expect(kept).toBe(20)
})

it('keeps no more than 200 an hour from any number of new accounts', async () => {
  let kept = 0
  for (let account = 0; account < 12; account++) kept += await submitted(await createUser(db), 20)
  console.log(`pending assets 12 new accounts stored out of 240 in an hour: ${kept + 20}`)
  // The first test's 20 count towards the same hour.
  expect(kept + 20).toBe(200)
})

it('does not hold back a builder, whose assets are approved at once', async () => {
  expect(await submitted(await createUser(db, ['builder']), 25)).toBe(25)
})
