import { describe, expect, it } from 'vitest'
import type { WardGapResult } from './worker/gap-analysis-result'
import { sortWardGaps } from './sort-ward-gaps'

function ward(code: string, name: string, need: number | null, rank: number | null): WardGapResult {
  return {
    code,
    name,
    population: 1000,
    need,
    supply: 50,
    gap: need === null ? null : need - 50,
    rank,
    reason: '',
    needTercile: null,
    supplyTercile: null,
    byKind: {},
    timeBank: null,
    partnerSchemes: null,
    indicators: {},
  }
}

const wards = [ward('A', 'Zeta', 90, 1), ward('B', 'Alpha', 60, 2), ward('C', 'Mid', null, null)]
const authorities = new Map([
  ['A', 'Basildon'],
  ['B', 'Tendring'],
])

describe('sortWardGaps', () => {
  it('sorts by a number either way, with unknown values last both ways', () => {
    expect(sortWardGaps(wards, authorities, 'need', false).map((w) => w.code)).toEqual([
      'B',
      'A',
      'C',
    ])
    expect(sortWardGaps(wards, authorities, 'need', true).map((w) => w.code)).toEqual([
      'A',
      'B',
      'C',
    ])
  })

  it('sorts names alphabetically and authorities with a missing one last', () => {
    expect(sortWardGaps(wards, authorities, 'name', false).map((w) => w.name)).toEqual([
      'Alpha',
      'Mid',
      'Zeta',
    ])
    expect(sortWardGaps(wards, authorities, 'authority', true).map((w) => w.code)).toEqual([
      'B',
      'A',
      'C',
    ])
  })
})
