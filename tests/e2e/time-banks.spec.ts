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
// 375 px. (The coordinator acting for members is tests/db/time-banks-port.test.ts's and the Time
// bank tab's own screens, tests/e2e/time-bank-reports.spec.ts the reports'.)
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
})
