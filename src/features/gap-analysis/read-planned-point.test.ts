import { describe, expect, it } from 'vitest'
import { readPlannedPoint } from './read-planned-point'

describe('readPlannedPoint', () => {
  it('reads decimal degrees', () => {
    expect(readPlannedPoint(' 0.4713', '51.7356 ')).toEqual({
      ok: true,
      point: { lng: 0.4713, lat: 51.7356 },
    })
  })

  it('says what is wrong with each field', () => {
    expect(readPlannedPoint('', '95')).toEqual({
      ok: false,
      errors: {
        lng: 'Enter a longitude, such as 0.4713',
        lat: 'Latitude must be between -90 and 90',
      },
    })
    expect(readPlannedPoint('0,47', 'NaN')).toEqual({
      ok: false,
      errors: {
        lng: 'Enter the longitude as a decimal number, such as 0.4713',
        lat: 'Enter the latitude as a decimal number, such as 51.7356',
      },
    })
  })
})
