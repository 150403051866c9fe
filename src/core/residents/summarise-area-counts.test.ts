import { describe, expect, it } from 'vitest'
import type { AreaCount } from './resident-offer'
import { summariseAreaCounts } from './summarise-area-counts'

const ward = (code: string, name: string, authority: string, people: number): AreaCount => ({
  kind: 'ward',
  code,
  name,
  authorityCode: authority,
  authorityName: authority,
  people,
})
const authority = (name: string, people: number): AreaCount => ({
  kind: 'authority',
  code: name,
  name,
  authorityCode: name,
  authorityName: name,
  people,
})

describe('summariseAreaCounts', () => {
  it('counts the people in wards without a figure as the total less the wards shown', () => {
    const [vale] = summariseAreaCounts([
      ward('W2', 'Riverside', 'Vale', 7),
      ward('W1', 'Hilltop', 'Vale', 6),
      authority('Vale', 18),
    ])
    expect(vale).toEqual({
      code: 'Vale',
      name: 'Vale',
      people: 18,
      wards: [
        { code: 'W1', name: 'Hilltop', people: 6 },
        { code: 'W2', name: 'Riverside', people: 7 },
      ],
      peopleInOtherWards: 5,
    })
  })

  it('keeps an authority whose every ward is held back, with its total', () => {
    expect(summariseAreaCounts([authority('Maldon', 2)])).toEqual([
      { code: 'Maldon', name: 'Maldon', people: 2, wards: [], peopleInOtherWards: 2 },
    ])
  })

  it('lists authorities by name', () => {
    const names = summariseAreaCounts([authority('Uttlesford', 3), authority('Basildon', 9)]).map(
      (a) => a.name,
    )
    expect(names).toEqual(['Basildon', 'Uttlesford'])
  })

  it('says nothing when nobody has offered yet', () => {
    expect(summariseAreaCounts([])).toEqual([])
  })

  it('does not change the counts given', () => {
    const counts = [ward('W1', 'Hilltop', 'Vale', 6), authority('Vale', 6)]
    const copy = structuredClone(counts)
    summariseAreaCounts(counts)
    expect(counts).toEqual(copy)
  })
})
