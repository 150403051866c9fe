import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import {
  createPartnerWorld,
  RIVERSIDE,
  saveScheme,
  scheme,
  type PartnerWorld,
} from './support/partner-fixtures'
import { openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The scheme themes as an editable taxonomy, and the terms of other directories mapped to them
// (supabase/migrations/20261208140000_scheme_theme_editing.sql; who may call what is in the policy
// matrix): a name is a theme's once, and a mapped term moves its schemes into the theme's counts.
let db: TestDatabase
let w: PartnerWorld
const anon = { role: 'anon' } as const

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
})
afterAll(() => db.close())

const riversideSchemes = async (theme: string) => {
  const [row] = await queryAs<{ schemes: number }>(
    db,
    anon,
    `select schemes from public.scheme_coverage($1) where ward_code = $2`,
    [theme, RIVERSIDE],
  )
  return row!.schemes
}

describe('scheme themes', () => {
  it('refuses a second theme of a name another has, whatever its case and spaces', async () => {
    await expect(
      commitAs(db, w.admin, `select * from public.save_scheme_theme('food_again', '  FOOD ')`),
    ).rejects.toMatchObject({ code: '23505', message: 'There is already a theme called "FOOD".' })
  })

  it('counts an imported scheme under the theme its term is mapped to, in the coverage and the directory', async () => {
    const imported = scheme(w.orgA, {
      name: 'Befriending calls',
      themes: ['not_yet_mapped'],
      areas: [RIVERSIDE],
      external_terms: [{ vocabulary: 'esd', term_code: 'bef-1', term_name: 'Befriending' }],
    })
    await saveScheme(db, w.admin, imported)
    const before = await riversideSchemes('loneliness_isolation')
    const summary = `select schemes, unmapped_schemes, mapped_themes
      from public.external_term_summary where vocabulary = 'esd' and term_code = 'bef-1'`
    expect(await queryAs(db, w.admin, summary)).toEqual([
      { schemes: 1, unmapped_schemes: 1, mapped_themes: [] },
    ])

    const [mapped] = await commitAs<{ n: number }>(
      db,
      w.admin,
      `select public.map_external_term('esd', 'bef-1', 'loneliness_isolation') as n`,
    )

    expect(mapped!.n).toBe(1)
    expect(await riversideSchemes('loneliness_isolation')).toBe(before + 1)
    const [listed] = await queryAs<{ themes: string[] }>(
      db,
      anon,
      `select themes from public.directory_service where scheme_id = $1`,
      [imported.id],
    )
    expect(listed!.themes).toEqual(['loneliness_isolation'])
    expect(await queryAs(db, w.admin, summary)).toEqual([
      { schemes: 1, unmapped_schemes: 0, mapped_themes: ['loneliness_isolation'] },
    ])
  })
})
