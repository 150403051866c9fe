import { describe, expect, it } from 'vitest'
import { sortAssets } from './sort-assets'
import { testAsset } from './test-asset'

const labels = {
  kind: (a: { kind: string }) => a.kind,
  ward: (a: { wardCode: string | null }) => a.wardCode ?? '',
}

describe('sortAssets', () => {
  it('sorts names as people read them: case-blind, numbers by value', () => {
    const assets = ['hall 10', 'Hall 9', 'allotment'].map((name, i) =>
      testAsset({ id: String(i), name }),
    )
    expect(sortAssets(assets, 'name', 'ascending', labels).map((a) => a.name)).toEqual([
      'allotment',
      'Hall 9',
      'hall 10',
    ])
  })

  it('sorts the newest change first when descending by update', () => {
    const old = testAsset({ id: 'old', updatedAt: '2026-01-01T00:00:00Z' })
    const recent = testAsset({ id: 'new', updatedAt: '2026-06-01T00:00:00Z' })
    expect(sortAssets([old, recent], 'updated', 'descending', labels).map((a) => a.id)).toEqual([
      'new',
      'old',
    ])
  })

  it('breaks ties by name so the order is stable', () => {
    const b = testAsset({ id: '1', name: 'B', kind: 'cultural' })
    const a = testAsset({ id: '2', name: 'A', kind: 'cultural' })
    expect(sortAssets([b, a], 'kind', 'descending', labels).map((x) => x.name)).toEqual(['A', 'B'])
  })
})
