import { describe, expect, it } from 'vitest'
import { normalisePostcode } from './normalise-postcode'

describe('normalisePostcode', () => {
  it('writes a postcode the standard way whatever the spacing and case', () => {
    expect(normalisePostcode(' cm1  1aa ')).toBe('CM1 1AA')
  })

  it('says null for text that is not shaped like a postcode', () => {
    expect(normalisePostcode('CM1')).toBeNull()
  })
})
