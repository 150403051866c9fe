import { describe, expect, it } from 'vitest'
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from './analysis-settings'
import { readAnalysisSettings, writeAnalysisSettings } from './analysis-settings-url'

describe('analysis settings in the URL', () => {
  it('reads the defaults from a URL without analysis parameters', () => {
    expect(readAnalysisSettings('?view=analysis')).toEqual({
      settings: DEFAULT_ANALYSIS_SETTINGS,
      problems: [],
    })
  })

  it('reads back every setting it wrote, keeping the other parameters', () => {
    const settings: AnalysisSettings = {
      kinds: ['association', 'cultural'],
      distanceMetres: 1200,
      need: [
        { key: 'imd2019_score_popweighted', weight: 2 },
        { key: 'pct_age_65_plus', weight: 0.5 },
      ],
      rateWeight: 0,
      coverageWeight: 3,
      layerKind: 'cultural',
      ward: 'E05004118',
    }
    const search = writeAnalysisSettings('?view=analysis&kinds=economic', settings)
    expect(new URLSearchParams(search).get('view')).toBe('analysis')
    expect(readAnalysisSettings(search)).toEqual({ settings, problems: [] })
  })

  it('keeps the usable parts of a mistyped link and names the others', () => {
    const { settings, problems } = readAnalysisSettings(
      '?kinds=cultural,libraries&distance=900&need=imd2025_score_popweighted:9,pct_age_0_15:1&rate=abc&ward=Chelmsford',
    )
    expect(settings).toEqual({
      ...DEFAULT_ANALYSIS_SETTINGS,
      kinds: ['cultural'],
      need: [{ key: 'pct_age_0_15', weight: 1 }],
    })
    expect(problems).toEqual([
      '"libraries" is not a kind of asset the analysis counts',
      'the walking distance "900" is not one of 400, 800, 1200, 1600 m; 800 m is used',
      'the need indicator "imd2025_score_popweighted:9" is not one the analysis knows with a weight from 0 to 5',
      'the rate weight "abc" is not a number from 0 to 5',
      '"Chelmsford" is not a ward code',
    ])
  })

  it('leaves out need indicators weighted 0 and lists kinds in the usual order', () => {
    const { settings } = readAnalysisSettings(
      '?kinds=cultural,association,cultural&need=pct_age_65_plus:0,imd2019_score_popweighted:1',
    )
    expect(settings.kinds).toEqual(['association', 'cultural'])
    expect(settings.need).toEqual([{ key: 'imd2019_score_popweighted', weight: 1 }])
  })
})
