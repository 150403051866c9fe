import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { collectConsoleErrors } from './drivers/console-errors'
import { test } from './drivers/map-app-test'
import { workshopApp } from './drivers/workshop-app'

// Two tabs of one browser stand for two builders at one laptop in local mode: they share the
// local database, and each sees the other's new pins appear without reloading.
test.describe('A workshop in local mode', () => {
  test('a pin added in one tab appears in the other, tagged to the workshop, without a reload', async ({
    app,
    page,
  }) => {
    test.setTimeout(240_000)
    const host = { assets: assetsApp(page), workshop: workshopApp(page) }
    await app.given.appOpened({ basemap: 'builtin' })
    await host.assets.given.databaseIsReady()
    const code = await host.workshop.when.openWorkshop({
      name: 'Writtle asset mapping',
      place: 'Writtle Library',
      date: '2026-11-28',
    })

    const second = await page.context().newPage()
    const secondErrors = collectConsoleErrors(second)
    const guest = { assets: assetsApp(second), workshop: workshopApp(second) }
    await second.goto('/?basemap=builtin')
    await guest.assets.given.databaseIsReady()
    await guest.workshop.when.joinWorkshop(code)
    await guest.workshop.then.takingPartIn('Writtle asset mapping')

    await host.assets.when.addAsset({
      name: 'Writtle Green',
      kind: 'Physical spaces',
      lng: '0.4274',
      lat: '51.7296',
    })
    await host.assets.then.savedMessage('Writtle Green')
    // The other tab never reloads: the pin arrives through the live change feed.
    await guest.workshop.then.mappedListShows('Writtle Green')
    await guest.assets.then.listShows('Writtle Green', { status: 'Approved' })

    await guest.assets.when.addAsset({
      name: 'Writtle Cricket Club',
      kind: 'Associations and groups',
      lng: '0.4301',
      lat: '51.7310',
    })
    await host.workshop.then.mappedListShows('Writtle Cricket Club')
    await host.workshop.then.mappedListShows('Writtle Green')
    await host.assets.then.screenshotSaved(test.info().outputPath('workshop-host.png'))
    expect(secondErrors.list(), 'console errors in the second tab').toEqual([])
  })
})
