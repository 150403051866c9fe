import { describe, expect, it } from 'vitest'
import { GIFT_COUNT_CLASSES, giftCountClass } from './gift-count-classes'

describe('giftCountClass', () => {
  it('puts each figure in the class whose range holds it, the edges included', () => {
    expect([5, 9, 10, 19, 20, 49, 50, 400].map(giftCountClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
  })

  it('has no class below 5, as no ward below 5 has a figure', () => {
    expect(giftCountClass(4)).toBe(-1)
  })

  it('leaves no gap and no overlap between classes', () => {
    for (const [index, step] of GIFT_COUNT_CLASSES.entries()) {
      const next = GIFT_COUNT_CLASSES[index + 1]
      if (next) expect(next.from).toBe((step.to ?? Number.NaN) + 1)
      else expect(step.to).toBeNull()
    }
  })
})
