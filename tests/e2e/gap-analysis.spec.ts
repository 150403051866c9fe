import { expect } from '@playwright/test'
import { WARD_PROFILE_COLUMNS } from '../../src/features/gap-analysis/export/to-ward-profile-csv'
import type { GapAnalysisResult } from '../../src/features/gap-analysis/worker/gap-analysis-result'
import { assetsApp } from './drivers/assets-app'
import { readEssexWards, wardWellInside } from './drivers/essex-data'
import {
  analysisRequest,
  expectedAnalysis,
  expectedSignature,
} from './drivers/expected-gap-analysis'
import { gapAnalysisApp } from './drivers/gap-analysis-app'
import { test } from './drivers/map-app-test'

// Every figure the page should show is computed here by the engine the app's worker runs, on the
// shared region files and the same assets, so the spec holds for any data release.
const wards = readEssexWards()

// Two community spaces in Jaywick (one of Essex's most deprived wards) and one in Chelmsford.
const HALLS = [
  { name: 'Jaywick Community Hall', lng: '1.1102', lat: '51.7863' },
  { name: 'Brooklands Community Garden', lng: '1.1045', lat: '51.7828' },
  { name: 'Moulsham Street Hall', lng: '0.4713', lat: '51.7290' },
]
const points = HALLS.map((hall) => ({
  kind: 'physical_space',
  lng: Number(hall.lng),
  lat: Number(hall.lat),
}))

function legendCounts(result: GapAnalysisResult): number[] {
  return [3, 2, 1].flatMap((need) =>
    [1, 2, 3].map(
      (supply) =>
        result.wards.filter((w) => w.needTercile === need && w.supplyTercile === supply).length,
    ),
  )
}

const topRows = (result: GapAnalysisResult) =>
  result.wards.slice(0, 3).map((ward) => ({ name: ward.name, reason: ward.reason }))

test.describe('Gap analysis', () => {
  test('a lead changes the walking distance, the map and ranking follow, and a ward profile exports CSV and charts', async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    const analysis = gapAnalysisApp(page)
    const jaywick = wardWellInside(
      wards,
      points[0]!.lng === 1.1102 ? [1.1102, 51.7863] : [0, 0],
      50,
    )
    expect(wardWellInside(wards, [points[1]!.lng, points[1]!.lat], 50).code).toBe(jaywick.code)
    const at800 = expectedAnalysis(points, analysisRequest())
    const at1600 = expectedAnalysis(points, analysisRequest({ distanceMetres: 1600 }))
    // The scenario can tell the two distances apart on the map and in the ranking.
    expect(expectedSignature(at800)).not.toBe(expectedSignature(at1600))
    expect(topRows(at800)).not.toEqual(topRows(at1600))

    await app.given.appOpened({ basemap: 'builtin' })
    await assets.given.databaseIsReady()
    for (const hall of HALLS) {
      await assets.when.addAsset({ ...hall, kind: 'Physical spaces' })
      await assets.then.savedMessage(hall.name)
    }

    await analysis.when.openAnalysisFromHeader()
    await analysis.then.analysisReady({ assets: HALLS.length })
    await analysis.then.choroplethShows(expectedSignature(at800))
    await analysis.then.legendCounts(legendCounts(at800))
    await analysis.then.rankingStartsWith(topRows(at800))

    await analysis.when.chooseWalkingDistance(1600)
    await analysis.then.analysisReady({ assets: HALLS.length })
    await analysis.then.choroplethShows(expectedSignature(at1600))
    await analysis.then.legendCounts(legendCounts(at1600))
    await analysis.then.rankingStartsWith(topRows(at1600))
    await analysis.then.addressHas('distance=1600')
    const ward = at1600.wards.find((w) => w.code === jaywick.code)!
    await analysis.then.rankingRowSays({ name: ward.name, reason: ward.reason })
    await analysis.then.screenshotSaved('analysis-1600m')

    await analysis.when.openProfile(ward.name)
    await analysis.then.profileShows(ward.name)
    const csv = await analysis.when.downloadProfileCsv()
    expect(csv.fields).toEqual([...WARD_PROFILE_COLUMNS])
    const figure = (section: string, measure: string) =>
      csv.rows.find((row) => row.section === section && row.measure === measure)
    expect(figure('ward', 'population')).toMatchObject({
      ward_code: jaywick.code,
      ward_name: jaywick.name,
      ward_value: String(jaywick.population),
    })
    expect(figure('assets', 'physical_space')?.ward_value).toBe('2')
    expect(Number(figure('coverage_pct', 'physical_space')?.ward_value)).toBeCloseTo(
      ward.byKind.physical_space!.coveragePct!,
      9,
    )
    expect(figure('settings', 'walking_distance')?.ward_value).toBe('1600')
    const png = await analysis.when.downloadProfilePng()
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    await analysis.then.profilePrintsOnOneA4Page()
    await analysis.then.screenshotSaved('ward-profile', { fullPage: true })
  })

  test('a lead tries a planned community space, sees the ward rise, removes it, and the shared view survives a reload', async ({
    page,
  }) => {
    const analysis = gapAnalysisApp(page)
    const plan = { kind: 'physical_space', lng: 1.1102, lat: 51.7863 }
    const request = analysisRequest({ distanceMetres: 1200 })
    const before = expectedAnalysis([], request)
    const after = expectedAnalysis([plan], request)
    const code = wardWellInside(wards, [plan.lng, plan.lat], 50).code
    const wardBefore = before.wards.find((w) => w.code === code)!
    const wardAfter = after.wards.find((w) => w.code === code)!
    expect(wardAfter.reason).not.toBe(wardBefore.reason)

    // A first visit on a slow line: the ranking is there before the assets, and says so.
    const releaseAssets = await analysis.given.assetsHeldBack()
    await analysis.given.analysisOpened({ distance: '1200' })
    await analysis.then.walkingDistanceIs(1200)
    await analysis.then.rankingIsProvisional()
    releaseAssets()
    await analysis.then.rankingIsFinal()
    await analysis.then.analysisReady({ assets: 0 })
    await analysis.then.rankingRowSays({ name: wardBefore.name, reason: wardBefore.reason })

    await analysis.when.addPlannedAsset({ kind: 'Physical spaces', lng: '1.1102', lat: '51.7863' })
    await analysis.then.analysisReady({ assets: 0, planned: 1 })
    await analysis.then.rankingRowSays({ name: wardAfter.name, reason: wardAfter.reason })
    await analysis.then.choroplethShows(expectedSignature(after))
    await analysis.then.noAccessibilityViolations()

    await analysis.when.removePlannedAssets()
    await analysis.then.analysisReady({ assets: 0 })
    await analysis.then.rankingRowSays({ name: wardBefore.name, reason: wardBefore.reason })

    await analysis.when.reloadPage()
    await analysis.then.walkingDistanceIs(1200)
    await analysis.then.analysisReady({ assets: 0 })
    await analysis.then.choroplethShows(expectedSignature(before))
  })

  test('a value in the region files that is not a number is reported and left out, and never shows as NaN', async ({
    page,
  }) => {
    const analysis = gapAnalysisApp(page)
    let broken = { code: '', name: '' }
    await analysis.given.regionServedWith((texts) => {
      const [header, first, ...rest] = texts.wardImd!.split('\n')
      const columns = header!.split(',')
      const cells = first!.split(',')
      cells[columns.indexOf('imd2025_score_popweighted')] = 'not known'
      broken = {
        code: cells[columns.indexOf('ward_code')]!,
        name: wards.find((w) => w.code === cells[columns.indexOf('ward_code')])!.name,
      }
      return { ...texts, wardImd: [header, cells.join(','), ...rest].join('\n') }
    })
    await analysis.given.analysisOpened()
    await analysis.then.analysisReady({ assets: 0 })
    await analysis.then.problemsListed([
      `Ward ${broken.code} (${broken.name}): IMD 2025 score (population-weighted) is not a number; left out`,
    ])
    await analysis.then.rankingRowUnranked(broken.name)
    await analysis.then.pageShowsNoNaN()
  })
})
