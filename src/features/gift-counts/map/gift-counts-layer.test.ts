import { describe, expect, it } from 'vitest'
import { GIFT_COUNT_COLOURS, giftCountsLayer, giftCountsLayerIds } from './gift-counts-layer'

const fillOf = (overlay: ReturnType<typeof giftCountsLayer>) => {
  const layer = overlay.layers.find((item) => item.layer.id === giftCountsLayerIds.fill)?.layer
  return layer?.type === 'fill' ? layer.paint?.['fill-color'] : undefined
}

describe('giftCountsLayer', () => {
  it('colours each ward with a figure by its class, on the ward boundaries, and no other ward', () => {
    const overlay = giftCountsLayer('wards', [
      { code: 'W1', name: 'Mill', people: 5 },
      { code: 'W2', name: 'Hill', people: 7 },
      { code: 'W3', name: 'Dale', people: 60 },
    ])
    expect(overlay.sources).toEqual({})
    expect(
      overlay.layers.every((item) => 'source' in item.layer && item.layer.source === 'wards'),
    ).toBe(true)
    expect(fillOf(overlay)).toEqual([
      'match',
      ['get', 'ward_code'],
      ['W1', 'W2'],
      GIFT_COUNT_COLOURS[0],
      ['W3'],
      GIFT_COUNT_COLOURS[3],
      'rgba(0,0,0,0)',
    ])
  })

  it('paints nothing when no ward has a figure', () => {
    expect(fillOf(giftCountsLayer('wards', []))).toBe('rgba(0,0,0,0)')
  })
})
