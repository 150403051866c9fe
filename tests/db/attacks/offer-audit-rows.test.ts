import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, submitOffer, writeTestRegion } from '../support/resident-fixtures'

// Attack: each public offer wrote one undeletable audit row per written row (38 for an offer of
// 30 gifts), so anyone could grow the append-only log without bound. Rows written together by one
// statement are now recorded once, with their number.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

const auditRows = async () =>
  (await db.admin.query<{ n: number }>('select count(*)::int as n from public.audit_log'))[0]!.n

const THIRTY_GIFTS = Array.from({ length: 30 }, (_, i) => ({
  kind: 'head',
  gift_type: null,
  description: `Gift number ${i}`,
}))

it('writes at most 7 audit rows for a public offer, whatever its number of gifts', async () => {
  const before = await auditRows()
  await submitOffer(
    db,
    offer({
      gifts: THIRTY_GIFTS,
      consents: ['contact_by_builder', 'counted_on_map', 'share_with_partners'],
    }),
  )
  const written = (await auditRows()) - before
  console.log(`audit rows one public offer of 30 gifts writes: ${written}`)
  expect(written).toBeLessThanOrEqual(7)
})

it('still records how many gifts were written, against the offer', async () => {
  const [entry] = await db.admin.query<{ row_count: number; row_id: string }>(
    `select a.row_count, a.row_id from public.audit_log a
     where a.table_name = 'public.resident_gifts' and a.action = 'insert'
     order by a.occurred_at desc limit 1`,
  )
  const [resident] = await db.admin.query<{ resident_id: string }>(
    `select resident_id from public.resident_gifts group by resident_id having count(*) = 30`,
  )
  expect(entry).toEqual({ row_count: 30, row_id: resident!.resident_id })
})
