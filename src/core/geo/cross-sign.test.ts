import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../analysis/create-seeded-random'
import { crossSign } from './cross-sign'

/** A double as an exact fraction numerator over 2^1100 (doubles here are far above 2^-1100). */
function exact(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const sign = bits >> 63n ? -1n : 1n
  const exponent = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  if (exponent === 0) return sign * (fraction << 26n) // subnormal: 2^-1074 × fraction
  const mantissa = fraction | (1n << 52n)
  return sign * (mantissa << BigInt(exponent - 1075 + 1100))
}

function exactSign(u1: number, u2: number, v1: number, v2: number): number {
  const det = exact(u2) * exact(v1) - exact(u1) * exact(v2)
  return det > 0n ? 1 : det < 0n ? -1 : 0
}

describe('crossSign', () => {
  it('gives the exact sign of u2·v1 − u1·v2 for nearly collinear vectors', () => {
    const random = createSeededRandom(5)
    let floatWrong = 0
    for (let i = 0; i < 20000; i++) {
      const scale = 10 ** (-6 + 6 * random())
      const u1 = (random() - 0.5) * scale
      const v1 = (random() - 0.5) * scale
      const k = 0.5 + random() * 3
      // Second vector almost parallel to the first: a few units in the last place off.
      const u2 = u1 * k * (1 + (random() - 0.5) * 4e-16)
      const v2 = v1 * k
      const want = exactSign(u1, u2, v1, v2)
      expect(crossSign(u1, u2, v1, v2)).toBe(want)
      if (Math.sign(u2 * v1 - u1 * v2) !== want) floatWrong++
    }
    // The inputs are hard enough that plain floating point gets some signs wrong.
    expect(floatWrong).toBeGreaterThan(0)
  })

  it('is zero for exactly parallel vectors', () => {
    expect(crossSign(0.25, 0.5, 0.125, 0.25)).toBe(0)
  })
})
