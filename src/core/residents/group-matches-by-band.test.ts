import { describe, expect, it } from 'vitest'
import { groupMatchesByBand } from './group-matches-by-band'
import type { DistanceBand, DistanceMatch } from './resident-offer'

const match = (displayName: string, band: DistanceBand): DistanceMatch => ({
  residentId: displayName,
  displayName,
  wardName: null,
  band,
  gifts: [],
  travel: null,
  contact: { email: null, phone: null, preferred: null },
})

describe('groupMatchesByBand', () => {
  it('groups by band, nearest first, keeping the order within a band', () => {
    const grouped = groupMatchesByBand([
      match('Ann', 'over 3 km'),
      match('Bo', 'under 1 km'),
      match('Cy', 'over 3 km'),
    ])
    expect(grouped.map((b) => [b.band, b.matches.map((m) => m.displayName)])).toEqual([
      ['under 1 km', ['Bo']],
      ['1–3 km', []],
      ['over 3 km', ['Ann', 'Cy']],
    ])
  })
})
