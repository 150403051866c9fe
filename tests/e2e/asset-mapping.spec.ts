import { assetsApp } from './drivers/assets-app'
import { readEssexWards, wardWellInside } from './drivers/essex-data'
import { test } from './drivers/map-app-test'

// Chelmsford, Moulsham Street, at street zoom: the map's centre is well inside one ward.
const CENTRE: [number, number] = [0.4713, 51.729]
const wards = readEssexWards()

test.describe('Asset mapping', () => {
  test('a builder adds an asset by clicking the map and by postcode, and finds each in the list', async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    const clickedWard = wardWellInside(wards, CENTRE, 150)
    await app.given.appOpened({ basemap: 'builtin', view: { zoom: 15, centre: CENTRE } })
    await assets.given.databaseIsReady()

    await assets.when.addAssetByMapClick({
      name: 'Moulsham Community Garden',
      kind: 'Physical spaces',
      tags: 'outdoors, free',
    })
    await assets.then.savedMessage('Moulsham Community Garden')
    await assets.then.listShows('Moulsham Community Garden', {
      ward: clickedWard.name,
      status: 'Approved',
      kind: 'Physical spaces',
    })

    // CM1 1AF is a real Chelmsford postcode in the shared postcode file.
    const postcodeWard = wardWellInside(wards, [0.472671, 51.738227], 20)
    await assets.when.addAssetByPostcode('cm1 1af', {
      name: 'Friday Repair Café',
      kind: 'Local economy',
    })
    await assets.then.savedMessage('Friday Repair Café')
    await assets.then.listShows('Friday Repair Café', {
      ward: postcodeWard.name,
      status: 'Approved',
    })

    // The list follows the same filters as the map: search, then kind.
    await assets.when.searchList('repair cafe')
    await assets.then.listShows('Friday Repair Café', {})
    await assets.then.listLacks('Moulsham Community Garden')
    await assets.when.searchList('')
    await assets.when.showOnlyKind('Physical spaces')
    await assets.then.listShows('Moulsham Community Garden', {})
    await assets.then.listLacks('Friday Repair Café')
    await assets.then.screenshotSaved(test.info().outputPath('assets-added.png'))
  })

  test('a builder edits an asset, drags its pin, and archives it', async ({ app, page }) => {
    const assets = assetsApp(page)
    await app.given.appOpened({ basemap: 'builtin', view: { zoom: 15, centre: CENTRE } })
    await assets.given.databaseIsReady()
    await assets.when.addAsset({
      name: 'Moulsham Library',
      kind: 'Institutions',
      lng: String(CENTRE[0]),
      lat: String(CENTRE[1]),
    })
    await assets.then.savedMessage('Moulsham Library')

    await assets.when.selectInList('Moulsham Library')
    await assets.then.popupShows('Moulsham Library')
    await assets.when.editSelected({ name: 'Moulsham Lodge Library', openingTimes: 'Tue–Sat 9–5' })
    await assets.then.detailsTitle('Moulsham Lodge Library')
    await assets.then.detailsShow('Opening times', 'Tue–Sat 9–5')
    await assets.then.listShows('Moulsham Lodge Library', { status: 'Approved' })

    const before = await assets.then.detailsValue('Location')
    await assets.when.dragSelectedPin(120, 0)
    await assets.then.locationMovedEastOf(before)
    await assets.then.historyMentions(/You changed/)
    await assets.then.screenshotSaved(test.info().outputPath('asset-moved.png'))

    await assets.when.archiveSelected()
    await assets.then.detailsShow('Status', 'Archived')
    // Archived assets are not in the default view (pending and approved) until asked for.
    await assets.then.listLacks('Moulsham Lodge Library')
    await assets.when.showStatus('Archived')
    await assets.then.listShows('Moulsham Lodge Library', { status: 'Archived' })
  })
})
