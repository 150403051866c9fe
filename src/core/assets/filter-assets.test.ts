import { describe, expect, it } from 'vitest'
import { anyAssetFilter, createAssetIndex, filterAssets } from './filter-assets'
import { testAsset } from './test-asset'

const hall = testAsset({ id: 'a', name: 'Writtle Village Hall', tags: ['Venue', 'hire'] })
const choir = testAsset({
  id: 'b',
  name: 'Café Choir',
  kind: 'cultural',
  status: 'pending',
  wardCode: 'E05000002',
  description: 'Sings at the hall on Tuesdays',
})
const bank = testAsset({ id: 'c', name: 'Food bank', kind: 'association', subtype: 'food_bank' })
const assets = [hall, choir, bank]
const ids = (filter: Partial<typeof anyAssetFilter>) =>
  filterAssets(createAssetIndex(assets), { ...anyAssetFilter, ...filter }).map((a) => a.id)

describe('filterAssets', () => {
  it('lets every asset through an empty filter, in the order given', () => {
    expect(ids({})).toEqual(['a', 'b', 'c'])
  })

  it('keeps an asset of any chosen kind', () => {
    expect(ids({ kinds: ['cultural', 'association'] })).toEqual(['b', 'c'])
  })

  it('needs every facet to match: kind and status', () => {
    expect(ids({ kinds: ['cultural', 'physical_space'], statuses: ['approved'] })).toEqual(['a'])
  })

  it('filters by ward, subtype and tag (tags ignore case)', () => {
    expect(ids({ wardCodes: ['E05000002'] })).toEqual(['b'])
    expect(ids({ subtypes: ['food_bank'] })).toEqual(['c'])
    expect(ids({ tags: ['venue'] })).toEqual(['a'])
  })

  it('finds free text in the description, ignoring case and accents', () => {
    expect(ids({ text: 'HALL' })).toEqual(['a', 'b'])
    expect(ids({ text: 'cafe' })).toEqual(['b'])
  })

  it('needs every word typed, in any order', () => {
    expect(ids({ text: 'tuesdays choir' })).toEqual(['b'])
  })

  it('gives the same answer when typing on as when searching afresh', () => {
    const index = createAssetIndex(assets)
    for (const text of ['h', 'ha', 'hal', 'hall', 'hall t', 'hall tu']) {
      const typedOn = filterAssets(index, { ...anyAssetFilter, text }).map((a) => a.id)
      expect(typedOn).toEqual(ids({ text }))
    }
    // Deleting letters widens the search again.
    expect(filterAssets(index, { ...anyAssetFilter, text: 'a' }).map((a) => a.id)).toEqual([
      'a',
      'b',
      'c',
    ])
  })

  it('finds nothing for a value no asset has', () => {
    expect(ids({ wardCodes: ['E05999999'] })).toEqual([])
  })

  it('does not change the assets it was given', () => {
    const before = JSON.stringify(assets)
    filterAssets(createAssetIndex(assets), { ...anyAssetFilter, text: 'hall', kinds: ['cultural'] })
    expect(JSON.stringify(assets)).toBe(before)
  })
})
