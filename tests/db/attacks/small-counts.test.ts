import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, runAs, writeTestRegion, type SignedIn } from '../support/resident-fixtures'

// Issue 12, step 8: the public counts of people offering gifts follow the rule of 5 everywhere,
// authority totals included: no count of 1–4 is shown, and none can be worked out by taking the
// wards shown from their authority's total. (Southmere has one ward, Harbour; Northvale three.)
let db: TestDatabase
let builder: SignedIn

interface Count {
  area_kind: string
  area_name: string
  authority_name: string
  people: number
}

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  const userId = await createUser(db, ['builder'])
  builder = { userId, email: `${userId}@example.test` }
})
afterAll(() => db.close())

let added = 0

/** Records `n` approved residents at the postcode who agreed to be counted. */
async function addCounted(postcode: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await runAs(
      db,
      builder,
      `select public.record_resident_offer($1::jsonb, 'paper')`,
      [
        JSON.stringify(
          offer({
            display_name: `Counted ${(added += 1)}`,
            postcode,
            consents: ['counted_on_map'],
          }),
        ),
      ],
      { commit: true },
    )
  }
}

const publicCounts = () =>
  runAs<Count>(
    db,
    null,
    'select area_kind, area_name, authority_name, people from public.resident_counts_by_area()',
  )

/** Every count of 1–4 the public reads, or works out as an authority's total less its wards shown. */
function smallCounts(counts: Count[]): string[] {
  const small = counts
    .filter((count) => count.people >= 1 && count.people <= 4)
    .map((count) => `${count.area_name}: ${count.people}`)
  for (const authority of counts.filter((count) => count.area_kind === 'authority')) {
    const shown = counts
      .filter((count) => count.area_kind === 'ward' && count.authority_name === authority.area_name)
      .reduce((sum, count) => sum + count.people, 0)
    const rest = authority.people - shown
    if (rest >= 1 && rest <= 4) small.push(`${authority.area_name}'s other wards: ${rest}`)
  }
  return small
}

describe('public counts of people offering gifts', () => {
  it('show no authority total of 1–4', async () => {
    await addCounted('YY9 9AA', 1)
    const small = smallCounts(await publicCounts())
    console.log(`public counts of 1–4 with one person in an authority: ${small.length}`, small)
    expect(small).toEqual([])
  })

  it('show an authority and its one ward once 5 people are counted', async () => {
    await addCounted('YY9 9AA', 4)
    const southmere = (await publicCounts())
      .filter((count) => count.authority_name === 'Southmere')
      .map((count) => `${count.area_kind} ${count.area_name}: ${count.people}`)
      .sort()
    expect(southmere).toEqual(['authority Southmere: 5', 'ward Harbour: 5'])
  })

  it('let no small ward be worked out by subtraction from its authority', async () => {
    await addCounted('YY1 1AB', 6)
    await addCounted('YY1 2AA', 5)
    await addCounted('YY1 3AA', 2)
    const counts = await publicCounts()
    const small = smallCounts(counts)
    console.log(`public counts of 1–4 shown or worked out by subtraction: ${small.length}`, small)
    expect(small).toEqual([])
    expect(counts.find((count) => count.area_name === 'Northvale')?.people).toBe(13)
  })
})
