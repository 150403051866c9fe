import { expect, test } from '@playwright/test'
import { collectConsoleErrors } from './drivers/console-errors'
import { assetsApp } from './drivers/assets-app'
import { exitThisPageApp } from './drivers/exit-this-page-app'
import { partnersApp, type NewScheme } from './drivers/partners-app'
import { rolesApp } from './drivers/roles-app'

const ME = 'you@this-device.local'
const CHARITY = 'Chelmsford Women’s Aid'
const PHARMACY = 'Moulsham Street Pharmacy'
const OUTREACH: NewScheme = {
  name: 'Community outreach',
  themes: ['Domestic abuse'],
  audience: 'Everyone',
  wards: ['Moulsham and Central'],
  howToGetHelp: 'Call and ask for the outreach team; we can meet you somewhere safe.',
  phone: '01245 000 111',
}
const SAFE_SPACE: NewScheme = {
  name: 'Ask for ANI at the pharmacy',
  kind: 'A public safe space (e.g. Ask for ANI)',
  themes: ['Domestic abuse'],
  audience: 'Everyone',
  wards: [],
  places: [PHARMACY],
}

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

  test('a partner lists a support service and a safe space and records champions; the support pages show them, pass axe at 375 and 1280 px, replace each other, and Shift ×3 leaves them with no way Back', async ({
    page,
  }) => {
    test.setTimeout(240_000)
    const errors = collectConsoleErrors(page)
    const app = exitThisPageApp(page)
    const roles = rolesApp(page)
    const partners = partnersApp(page)
    const assets = assetsApp(page)
    // An administrator pins a pharmacy and makes this device's user a person of a charity; as
    // its partner, they list an outreach service and the pharmacy as a safe space.
    await app.given.viewport(1280)
    await page.goto('/?basemap=builtin')
    await assets.given.databaseIsReady()
    await roles.when.actAs('Administrator')
    await assets.when.addAsset({
      name: PHARMACY,
      kind: 'Local economy',
      lng: '0.4713',
      lat: '51.7318',
    })
    await assets.then.savedMessage(PHARMACY)
    await partners.when.opensPartners()
    await partners.when.opensOrganisation(CHARITY)
    await partners.when.addsPerson(ME, CHARITY)
    await roles.when.actAs('Partner organisation')
    await partners.when.opensPartners()
    await partners.when.addsScheme(OUTREACH)
    await partners.when.addsScheme(SAFE_SPACE)

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
    await app.then.seesText(OUTREACH.name)
    await app.then.seesText(OUTREACH.phone!)
    await app.then.axeFindsNothingSerious('/support at 1280 px')
    await app.given.viewport(375)
    await app.then.exitVisibleAtTop()
    await app.then.axeFindsNothingSerious('/support at 375 px')
    await app.when.followsLink('Safe spaces', 'Safe spaces near you')
    await app.then.seesText(SAFE_SPACE.name)
    await app.then.seesText(PHARMACY)
    await app.then.axeFindsNothingSerious('/support/safe-spaces at 375 px')
    await app.given.viewport(1280)
    await app.then.axeFindsNothingSerious('/support/safe-spaces at 1280 px')
    await app.when.pressesShiftThreeTimes()
    await app.then.isOnNeutralPage()
    await app.when.goesBack()
    await app.then.isOnPreviousSite()
    expect(errors.list()).toEqual([])
  })
})
