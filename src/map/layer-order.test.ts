import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { orderLayers, type OverlayLayer } from './layer-order'

const background: LayerSpecification = { id: 'bg', type: 'background' }
const roads: LayerSpecification = { id: 'roads', type: 'line', source: 'base' }
const labels: LayerSpecification = { id: 'labels', type: 'symbol', source: 'base' }

function overlay(id: string, slot: OverlayLayer['slot']): OverlayLayer {
  return { slot, layer: { id, type: 'fill', source: 'x' } }
}

const ids = (layers: LayerSpecification[]) => layers.map((layer) => layer.id)

describe('orderLayers', () => {
  it('puts area layers under the basemap labels so that place names stay readable', () => {
    const result = orderLayers([background, roads, labels], [overlay('wards', 'area-fill')])
    expect(ids(result)).toEqual(['bg', 'roads', 'wards', 'labels'])
  })

  it('puts point layers above everything, labels included', () => {
    const result = orderLayers([background, labels], [overlay('assets', 'point')])
    expect(ids(result)).toEqual(['bg', 'labels', 'assets'])
  })

  it('stacks overlay layers by slot whatever order the features give them in', () => {
    const result = orderLayers(
      [background],
      [
        overlay('highlight', 'area-highlight'),
        overlay('assets', 'point'),
        overlay('outline', 'area-outline'),
        overlay('fill', 'area-fill'),
      ],
    )
    expect(ids(result)).toEqual(['bg', 'fill', 'outline', 'highlight', 'assets'])
  })

  it('keeps the given order of layers in the same slot', () => {
    const result = orderLayers([], [overlay('a', 'area-fill'), overlay('b', 'area-fill')])
    expect(ids(result)).toEqual(['a', 'b'])
  })

  it('puts areas on top of a basemap that has no labels', () => {
    const result = orderLayers([background, roads], [overlay('wards', 'area-fill')])
    expect(ids(result)).toEqual(['bg', 'roads', 'wards'])
  })

  it('does not change its inputs', () => {
    const base = [background, labels]
    const layers = [overlay('assets', 'point'), overlay('wards', 'area-fill')]
    orderLayers(base, layers)
    expect(ids(base)).toEqual(['bg', 'labels'])
    expect(layers.map((item) => item.layer.id)).toEqual(['assets', 'wards'])
  })
})
