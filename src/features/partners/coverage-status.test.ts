import { describe, expect, it } from 'vitest'
import type { SchemeTheme, WardCoverage } from '../../core/partners/partner'
import { countStatuses, describeThemeNeed, shownStatuses, sortCoverage } from './coverage-status'
import { describeSchedule } from './describe-schedule'
import { coverageColour } from './map/coverage-layer'

const theme = (needIndicator: string | null): SchemeTheme => ({
  code: 't',
  label: 'Loneliness and isolation',
  needIndicator,
  needLabel: needIndicator ? 'IMD 2025 crime domain score' : null,
  sortOrder: 1,
  retired: false,
})
const ward = (wardCode: string, status: WardCoverage['status'], schemes = 0): WardCoverage => ({
  wardCode,
  wardName: wardCode,
  schemes,
  schemeIds: [],
  needValue: null,
  needPercentile: null,
  status,
})

describe('coverage status', () => {
  it('says a theme with no need measure shows overlaps only, and offers no gap', () => {
    expect(describeThemeNeed(theme(null))).toMatch(/no measure of need.*overlaps only/)
    expect(shownStatuses(theme(null))).not.toContain('gap')
    expect(shownStatuses(theme('imd2025_crime_score'))).toContain('gap')
  })

  it('names the need indicator of a theme that has one', () => {
    expect(describeThemeNeed(theme('imd2025_crime_score'))).toContain(
      'Need: IMD 2025 crime domain score',
    )
  })

  it('lists overlaps, then gaps, then the rest', () => {
    const sorted = sortCoverage([ward('a', 'none'), ward('b', 'gap'), ward('c', 'overlap', 2)])
    expect(sorted.map((row) => row.wardCode)).toEqual(['c', 'b', 'a'])
    expect(countStatuses(sorted)).toEqual({ overlap: 1, gap: 1, covered: 0, none: 1 })
  })

  it('colours each ward by its status on the map', () => {
    expect(coverageColour([ward('a', 'overlap', 2), ward('b', 'none')])).toEqual([
      'match',
      ['get', 'ward_code'],
      ['a'],
      '#7b3294',
      '#e3e6ea',
    ])
    expect(coverageColour([ward('a', 'none')])).toBe('#e3e6ea')
  })

  it('says opening times in week order, and "ask" when there are none', () => {
    expect(
      describeSchedule([
        { byday: 'TH', opensAt: '18:00:00', closesAt: '20:00:00', note: null },
        { byday: 'MO', opensAt: '09:30:00', closesAt: '12:00:00', note: 'drop-in' },
      ]),
    ).toEqual(['Monday 09:30–12:00 (drop-in)', 'Thursday 18:00–20:00'])
    expect(describeSchedule([])).toEqual(['Ask for times'])
  })
})
