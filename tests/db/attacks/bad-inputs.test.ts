import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toDataError } from '../../../src/db/data-error'
import { commitAs } from '../support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  type AssetInput,
  type AssetRow,
} from '../support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from '../support/test-database'

// Attack: typing (or sending through the API) what the asset functions should refuse: names
// of invisible characters only, control characters, websites that are not web addresses, JSON of
// the wrong type or shape. Each must be refused with a message naming the field, and no raw
// database error text may reach the person.
let db: TestDatabase
let builder: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
})
afterAll(() => db.close())

/** The refusal as a person would read it (through the app's error mapping), or null if accepted. */
async function refusal(sql: string, params: readonly unknown[]): Promise<string | null> {
  try {
    await queryAs(db, as(builder), sql, params)
    return null
  } catch (error) {
    return toDataError(error).message
  }
}

const create = (input: AssetInput) => refusal(CREATE_ASSET, createAssetParams(input))

let asset: AssetRow
const UPDATE = 'select * from public.update_asset($1, $2, $3::jsonb)'
const update = (changes: string) => refusal(UPDATE, [asset.asset_id, asset.version, changes])

beforeAll(async () => {
  const [row] = await commitAs<AssetRow>(db, as(builder), CREATE_ASSET, createAssetParams())
  asset = row!
})

// What Postgres says in its own words; none of it is written for people.
const RAW =
  /invalid input syntax|unsupported Unicode|stack depth|violates|SQLSTATE|database refused/i

describe('bad inputs to the asset functions', () => {
  it('refuses a name that is empty once invisible characters are removed, naming the field', async () => {
    const names = ['\u200b\u200b', '\u2060', '\u00a0\u3000', '\ufeff', '\u200d\u00ad', '\u3164']
    let accepted = 0
    for (const name of names) {
      const message = await create({ name })
      if (message === null || !/name/i.test(message)) accepted++
    }
    console.log(`invisible-only names accepted: ${accepted} of ${names.length}`)
    expect(accepted).toBe(0)
  })

  it('refuses control characters in what is typed, naming the field', async () => {
    const inputs: [AssetInput, RegExp][] = [
      [{ name: 'Hall\u0007' }, /name/i],
      [{ name: 'Red\u001b[31m hall' }, /name/i],
      [{ name: 'Two\nlines' }, /name/i],
      [{ description: 'Fine\u0008' }, /description/i],
      [{ openingTimes: 'Mon\u007f' }, /opening times/i],
      [{ accessibility: '\u0085Ramp' }, /accessibility/i],
      [{ contact: 'Ask for\u0007 Sam' }, /contact/i],
      [{ tags: ['ok', 'bell\u0007'] }, /tag/i],
    ]
    let missed = 0
    for (const [input, field] of inputs) {
      const message = await create(input)
      if (message === null || !field.test(message)) missed++
    }
    console.log(
      `inputs with control characters not refused by field: ${missed} of ${inputs.length}`,
    )
    expect(missed).toBe(0)
  })

  it('keeps line breaks in the description, opening times and accessibility notes', async () => {
    expect(
      await create({
        description: 'First line\nSecond line',
        openingTimes: 'Mon 9–5\r\nTue 9–5',
        accessibility: 'Ramp\tat the back',
      }),
    ).toBeNull()
  })

  it('accepts only http and https web addresses with a host', async () => {
    const websites = [
      'javascript:alert(1)',
      'http://javascript:alert(1)//',
      'https://"><script>alert(1)</script>',
      'https://exa\u200bmple.org',
      'https://',
      'data:text/html,<b>hi</b>',
      'https://example.org/\u0007',
    ]
    let accepted = 0
    for (const website of websites) {
      const message = await create({ website })
      if (message === null || !/website/i.test(message)) accepted++
    }
    console.log(`websites that are not web addresses accepted: ${accepted} of ${websites.length}`)
    expect(accepted).toBe(0)
    expect(await create({ website: 'https://example.org/path?q=1#top' })).toBeNull()
    expect(await create({ website: 'HTTP://Example.org' })).toBeNull()
  })

  it('refuses JSON of the wrong type in an edit, naming the field', async () => {
    const edits: [string, RegExp][] = [
      ['{"name": {"x": 1}}', /name/i],
      ['{"name": 42}', /name/i],
      ['{"description": ["a"]}', /description/i],
      ['{"tags": [1, true]}', /tag/i],
      ['{"tags": [{"a": 1}]}', /tag/i],
      ['{"tags": [null]}', /tag/i],
      ['{"tags": "one, two"}', /tag/i],
      ['{"is_sensitive": "maybe"}', /sensitive/i],
      ['{"lng": "east", "lat": 51.5}', /longitude/i],
      ['{"lng": 0.3, "lat": true}', /latitude/i],
      ['{"kind": 3}', /kind/i],
      ['{"website": false}', /website/i],
      ['{"contact": {"phone": "1"}}', /contact/i],
      ['[1, 2]', /changes/i],
    ]
    const missed: string[] = []
    for (const [edit, field] of edits) {
      const message = await update(edit)
      if (message === null || !field.test(message)) missed.push(edit)
    }
    console.log(
      `edits with JSON of the wrong type not refused by field: ${missed.length} of ${edits.length}`,
    )
    expect(missed).toEqual([])
  })

  it('shows no raw database error to a person, whatever is sent', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const refused = [
      await update('{"lng": "east", "lat": 51.5}'),
      await update('{"is_sensitive": "maybe"}'),
      await update('{"description": "a\\u0000b"}'),
      await update('{"name": "a\\u0000"}'),
      await create({ name: 'x'.repeat(100_000) }),
      await create({ subtype: 'no such subtype' }),
    ]
    // Too deep for the server's JSON parser (stack depth); PGlite's deeper stack reads it, and
    // then (past its own limit) returns nothing at all: either way nothing raw may show.
    const tooDeep = [await update(`{"tags": ${deep}}`), await update(deep)]
    const raw = [...refused, ...tooDeep].filter((message) => message !== null && RAW.test(message))
    console.log(
      `raw database errors shown to a person: ${raw.length} of ${refused.length + tooDeep.length}`,
    )
    expect(raw).toEqual([])
    expect(refused).not.toContain(null)
    const [row] = await queryAs<AssetRow>(
      db,
      as(builder),
      'select * from public.asset_list where asset_id = $1',
      [asset.asset_id],
    )
    expect(row?.version).toBe(asset.version)
  })
})
