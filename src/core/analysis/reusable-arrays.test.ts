import { describe, expect, it } from 'vitest'
import { ReusableArrays } from './reusable-arrays'

describe('ReusableArrays', () => {
  it('hands out the length asked, reusing the memory of a larger earlier request', () => {
    const arrays = new ReusableArrays()
    const large = arrays.int32('cells', 100)
    large.fill(7)
    const small = arrays.int32('cells', 10)
    expect(small).toHaveLength(10)
    expect(small.buffer).toBe(large.buffer)
    expect(arrays.int32('other', 10).buffer).not.toBe(large.buffer)
  })

  it('zeroes what was left when asked for zeros', () => {
    const arrays = new ReusableArrays()
    arrays.zeroedUint8('mask', 50).fill(255)
    arrays.zeroedInt32('offsets', 50).fill(-1)
    expect(arrays.zeroedUint8('mask', 40).every((v) => v === 0)).toBe(true)
    expect(arrays.zeroedInt32('offsets', 50).every((v) => v === 0)).toBe(true)
  })

  it('grows a slot when a longer array is asked for', () => {
    const arrays = new ReusableArrays()
    arrays.float64('lngLat', 4)
    expect(arrays.float64('lngLat', 9)).toHaveLength(9)
  })
})
