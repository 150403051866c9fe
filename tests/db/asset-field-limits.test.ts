import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASSET_FIELD_LIMITS } from '../../src/core/assets/asset-field-limits'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import type { AssetInput } from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The forms' limits (src/core/assets/asset-field-limits.ts) are the database's: the table checks
// say the same numbers, and create_asset takes exactly that many characters and refuses one more,
// naming the field.
let db: TestDatabase
let builder: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
})
afterAll(() => db.close())

type Field = keyof typeof ASSET_FIELD_LIMITS

/** Where each limit is checked in the tables, as Postgres prints the check. */
const TABLE_CHECKS: Partial<Record<Field, { table: string; pattern: RegExp }>> = {
  name: { table: 'assets', pattern: /char_length\(btrim\(name\)\) <= (\d+)/ },
  description: { table: 'assets', pattern: /char_length\(description\) <= (\d+)/ },
  openingTimes: { table: 'assets', pattern: /char_length\(opening_times\) <= (\d+)/ },
  accessibility: { table: 'assets', pattern: /char_length\(accessibility\) <= (\d+)/ },
  website: { table: 'assets', pattern: /char_length\(website\) <= (\d+)/ },
  contact: { table: 'asset_contacts', pattern: /char_length\(btrim\(contact\)\) <= (\d+)/ },
  tags: { table: 'assets', pattern: /cardinality\(tags\) <= (\d+)/ },
}

async function tableLimits(): Promise<Partial<Record<Field, number>>> {
  const checks = await db.admin.query<{ table_name: string; definition: string }>(
    `select c.conrelid::regclass::text as table_name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c
     where c.contype = 'c' and c.conrelid in ('public.assets'::regclass, 'public.asset_contacts'::regclass)`,
  )
  const found: Partial<Record<Field, number>> = {}
  for (const [field, { table, pattern }] of Object.entries(TABLE_CHECKS)) {
    for (const check of checks) {
      const match = check.table_name.endsWith(table) ? pattern.exec(check.definition) : null
      if (match) found[field as Field] = Number(match[1])
    }
  }
  return found
}

/** An input with `length` characters in the field (a valid web address for the website). */
function inputOf(field: Field, length: number): AssetInput {
  const text = 'x'.repeat(length)
  switch (field) {
    case 'name':
      return { name: text }
    case 'description':
      return { description: text }
    case 'openingTimes':
      return { openingTimes: text }
    case 'accessibility':
      return { accessibility: text }
    case 'website':
      return {
        website: `https://example.org/${'x'.repeat(length - 'https://example.org/'.length)}`,
      }
    case 'contact':
      return { contact: text }
    case 'tags':
      return { tags: Array.from({ length }, (_, i) => `tag ${i}`) }
    case 'tag':
      return { tags: [text] }
  }
}

const FIELD_WORDS: Record<Field, RegExp> = {
  name: /name/,
  description: /description/,
  openingTimes: /opening times/,
  accessibility: /accessibility/,
  website: /website/,
  contact: /contact/,
  tags: /tags/,
  tag: /tag/,
}

async function refusal(input: AssetInput): Promise<string | null> {
  try {
    await queryAs(db, as(builder), CREATE_ASSET, createAssetParams(input))
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('asset field limits', () => {
  it("are the table checks' limits", async () => {
    const expected = Object.fromEntries(
      Object.keys(TABLE_CHECKS).map((field) => [field, ASSET_FIELD_LIMITS[field as Field]]),
    )
    expect(await tableLimits()).toEqual(expected)
  })

  it.each(Object.keys(ASSET_FIELD_LIMITS) as Field[])(
    'are what create_asset takes for %s, refusing one more with a message naming the field',
    async (field) => {
      const limit = ASSET_FIELD_LIMITS[field]
      expect(await refusal(inputOf(field, limit))).toBeNull()
      expect(await refusal(inputOf(field, limit + 1))).toMatch(FIELD_WORDS[field])
    },
  )
})
