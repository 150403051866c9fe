import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from '../support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from '../support/test-database'

// Issue 12: an asset's history named each actor by their display name or the local part of their
// sign-in email, which other builders and leads may not read. It now says "You" for the caller's
// own changes and the actor's role for anyone else's; only an administrator of the programme, who
// reads its members' sign-in emails when managing roles, sees the email.
let db: TestDatabase
let author: string
let otherBuilder: string
let lead: string
let admin: string
let assetId: string

const HISTORY = 'select actor, action from public.asset_history($1) order by occurred_at'

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  author = await createUser(db, ['builder'])
  otherBuilder = await createUser(db, ['builder'])
  lead = await createUser(db, ['lead'])
  admin = await createUser(db, ['admin'])
  await db.admin.query(
    `update auth.users set email = 'alex.private@example.test',
       raw_user_meta_data = '{"display_name": "Alex Private"}' where id = $1`,
    [author],
  )
  const [asset] = await commitAs<{ asset_id: string }>(
    db,
    as(author),
    CREATE_ASSET,
    createAssetParams({ name: 'Riverside Hall' }),
  )
  assetId = asset!.asset_id
})
afterAll(() => db.close())

const actorsSeenBy = async (userId: string) =>
  (await queryAs<{ actor: string }>(db, as(userId), HISTORY, [assetId])).map((row) => row.actor)

describe("an asset's history", () => {
  it('names no one another builder or a lead may not read', async () => {
    for (const reader of [otherBuilder, lead]) {
      const actors = await actorsSeenBy(reader)
      const leaked = actors.filter((actor) => /alex/i.test(actor))
      console.log(
        `history entries naming the author to a ${reader === lead ? 'lead' : 'builder'}: ${leaked.length}`,
      )
      expect(leaked).toEqual([])
      expect(actors).toEqual(['A community builder'])
    }
  })

  it('says "You" for the reader\'s own changes', async () => {
    expect(await actorsSeenBy(author)).toEqual(['You'])
  })

  it("names the author by sign-in email to the programme's administrator, who reads it anyway", async () => {
    expect(await actorsSeenBy(admin)).toEqual(['alex.private@example.test'])
  })
})
