import { describe, expect, it } from 'vitest'
import { normalisePostcode, tidyPostcode } from './normalise-postcode'

describe('normalisePostcode', () => {
  it('writes a postcode the standard way whatever the spacing and case', () => {
    expect(normalisePostcode(' cm1  1aa ')).toBe('CM1 1AA')
  })

  it('writes each shape of outward code with one space before the inward code', () => {
    expect(['m11ae', 'b338th', 'cr26xh', 'w1a0ax', 'ec1a1bb'].map(normalisePostcode)).toEqual([
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'W1A 0AX',
      'EC1A 1BB',
    ])
  })

  it('says null for text that is not shaped like a postcode', () => {
    expect(normalisePostcode('CM1')).toBeNull()
  })

  it('says null for a made-up postcode whose letters no postcode can have', () => {
    expect(['ZZ9 9ZZ', 'QA1 1AA', 'CM1 1AI', 'VA1 1AA'].map(normalisePostcode)).toEqual([
      null,
      null,
      null,
      null,
    ])
  })
})

describe('tidyPostcode', () => {
  it('tidies a postcode as typed on a phone', () => {
    expect(tidyPostcode('co1 1xd')).toBe('CO1 1XD')
  })

  it('only trims what is not a postcode, so the mistake stays visible', () => {
    expect(tidyPostcode('  zz9 9zz ')).toBe('zz9 9zz')
  })
})
