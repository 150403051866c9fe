import { describe, expect, it } from 'vitest'
import type { WardSummary } from '../../core/region/ward-summary'
import { filterWards } from './filter-wards'

function ward(wardName: string, ladName: string): WardSummary {
  return {
    wardCode: `E05${wardName.length}`,
    wardName,
    ladCode: 'E07000000',
    ladName,
    population: 1000,
    imd2025Score: null,
    imd2025Rank: null,
    imd2025Tenth: null,
    imd2019Score: null,
    imd2019Rank: null,
  }
}

const wards = [
  ward('Pier', 'Tendring'),
  ward("St. James'", 'Tendring'),
  ward('Moulsham and Central', 'Chelmsford'),
]
const names = (found: WardSummary[]) => found.map((item) => item.wardName)

describe('filterWards', () => {
  it('keeps every ward, in order, for an empty query', () => {
    expect(names(filterWards(wards, '  '))).toEqual(['Pier', "St. James'", 'Moulsham and Central'])
  })

  it('finds a ward by part of its name, ignoring case', () => {
    expect(names(filterWards(wards, 'moulsh'))).toEqual(['Moulsham and Central'])
  })

  it('finds the wards of an authority by its name', () => {
    expect(names(filterWards(wards, 'tendring'))).toEqual(['Pier', "St. James'"])
  })

  it('ignores punctuation, so "st james" finds "St. James\'"', () => {
    expect(names(filterWards(wards, 'st james'))).toEqual(["St. James'"])
  })

  it('needs every word to match, across ward and authority', () => {
    expect(names(filterWards(wards, 'pier tendring'))).toEqual(['Pier'])
    expect(names(filterWards(wards, 'pier chelmsford'))).toEqual([])
  })

  it('ignores accents', () => {
    expect(names(filterWards([ward('Château', 'X')], 'chateau'))).toEqual(['Château'])
  })
})
