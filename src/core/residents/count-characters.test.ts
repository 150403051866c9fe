import { describe, expect, it } from 'vitest'
import { countCharacters } from './count-characters'

describe('countCharacters', () => {
  it('counts an emoji once, as Postgres does', () => {
    expect(countCharacters('🌻🌻')).toBe(2)
  })

  it('counts Arabic letters once each', () => {
    expect(countCharacters('أمينة')).toBe(5)
  })
})
