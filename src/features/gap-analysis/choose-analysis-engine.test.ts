import { describe, expect, it } from 'vitest'
import { chooseAnalysisEngine, DATABASE_ENGINE_ABOVE_ASSETS } from './choose-analysis-engine'

describe('where the gap analysis is computed', () => {
  it('stays in the browser in local mode, however many assets there are', () => {
    expect(
      chooseAnalysisEngine({ mode: 'local', approvedAssets: 500_000, listedApproved: 1_000 }),
    ).toBe('browser')
  })

  it('uses the browser in connected mode up to the threshold, with the whole list read', () => {
    const at = DATABASE_ENGINE_ABOVE_ASSETS
    expect(
      chooseAnalysisEngine({ mode: 'connected', approvedAssets: at, listedApproved: null }),
    ).toBe('browser')
    expect(
      chooseAnalysisEngine({ mode: 'connected', approvedAssets: at, listedApproved: at }),
    ).toBe('browser')
  })

  it('asks the database in connected mode above the threshold', () => {
    expect(
      chooseAnalysisEngine({
        mode: 'connected',
        approvedAssets: DATABASE_ENGINE_ABOVE_ASSETS + 1,
        listedApproved: null,
      }),
    ).toBe('database')
  })

  it('asks the database when the list read holds fewer approved assets than the database counts', () => {
    expect(
      chooseAnalysisEngine({ mode: 'connected', approvedAssets: 1_200, listedApproved: 1_000 }),
    ).toBe('database')
  })

  it('uses the browser while the count is not known yet', () => {
    expect(
      chooseAnalysisEngine({ mode: 'connected', approvedAssets: null, listedApproved: 10 }),
    ).toBe('browser')
  })
})
