import { describe, expect, it } from 'vitest'
import { compareAssetVersions } from './compare-asset-versions'

const base = { name: 'Hall', description: 'Old', tags: ['a'], website: null }

describe('compareAssetVersions', () => {
  it('finds a conflict where both changed the same field differently', () => {
    const result = compareAssetVersions(
      base,
      { ...base, name: 'Their Hall' },
      { ...base, name: 'My Hall' },
    )
    expect(result.conflicting).toEqual(['name'])
    expect(result.myChanges).toEqual({ name: 'My Hall' })
  })

  it('keeps their change to a field I did not touch out of my changes', () => {
    const result = compareAssetVersions(
      base,
      { ...base, description: 'Theirs' },
      { ...base, tags: ['a', 'b'] },
    )
    expect(result.conflicting).toEqual([])
    expect(result.myChanges).toEqual({ tags: ['a', 'b'] })
    expect(result.fields.map((f) => [f.field, f.changedByThem, f.changedByMe])).toEqual([
      ['description', true, false],
      ['tags', false, true],
    ])
  })

  it('treats an empty text and no value as the same', () => {
    const result = compareAssetVersions(base, base, { ...base, website: '' })
    expect(result.fields).toEqual([])
  })

  it('counts a field the other version does not carry as unchanged by them', () => {
    const result = compareAssetVersions({ ...base, contact: 'x' }, base, { ...base, contact: 'y' })
    expect(result.conflicting).toEqual([])
    expect(result.myChanges).toEqual({ contact: 'y' })
  })
})
