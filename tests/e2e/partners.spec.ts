import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { gapAnalysisApp } from './drivers/gap-analysis-app'
import { test } from './drivers/map-app-test'
import { partnersApp } from './drivers/partners-app'
import { rolesApp } from './drivers/roles-app'

// Issue #15's round in local mode, where this device's one user takes each role in turn. An
// administrator adds a theme in the Taxonomy tab, opens two organisations, adds a crime prevention
// scheme (of the new theme too) for the Watch in Castle, and makes the device's user a person of
// the Trust. As a partner of the Trust, they add a scheme of the same theme in three wards and
// describe the Trust: the coordination view shows Castle as an overlap of the two, the public
// directory downloads as Open Referral UK with both schemes and the Trust's description, the gap
// analysis's ward profiles count it, and once the user belongs to the Watch instead, the Trust's
// scheme is listed without Edit or Retire. Axe at 1280 and 375 px.
const ME = 'you@this-device.local'
const WATCH = 'Colchester Street Watch'
const TRUST = 'Castle Community Trust'
const ABOUT_TRUST = 'Neighbours keeping Castle ward safe since 1998.'
const THEIRS = {
  name: 'Street Pastors',
  themes: ['Crime prevention', 'Night-time safety'],
  audience: 'Everyone',
  wards: ['Castle'],
}
const OURS = {
  name: 'Safer Streets Walks',
  themes: ['Crime prevention'],
  audience: 'Everyone',
  wards: ['Castle', 'Greenstead', 'Berechurch'],
}

test.describe('partners (local mode)', () => {
  test('a partner adds a scheme in three wards: overlap, gap analysis and ward profile count it; another partner cannot edit it', async ({
    app,
    page,
  }) => {
    test.setTimeout(300_000)
    const roles = rolesApp(page)
    const { when, then } = partnersApp(page)
    await page.setViewportSize({ width: 1280, height: 900 })
    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()

    await roles.when.actAs('Administrator')
    await when.addsTheme('Night-time safety')
    await then.hasNoSeriousAccessibilityProblems(
      'taxonomy, administrator, 1280 px',
      '.scheme-taxonomy',
    )
    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems(
      'taxonomy, administrator, 375 px',
      '.scheme-taxonomy',
    )
    await page.setViewportSize({ width: 1280, height: 900 })
    await when.opensPartners()
    await when.opensOrganisation(WATCH)
    await when.opensOrganisation(TRUST)
    await when.choosesOrganisation(WATCH)
    await when.addsScheme(THEIRS)
    await when.addsPerson(ME, TRUST)
    await then.hasNoSeriousAccessibilityProblems('partners, administrator, 1280 px')

    await roles.when.actAs('Partner organisation')
    await when.opensPartners()
    await expect(page.getByRole('heading', { level: 2, name: `${TRUST}: schemes` })).toBeVisible()
    await when.addsScheme(OURS)
    await when.describesOrganisation(TRUST, ABOUT_TRUST)
    await then.mayEdit(OURS.name, true)
    await then.mayEdit(THEIRS.name, false)
    await then.hasNoSeriousAccessibilityProblems('partners, partner, 1280 px')

    await when.opensCoordination()
    await when.choosesTheme('Crime prevention')
    await then.needSays(/Need: .*crime/i)
    await then.coverageRowSays(
      'Castle',
      new RegExp(`Overlap.*2: .*(${OURS.name}.*${THEIRS.name}|${THEIRS.name}.*${OURS.name})`),
    )
    await then.coverageRowSays('Greenstead', new RegExp(`Covered.*1: ${OURS.name}`))
    await then.legendSays(/Overlap.*\(1 ward\)/)
    await then.hasNoSeriousAccessibilityProblems('coordination, 1280 px')
    await when.choosesTheme('Loneliness and isolation')
    await then.needSays(/overlaps only/)
    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems('coordination, 375 px')
    await when.opensPartners()
    await then.hasNoSeriousAccessibilityProblems('partners, 375 px')
    await then.fitsTheScreen('partners, 375 px')
    await when.searchesTheDirectory('Crime prevention')
    await then.directoryLists([OURS.name, THEIRS.name])
    const oruk = await when.downloadsTheDirectoryAsOruk()
    expect(oruk.name).toMatch(/^directory-oruk-\d{4}-\d{2}-\d{2}\.json$/)
    expect(Array.isArray(oruk.json)).toBe(true)
    const services = oruk.json as Array<{
      name: string
      organization: { name: string; description: string }
    }>
    expect(services.map((s) => [s.name, s.organization.name]).sort()).toEqual([
      [OURS.name, TRUST],
      [THEIRS.name, WATCH],
    ])
    expect(services.find((s) => s.name === OURS.name)?.organization.description).toBe(ABOUT_TRUST)
    await then.hasNoSeriousAccessibilityProblems('directory, 375 px')
    await then.fitsTheScreen('directory, 375 px')
    await page.setViewportSize({ width: 1280, height: 900 })
    await then.hasNoSeriousAccessibilityProblems('directory, 1280 px')

    // The ward profiles count both schemes in Castle and ours in Greenstead.
    const analysis = gapAnalysisApp(page)
    await analysis.given.analysisOpened()
    const profile = page.getByRole('article', { name: /: ward profile$/ })
    const schemes = profile
      .locator('div', { has: page.locator('dt', { hasText: 'Partner schemes' }) })
      .locator('dd')
    await analysis.when.openProfile('Castle')
    await expect(schemes).toHaveText('2')
    await expect(profile).toContainText('2 partner schemes')
    await page.getByRole('button', { name: 'Back to the analysis' }).click()
    await analysis.when.openProfile('Greenstead')
    await expect(schemes).toHaveText('1')

    // The device's user now belongs to the Watch, not the Trust: the Trust's scheme is not theirs.
    await roles.when.actAs('Administrator')
    await when.opensPartners()
    await when.addsPerson(ME, WATCH)
    await when.removesPerson(ME, TRUST)
    await roles.when.actAs('Partner organisation')
    await when.opensPartners()
    await expect(page.getByRole('heading', { level: 2, name: `${WATCH}: schemes` })).toBeVisible()
    await then.mayEdit(THEIRS.name, true)
    await then.mayEdit(OURS.name, false)
  })
})
