import { describe, expect, it } from 'vitest'
import {
  assetsWorkspaceReducer as reduce,
  initialAssetsWorkspaceState as initial,
  type AssetsWorkspaceAction,
} from './assets-workspace-state'

const run = (...actions: AssetsWorkspaceAction[]) => actions.reduce(reduce, initial)

describe('the assets workspace', () => {
  it('lists pending and approved assets by name, A to Z, at first', () => {
    expect(initial.filter.statuses).toEqual(['pending', 'approved'])
    expect(initial.sort).toEqual({ by: 'name', direction: 'ascending' })
  })

  it('orders by a column ascending, the same column again descending, another ascending', () => {
    expect(run({ type: 'sort', by: 'name' }).sort.direction).toBe('descending')
    expect(run({ type: 'sort', by: 'name' }, { type: 'sort', by: 'name' }).sort.direction).toBe(
      'ascending',
    )
    expect(run({ type: 'sort', by: 'name' }, { type: 'sort', by: 'ward' }).sort).toEqual({
      by: 'ward',
      direction: 'ascending',
    })
  })

  it('selecting another asset ends editing and moving, and flies to it only when asked', () => {
    const busy = run(
      { type: 'select', id: 'a' },
      { type: 'edit', id: 'a' },
      { type: 'startMove', id: 'a', lngLat: [0.47, 51.73] },
    )
    expect(busy.focus).toBeNull()
    const next = reduce(busy, { type: 'select', id: 'b', flyTo: [0.5, 51.7] })
    expect(next).toMatchObject({ selectedId: 'b', editing: null, moving: null })
    expect(next.focus).toEqual({
      bounds: [
        [0.5, 51.7],
        [0.5, 51.7],
      ],
      maxZoom: 15,
      request: 1,
    })
  })

  it('moves the pin being moved on a map click, and ignores the click when nothing is moving', () => {
    const moving = run(
      { type: 'startMove', id: 'a', lngLat: [0.47, 51.73] },
      { type: 'moveTo', lngLat: [0.48, 51.74] },
    )
    expect(moving.moving).toEqual({ id: 'a', lngLat: [0.48, 51.74] })
    expect(reduce(initial, { type: 'moveTo', lngLat: [0.48, 51.74] })).toBe(initial)
  })

  it('asks again for the same place, so a second click on one spot still places the pin', () => {
    const once = run({ type: 'place', lngLat: [0.47, 51.73] })
    const twice = reduce(once, { type: 'place', lngLat: [0.47, 51.73] })
    expect(twice.placed).toEqual({ lngLat: [0.47, 51.73], request: 2 })
    expect(reduce(twice, { type: 'flyTo', lngLat: [0.47, 51.73], maxZoom: 16 }).focus).toEqual({
      bounds: [
        [0.47, 51.73],
        [0.47, 51.73],
      ],
      maxZoom: 16,
      request: 1,
    })
  })

  it('ends editing and moving once saved, keeping the selection', () => {
    const saved = run(
      { type: 'select', id: 'a' },
      { type: 'startMove', id: 'a', lngLat: [0.47, 51.73] },
      { type: 'saved' },
    )
    expect(saved).toMatchObject({ selectedId: 'a', editing: null, moving: null })
  })
})
