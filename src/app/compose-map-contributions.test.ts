import { describe, expect, it } from 'vitest'
import type { MapOverlay } from '../map/compose-style'
import type { MapContribution, MapFocus } from '../map/map-contribution'
import { composeMapContributions } from './compose-map-contributions'

const panel = (id: string, order: number) => ({ id, label: id, order, content: null })
const overlay = (source: string): MapOverlay => ({
  sources: { [source]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [],
})
const focus = (request: number): MapFocus => ({
  bounds: [
    [0, 51],
    [1, 52],
  ],
  request,
})

describe('composing the map screen', () => {
  it('orders panels by their order, across features', () => {
    const composed = composeMapContributions([
      { id: 'assets', panels: [panel('assets', 10), panel('add', 30)] },
      { id: 'gifts', panels: [panel('gifts', 20)] },
    ])
    expect(composed.panels.map((p) => p.id)).toEqual(['assets', 'gifts', 'add'])
  })

  it('keeps the given order for panels of equal order', () => {
    const composed = composeMapContributions([
      { id: 'b', panels: [panel('b', 10)] },
      { id: 'a', panels: [panel('a', 10)] },
    ])
    expect(composed.panels.map((p) => p.id)).toEqual(['b', 'a'])
  })

  it('leaves out a contribution the person may not have', () => {
    const canReview = false
    const review: MapContribution = { id: 'review', panels: [panel('review', 40)] }
    const composed = composeMapContributions([
      { id: 'assets', panels: [panel('assets', 10)] },
      canReview && review,
    ])
    expect(composed.panels.map((p) => p.id)).toEqual(['assets'])
  })

  it("gives a map click to the Match panel's picker over the assets' one", () => {
    const moveAsset = () => {}
    const matchFrom = () => {}
    const composed = composeMapContributions([
      { id: 'assets', pickLocation: { priority: 1, handler: moveAsset } },
      { id: 'match', pickLocation: { priority: 2, handler: matchFrom } },
    ])
    expect(composed.onPickLocation).toBe(matchFrom)
  })

  it('gives a map click to the first of two pickers of equal priority', () => {
    const first = () => {}
    const composed = composeMapContributions([
      { id: 'a', pickLocation: { priority: 1, handler: first } },
      { id: 'b', pickLocation: { priority: 1, handler: () => {} } },
    ])
    expect(composed.onPickLocation).toBe(first)
  })

  it('lets a map click select what is under it when nobody is picking', () => {
    const composed = composeMapContributions([
      { id: 'assets', pickLocation: null },
      { id: 'gifts' },
    ])
    expect(composed.onPickLocation).toBeNull()
  })

  it('draws overlays in contribution order, each object passed on unchanged', () => {
    const gifts = overlay('gifts')
    const assets = overlay('assets')
    const composed = composeMapContributions([
      { id: 'gifts', overlays: [gifts] },
      { id: 'assets', overlays: [assets] },
    ])
    expect(composed.overlays).toEqual([gifts, assets])
    expect(composed.overlays[0]).toBe(gifts)
  })

  it('passes on the first focus that is set, as the same object', () => {
    const asked = focus(3)
    const composed = composeMapContributions([
      { id: 'gifts', focus: null },
      { id: 'assets', focus: asked },
      { id: 'other', focus: focus(9) },
    ])
    expect(composed.focus).toBe(asked)
  })

  it('keys each feature’s map pieces by the feature, skipping features with none', () => {
    const composed = composeMapContributions([
      { id: 'assets', pieces: 'pin' },
      { id: 'gifts' },
      { id: 'match', pieces: 'marker' },
    ])
    const keys = (composed.pieces as { key: string }[]).map((piece) => piece.key)
    expect(keys).toEqual(['assets', 'match'])
  })
})
