import { describe, expect, it } from 'vitest'
import { fitWithin } from './fit-within'

describe('fitWithin', () => {
  it('scales a phone photo down to 1,600 pixels on its long side', () => {
    expect(fitWithin(4032, 3024, 1600)).toEqual({ widthPx: 1600, heightPx: 1200 })
  })

  it('scales a portrait photo by its height', () => {
    expect(fitWithin(3024, 4032, 1600)).toEqual({ widthPx: 1200, heightPx: 1600 })
  })

  it('never enlarges a small image', () => {
    expect(fitWithin(640, 480, 1600)).toEqual({ widthPx: 640, heightPx: 480 })
  })

  it('keeps a very thin image at least one pixel wide', () => {
    expect(fitWithin(10_000, 2, 1600)).toEqual({ widthPx: 1600, heightPx: 1 })
  })
})
