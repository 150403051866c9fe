import { afterAll, beforeAll, expect, it } from 'vitest'
import { MAX_CHAMPIONS } from '../../src/core/domestic-abuse/champion-count'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// The champions form's limit (src/core/domestic-abuse/champion-count.ts) is the table's check, so
// a count the form takes is never refused on saving.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

it('has the same most champions per ward in the table’s check as in the form', async () => {
  const [check] = await db.admin.query<{ definition: string }>(
    `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
     where c.conrelid = 'public.champion_counts'::regclass and c.contype = 'c'`,
  )
  const match = /champions >= 0\) AND \(champions <= (\d+)/.exec(check?.definition ?? '')
  expect(match ? Number(match[1]) : check?.definition).toBe(MAX_CHAMPIONS)
})
