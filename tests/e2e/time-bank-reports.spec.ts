import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'
import { rolesApp } from './drivers/roles-app'
import { timeBankReportsApp } from './drivers/time-bank-reports-app'

// An administrator (who coordinates every bank too) opens the time bank reports: the year's
// report for a bank with nothing exchanged yet, social value with its basis and the NEF estimate,
// and the bank's settings saved; at a phone's width and a desk's, with no serious axe finding.
test.describe('time bank reports and settings (local mode)', () => {
  test('an administrator reads a bank’s report and changes its hourly value', async ({
    app,
    page,
  }) => {
    const reports = timeBankReportsApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await rolesApp(page).when.actAs('Administrator')
    await reports.when.reportsOpened()
    await reports.when.bankChosen('Tendring Time Bank')
    await reports.then.reportShows('Tendring Time Bank', '0')
    await reports.when.hourlyValueSaved('15.00', 'Essex volunteer hour, 2026')
    await reports.then.saved('Tendring Time Bank')
    await reports.then.socialValueBasisIs('Essex volunteer hour, 2026')
    await reports.when.investmentEntered('10000')
    await reports.then.estimateIs(/^Estimate: £30,000 of social value from £10,000 invested/)
    for (const width of [1280, 375]) {
      await reports.when.widthIs(width)
      await reports.then.pageFitsItsWidth()
      await reports.then.noSeriousAccessibilityFindings()
      await reports.then.screenshotSaved(`time-bank-reports-${width}`)
    }
  })
})
