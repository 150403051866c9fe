import { describe, expect, it } from 'vitest'
import { findRingSelfCrossing } from './find-ring-self-crossing'

describe('findRingSelfCrossing', () => {
  it('finds the crossing edges of a bow tie', () => {
    expect(
      findRingSelfCrossing([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual([0, 2])
  })

  it('finds nothing in a square', () => {
    expect(
      findRingSelfCrossing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBeNull()
  })

  it('does not report a ring that only touches itself at a vertex', () => {
    const ring: [number, number][] = [
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0],
    ]
    expect(findRingSelfCrossing(ring)).toBeNull()
  })
})
