import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'
import { rolesApp } from './drivers/roles-app'
import { timeBanksApp } from './drivers/time-banks-app'

// A time bank's round in local mode, set up as a coordinator would: a resident applies from the
// offer form and the coordinator approves her; a neighbour with no phone or email is recorded by
// the coordinator, who posts his request for him, and her offer for her. Her offer matches his
// request (in the list and as a ward count on the map); the coordinator records, for her, the hour
// and a half she gave him (a coordinator's record is confirmed at once); both balances and
// statements move. Local mode has one person on the device, who acts for members; a member
// recording and the other confirming, each signed in, is connected mode's (the same port and
// functions: tests/db/time-banks-port.test.ts). Every time bank screen is checked with axe at
// 1280 px and at 375 px.
const ALICE = {
  name: 'Alice',
  email: 'alice@example.test',
  postcode: 'CO1 1AA',
  gift: 'Gardening',
  bank: 'Colchester Time Bank',
}
const GAVE = 'Alice gave Bob 1 h 30 min'

test.describe('time banks (local mode)', () => {
  test('a request finds an offer, the exchange is recorded, and both balances and statements move', async ({
    app,
    page,
  }) => {
    test.setTimeout(360_000)
    const roles = rolesApp(page)
    const { when, then } = timeBanksApp(page)
    await page.setViewportSize({ width: 1280, height: 900 })
    await when.appliesFromTheOfferForm(ALICE)

    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await roles.when.actAs('Time bank coordinator')
    await when.opensTheTimeBank()
    await when.coordinates()
    await when.approves('Alice')
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
    await then.balanceIs('0 min')
    await when.recordsExchange({
      gave: true,
      with: 'Bob',
      hours: 1,
      minutes: 30,
      description: 'Weeding',
    })
    await then.exchangeShows(new RegExp(`${GAVE}.*Confirmed`))
    await then.balanceIs('1 h 30 min')
    await then.statementShows(['Weeding', 'Bob', '+1 h 30 min', '1 h 30 min'])
    const csv = await when.downloadsTheStatement()
    expect(csv).toContain('Weeding,Bob,90,1.5,90')
    await then.printsTheStatementAlone('Alice')
    await when.backToTheBank()

    await when.actsFor('Bob')
    await then.balanceIs('−1 h 30 min')
    await then.statementShows(['Weeding', 'Alice', '−1 h 30 min', '−1 h 30 min'])

    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems('acting for a member, 375 px')
    await then.fitsTheScreen('acting for a member, 375 px')
    await when.backToTheBank()
    await then.hasNoSeriousAccessibilityProblems('coordinating, 375 px')
    await then.fitsTheScreen('coordinating, 375 px')
  })
})
