import { describe, expect, it } from 'vitest'
import { countMatchesByWard } from './count-matches-by-ward'

describe('countMatchesByWard', () => {
  it('counts each ward once per match, most matches first', () => {
    expect(
      countMatchesByWard([
        { wardCode: 'E05000002' },
        { wardCode: 'E05000001' },
        { wardCode: 'E05000001' },
      ]),
    ).toEqual([
      { wardCode: 'E05000001', matches: 2 },
      { wardCode: 'E05000002', matches: 1 },
    ])
  })

  it('leaves out matches without a ward', () => {
    expect(countMatchesByWard([{ wardCode: null }])).toEqual([])
  })
})
