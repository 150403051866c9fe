import { describe, expect, it } from 'vitest'
import { themeCodeFrom } from './theme-code-from'

describe('a new theme code', () => {
  it('is the name in lower-case letters and underscores, accents dropped', () => {
    expect(themeCodeFrom(' Arts & Culture ', [])).toBe('arts_culture')
    expect(themeCodeFrom('Café clubs 2026', [])).toBe('cafe_clubs')
  })

  it('takes a letter suffix when the code is taken', () => {
    expect(themeCodeFrom('Food', ['food'])).toBe('food_b')
    expect(themeCodeFrom('Food', ['food', 'food_b'])).toBe('food_c')
  })

  it('fits the 40 characters the database allows, suffix included', () => {
    const code = themeCodeFrom('x'.repeat(60), ['x'.repeat(38)])
    expect(code).toBe(`${'x'.repeat(38)}_b`)
    expect(code).toMatch(/^[a-z_]{2,40}$/)
  })

  it('is null for a name with fewer than two letters', () => {
    expect(themeCodeFrom('5G', [])).toBeNull()
  })
})
