import { assetsApp } from './drivers/assets-app'
import { giftCountsApp } from './drivers/gift-counts-app'
import { test } from './drivers/map-app-test'
import { rolesApp } from './drivers/roles-app'

// People offering gifts appear on the public map only as counts per ward: a ward of 5 or more has
// its figure, a smaller one is counted only in its authority's total (itself shown only from 5).
// Builders match residents to a place by distance band, never a distance. (Local mode; the data
// is recorded by a builder.)
test.describe('people offering gifts on the map, and matching them to a place', () => {
  test('the public sees a ward of 5, wards of 2 and 3 only in their total; a builder sees bands, no distances', async ({
    app,
    page,
  }) => {
    const gifts = giftCountsApp(page)
    const roles = rolesApp(page)
    // Waterhouse Farm (Chelmsford) from CM1 1AE; in Maldon, Wickham Bishops and Woodham 9 km away
    // and Heybridge West further.
    await gifts.given.offersRecorded([
      ...['Ada', 'Ben', 'Cat', 'Dev', 'Eve'].map((name) => ({ name, postcode: 'CM1 1AE' })),
      ...['Fay', 'Gus'].map((name) => ({ name, postcode: 'CM3 4BZ' })),
      ...['Hal', 'Ivo', 'Jo'].map((name) => ({ name, postcode: 'CM9 4AA' })),
    ])

    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await roles.when.actAs('The public (signed out)')
    await gifts.when.showsGiftsOnMap()
    await gifts.then.mapKeySays('1 ward has a figure.')
    await gifts.when.openTab('Gifts')
    await gifts.then.tableRowsAre([
      'Chelmsford (whole authority): 5',
      'Waterhouse Farm: 5',
      'Maldon (whole authority): 5',
      'Its wards: No figure per ward: 5 people together, counted in the total',
    ])
    await gifts.then.tableLacks('Wickham Bishops')
    await gifts.then.tableLacks('Heybridge West')
    await gifts.then.hasNoSeriousAccessibilityProblems('the gifts table and the key')

    await roles.when.actAs('Community builder')
    await gifts.when.matchesFromPostcode('CM1 1AE')
    await gifts.then.bandsAre(['Under 1 km (5)', '1 to 3 km (0)', 'Over 3 km (5)'])
    await gifts.then.matchShows('Ada', 'Phone 01245600700')
    await gifts.then.matchShows('Gus', 'Lives in Wickham Bishops and Woodham')
    await gifts.then.noDistanceShown()
    await gifts.then.hasNoSeriousAccessibilityProblems('the matches')
  })
})
