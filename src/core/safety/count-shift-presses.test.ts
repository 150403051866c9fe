import { describe, expect, it } from 'vitest'
import { countShiftPresses, NO_SHIFT_PRESSES, type KeyRelease } from './count-shift-presses'

const shift = (atMs: number): KeyRelease => ({ key: 'Shift', shiftKey: false, atMs })
const key = (k: string, atMs: number, shiftKey = false): KeyRelease => ({ key: k, shiftKey, atMs })
const run = (releases: KeyRelease[]) =>
  releases.reduce((presses, release) => countShiftPresses(presses, release), NO_SHIFT_PRESSES).count

describe('countShiftPresses', () => {
  it('reaches three after Shift is pressed three times in quick succession', () => {
    expect(run([shift(0), shift(300), shift(600)])).toBe(3)
  })

  it('counts presses up to five seconds apart together', () => {
    expect(run([shift(0), shift(5000), shift(10_000)])).toBe(3)
  })

  it('starts again when a press comes more than five seconds after the last', () => {
    expect(run([shift(0), shift(300), shift(5301)])).toBe(1)
  })

  it('starts again when another key is pressed between the Shifts', () => {
    expect(run([shift(0), shift(100), key('a', 150), shift(200)])).toBe(1)
  })

  it('does not count the Shift released after typing a capital letter', () => {
    // Typing "AB": Shift down, A up (with Shift held), B up (held), Shift up.
    expect(run([key('A', 0, true), key('B', 50, true), shift(100)])).toBe(0)
  })

  it('counts a fourth press as the first of a new series after leaving', () => {
    expect(run([shift(0), shift(100), shift(200), shift(300)])).toBe(1)
  })

  it('does not change the count it is given', () => {
    const before = { ...NO_SHIFT_PRESSES }
    countShiftPresses(before, shift(0))
    expect(before).toEqual(NO_SHIFT_PRESSES)
  })
})
