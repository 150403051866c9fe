import { expect, test } from '@playwright/test'
import { collectConsoleErrors } from './drivers/console-errors'
import { exitThisPageApp } from './drivers/exit-this-page-app'

// Issue #15: "Exit this page" leaves at once by click and by Shift pressed three times, for the
// configured neutral page, and the browser's Back does not return to the page.
test.describe('Exit this page', () => {
  test('leaves /offer with one press, and Back skips the form', async ({ page }) => {
    const errors = collectConsoleErrors(page)
    const app = exitThisPageApp(page)
    await app.given.sitesOutside()
    await app.given.pageOpened('/offer', /offer/i)
    await app.when.pressesExit()
    await app.then.isOnNeutralPage()
    await app.when.goesBack()
    await app.then.isOnPreviousSite()
    expect(errors.list()).toEqual([])
  })

  test('leaves /privacy when Shift is pressed three times, and Back skips it', async ({ page }) => {
    const app = exitThisPageApp(page)
    await app.given.sitesOutside()
    await app.given.pageOpened('/privacy', /Privacy notice/)
    await app.when.pressesShiftThreeTimes()
    await app.then.isOnNeutralPage()
    await app.when.goesBack()
    await app.then.isOnPreviousSite()
  })

  test('a partner records champions; the support pages pass axe at 375 and 1280 px, replace each other, and Shift ×3 leaves them with no way Back', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page)
    const app = exitThisPageApp(page)
    await app.given.sitesOutside()
    await app.given.viewport(375)
    await app.given.pageOpened(
      '/support/champions/record?basemap=builtin',
      'Record trained community champions',
    )
    await app.when.actsAs('Partner organisation')
    await app.then.axeFindsNothingSerious('/support/champions/record at 375 px')
    await app.when.recordsChampions('Moulsham and Central (Chelmsford)', 7)
    await app.given.viewport(1280)
    await app.then.axeFindsNothingSerious('/support/champions/record at 1280 px')
    await app.when.followsLink('community champions page', 'Trained community champions')
    await app.then.championsTableShows('Moulsham and Central', 7)
    await app.when.followsLink('Get help', 'Domestic abuse: get help')
    await app.then.seesText('0808 2000 247')
    await app.then.seesText(/Support services|No support service/)
    await app.then.axeFindsNothingSerious('/support at 1280 px')
    await app.given.viewport(375)
    await app.then.exitVisibleAtTop()
    await app.then.axeFindsNothingSerious('/support at 375 px')
    await app.when.followsLink('Safe spaces', 'Safe spaces near you')
    await app.then.axeFindsNothingSerious('/support/safe-spaces at 375 px')
    await app.when.pressesShiftThreeTimes()
    await app.then.isOnNeutralPage()
    await app.when.goesBack()
    await app.then.isOnPreviousSite()
    expect(errors.list()).toEqual([])
  })
})
