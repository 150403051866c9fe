// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { DEFAULT_ANALYSIS_SETTINGS } from '../analysis-settings'
import type { AssetFeedStatus } from '../api/use-browser-asset-feed'
import { rankingCaveats } from '../ranking-caveats'
import type { GapAnalysisResult, WardGapResult } from '../worker/gap-analysis-result'
import { GapRanking } from './gap-ranking'
import { WardProfile } from './ward-profile'

afterEach(cleanup)

// Downloads are recorded for people signed in; the public's are not (nothing to call here).
const port = {
  session: { current: async () => ({ signedIn: false }) },
  exports: { recordWards: async () => {} },
} as unknown as DataPort

function ward(code: string, rank: number, assets: number): WardGapResult {
  return {
    code,
    name: `Ward ${code}`,
    population: 5000,
    need: 50,
    supply: 0,
    gap: 50,
    rank,
    reason: `Ward ${code}: reason in words`,
    needTercile: 2,
    supplyTercile: 1,
    byKind: { physical_space: { assets, ratePer1000: 0, coveragePct: 0, reachMean: 0 } },
    timeBank: null,
    partnerSchemes: null,
    indicators: {},
  }
}

/** A ranking of four wards holding `assets` community spaces between them. */
function result(assetsRead: boolean, assets: readonly number[] = [0, 0, 0, 0]): GapAnalysisResult {
  return {
    request: {
      kinds: ['physical_space'],
      distanceMetres: 800,
      need: [{ key: 'imd2025_score_popweighted', weight: 1 }],
      rateWeight: 1,
      coverageWeight: 1,
      layerKind: 'physical_space',
    },
    engine: 'browser',
    regionName: 'Essex',
    wards: assets.map((count, i) => ward(`E0500000${i + 1}`, i + 1, count)),
    averages: { byKind: {}, indicators: {} },
    residents: { kind: 'physical_space', lng: [], lat: [], population: [], covered: [] },
    issues: [],
    assetCount: assets.reduce((sum, n) => sum + n, 0),
    assetsRead,
    planned: [],
    timing: { analysisMs: 1, rankingMs: 1, reusedAnalysis: false },
  }
}

function renderRanking(shown: GapAnalysisResult, assets: AssetFeedStatus) {
  return render(
    <TestPortProvider port={port}>
      <GapRanking
        result={shown}
        caveats={rankingCaveats(shown, assets)}
        settings={DEFAULT_ANALYSIS_SETTINGS}
        authorities={new Map()}
        selectedCode={null}
        onSelect={() => {}}
        onOpenProfile={() => {}}
      />
    </TestPortProvider>,
  )
}

function renderProfile(shown: GapAnalysisResult, assets: AssetFeedStatus) {
  return render(
    <TestPortProvider port={port}>
      <WardProfile
        ward={shown.wards[0]!}
        result={shown}
        authority={null}
        attribution="Source: Office for National Statistics."
        caveats={rankingCaveats(shown, assets)}
        onBack={() => {}}
      />
    </TestPortProvider>,
  )
}

const download = () => screen.getByRole('button', { name: 'Download the ranking (CSV)' })

describe('a ranking made before the assets have loaded', () => {
  it('is marked provisional, with its download off and saying why, until the assets have loaded', () => {
    renderRanking(result(false), { status: 'waiting' })
    const provisional = document.getElementById('gap-ranking-provisional')
    expect(provisional?.textContent).toBe(
      'Provisional: assets still loading. Downloads are off until the assets have loaded.',
    )
    expect(provisional?.closest('[role="status"]')).not.toBeNull()
    const before = download()
    expect(before).toHaveProperty('disabled', true)
    expect(before.getAttribute('aria-describedby')).toBe('gap-ranking-provisional')
    cleanup()

    renderRanking(result(true, [5, 0, 0, 0]), { status: 'loaded' })
    expect(screen.queryByTestId('gap-provisional')).toBeNull()
    expect(download()).toHaveProperty('disabled', false)
  })

  it('says the assets could not be read, rather than ranking from none as if final', () => {
    renderRanking(result(false), { status: 'failed', message: 'offline' })
    expect(screen.getByTestId('gap-provisional').textContent).toContain(
      'Provisional: the assets could not be read, so none are counted.',
    )
    expect(download()).toHaveProperty('disabled', true)
  })

  it("keeps a ward profile's CSV and PNG downloads off while provisional, and says so on the page", () => {
    renderProfile(result(false), { status: 'waiting' })
    expect(screen.getByTestId('gap-provisional').textContent).toContain(
      'Provisional: assets still loading.',
    )
    for (const name of ['Download CSV', 'Download charts (PNG)']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', true)
    }
    cleanup()
    renderProfile(result(true, [9, 0, 0, 0]), { status: 'loaded' })
    expect(screen.queryByTestId('gap-provisional')).toBeNull()
    for (const name of ['Download CSV', 'Download charts (PNG)']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false)
    }
  })
})

describe('a ranking from too few assets', () => {
  it('warns when fewer assets of the kinds counted are mapped than there are wards, and not at one a ward', () => {
    renderRanking(result(true, [2, 1, 0, 0]), { status: 'loaded' })
    expect(screen.getByTestId('gap-too-few-assets').textContent).toBe(
      'Too few assets for a fair ranking: 3 of the kinds counted are mapped in 4 wards, fewer than one a ward. Most wards have none, so supply tells only some from none and the ranking mostly follows need.',
    )
    expect(download()).toHaveProperty('disabled', false)
    cleanup()
    renderRanking(result(true, [2, 1, 1, 0]), { status: 'loaded' })
    expect(screen.queryByTestId('gap-too-few-assets')).toBeNull()
  })
})
