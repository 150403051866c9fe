import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { gapAnalysisApp } from './drivers/gap-analysis-app'
import { test } from './drivers/map-app-test'
import { rolesApp } from './drivers/roles-app'
import { timeBankReportsApp } from './drivers/time-bank-reports-app'
import { timeBanksApp } from './drivers/time-banks-app'

// The round in local mode, each member as themselves: two residents apply from the offer
// form (each keeps the one-time code it shows) and the coordinator approves both. Alice, signed in
// on her own page ("Your data"), posts a request; Bob, signed in there, posts an offer and records
// the hour and a half he gave her, which waits for her; Alice signs in, finds Bob's offer among
// her request's matches, and confirms. Both balances and statements move, and the coordinator's
// report and the ward profile show the hours. The new section is checked with axe at 1280 px and
// 375 px. (The reports' screens are tests/e2e/time-bank-reports.spec.ts's.)
const BANK = 'Colchester Time Bank'
const ALICE = { name: 'Alice', email: 'alice@example.test', postcode: 'CO1 1AA', gift: 'Gardening' }
const BOB = { name: 'Bob', email: 'bob@example.test', postcode: 'CO1 1AA', gift: 'Gardening' }
const GAVE = 'Bob gave Alice 1 h 30 min'
// The ward of CO1 1AA, where both live.
const WARD = 'Castle'

test.describe('time banks (local mode)', () => {
  test('a member records an exchange, the other confirms it, and balances, statements, report and ward profile show it', async ({
    app,
    page,
  }) => {
    test.setTimeout(360_000)
    const onMap = timeBanksApp(page)
    const { when, then } = timeBanksApp(page, 'my-data')
    await page.setViewportSize({ width: 1280, height: 900 })
    const aliceCode = await when.appliesFromTheOfferForm({ ...ALICE, bank: BANK })
    const bobCode = await when.appliesFromTheOfferForm({ ...BOB, bank: BANK })

    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await rolesApp(page).when.actAs('Time bank coordinator')
    await onMap.when.opensTheTimeBank()
    await onMap.when.coordinates()
    await onMap.when.approves('Alice')
    await onMap.when.approves('Bob')
    await expect(page.getByRole('button', { name: 'Act for Bob' })).toBeVisible()

    await when.signsInWith(ALICE.email, aliceCode)
    await then.ownTimeBankShows(BANK)
    await then.balanceIs('0 min')
    await when.posts({ direction: 'request', skill: 'Gardening', title: 'Help with my garden' })

    await when.signsInWith(BOB.email, bobCode)
    await when.posts({ direction: 'offer', skill: 'Gardening', title: 'Weeding and digging' })
    await when.recordsExchange({
      gave: true,
      with: 'Alice',
      hours: 1,
      minutes: 30,
      description: 'Weeding',
    })
    await then.exchangeShows(new RegExp(`${GAVE}.*Waiting for confirmation`))
    await then.balanceIs('0 min')
    await then.hasNoSeriousAccessibilityProblems('your time bank, 1280 px')

    await when.signsInWith(ALICE.email, aliceCode)
    await when.showsMatchesFor('Help with my garden')
    await then.matchesShow('Help with my garden', /Weeding and digging/)
    await then.waitingFor('you', GAVE)
    await when.confirms(GAVE)
    await then.exchangeShows(new RegExp(`${GAVE}.*Confirmed`))
    await then.balanceIs('−1 h 30 min')
    await then.statementShows(['Weeding', 'Bob', '−1 h 30 min', '−1 h 30 min'])
    const csv = await when.downloadsTheStatement()
    expect(csv).toContain('Weeding,Bob,-90,-1.5,-90')

    await when.signsInWith(BOB.email, bobCode)
    await then.balanceIs('1 h 30 min')
    await then.statementShows(['Weeding', 'Alice', '+1 h 30 min', '1 h 30 min'])
    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems('your time bank, 375 px')
    await then.fitsTheScreen('your time bank, 375 px')
    await when.signsOut()

    // The coordinator's report and the ward profile (which reads ward activity once: opened now).
    await page.setViewportSize({ width: 1280, height: 900 })
    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    const reports = timeBankReportsApp(page)
    await reports.when.reportsOpened()
    await reports.when.bankChosen(BANK)
    await expect(page.getByTestId('report-hours')).toHaveText('1.5')
    const thisMonth = new Date().toLocaleString('en-GB', { month: 'short', year: 'numeric' })
    await expect(
      page
        .getByRole('table', { name: 'Month by month' })
        .getByRole('row', { name: new RegExp(`^${thisMonth}`) }),
    ).toContainText('1.5')

    const analysis = gapAnalysisApp(page)
    await analysis.given.analysisOpened()
    await analysis.when.openProfile(WARD)
    await expect(
      page
        .getByRole('article', { name: /: ward profile$/ })
        .getByRole('definition')
        .filter({
          hasText: /given$/,
        }),
    ).toHaveText(/^\d+ members?, 1\.5 hours given$/)
  })
  // A coordinator acting for members who have no phone or email (digital exclusion is the norm
  // for many): records them, posts for them, introduces them, records what one gave the other
  // (posted at once); the coordinator's screens checked with axe at 1280 px and 375 px.
  test('a coordinator records members, acts for them, introduces them and records their exchange', async ({
    app,
    page,
  }) => {
    test.setTimeout(300_000)
    const { when, then } = timeBanksApp(page)
    await page.setViewportSize({ width: 1280, height: 900 })
    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await rolesApp(page).when.actAs('Time bank coordinator')
    await when.opensTheTimeBank()
    await when.coordinates()
    await when.recordsMember('Alice', 'CO1 1AA')
    await when.recordsMember('Bob', 'CO1 1AG')
    await then.hasNoSeriousAccessibilityProblems('coordinating, 1280 px')

    await when.actsFor('Alice')
    await when.posts({ direction: 'offer', skill: 'Gardening', title: 'Weeding and digging' })
    await when.backToTheBank()
    await when.actsFor('Bob')
    await when.posts({ direction: 'request', skill: 'Gardening', title: 'Help with my garden' })
    await when.showsMatchesFor('Help with my garden')
    await then.matchesShow('Help with my garden', /Alice: Weeding and digging/)
    await then.matchCountOnTheMap('Matches per ward: 1 ward')
    await then.hasNoSeriousAccessibilityProblems('acting for a member, with matches, 1280 px')
    await when.introduces('Alice', 'Bob')
    await when.backToTheBank()
    await then.introductionsShow('Bob (“Help with my garden”) to Alice (“Weeding and digging”)')

    await when.actsFor('Alice')
    await when.recordsExchange({
      gave: true,
      with: 'Bob',
      hours: 1,
      minutes: 30,
      description: 'Weeding',
    })
    await then.exchangeShows(/Alice gave Bob 1 h 30 min.*Confirmed/)
    await then.balanceIs('1 h 30 min')
    await then.printsTheStatementAlone('Alice')
    await when.backToTheBank()
    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems('coordinating, 375 px')
    await then.fitsTheScreen('coordinating, 375 px')
  })
})
