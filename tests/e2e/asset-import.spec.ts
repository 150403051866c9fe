import { assetsApp } from './drivers/assets-app'
import { importsApp } from './drivers/imports-app'
import { test } from './drivers/map-app-test'
import { rolesApp } from './drivers/roles-app'

// Issue #16's import on screen, in local mode: a builder brings in a small spreadsheet with one
// good row, one the map refuses (a kind it does not know) and one it warns of (the same kind a
// few metres from the first), leaves the refused row out, finds the asset in the list, and undoes
// the import, which archives its assets. Axe at 1280 px on the mapping, the report and the list, and
// at 375 px on the report.
const CENTRE: [number, number] = [0.4713, 51.729]
const FILE = 'halls.csv'
const CSV = [
  'Venue,Type,Latitude,Longitude',
  `Moulsham Import Hall,Physical spaces,${CENTRE[1]},${CENTRE[0]}`,
  `Rocket Club,Spaceships,${CENTRE[1]},${CENTRE[0] + 0.002}`,
  `Moulsham Hall Annexe,Physical spaces,${CENTRE[1] + 0.0001},${CENTRE[0]}`,
].join('\r\n')

test.describe('asset import (local mode)', () => {
  test('a builder imports a file, leaving out a refused row, finds the asset, and undoes the import', async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    const { when, then } = importsApp(page)
    await page.setViewportSize({ width: 1280, height: 900 })
    await app.given.appOpened({ basemap: 'builtin', view: { zoom: 15, centre: CENTRE } })
    await assets.given.databaseIsReady()
    await rolesApp(page).when.actAs('Community builder')

    await when.opensImport()
    await then.previewSays('You have not imported a file yet.')
    await when.choosesFile(FILE, CSV)
    await then.hasNoSeriousAccessibilityProblems('column mapping, 1280 px')
    // "Venue" says nothing plain: the builder names it; the other columns map themselves.
    await when.mapsColumn('Name', 'Venue')
    await when.keepsTheColumns()
    await then.previewSays('3 rows, all readable here; the check will apply the map’s own rules.')
    await when.checksTheRows()
    await then.reportSays('3 rows: 1 ready, 1 with a warning, 1 refused.')
    await then.reportRowIs('Rocket Club', 'Refused', /kind/i)
    await then.reportRowIs('Moulsham Hall Annexe', 'Warning', /Possibly the same as row 1/)
    await then.hasNoSeriousAccessibilityProblems('report, 1280 px')
    await page.setViewportSize({ width: 375, height: 812 })
    await then.hasNoSeriousAccessibilityProblems('report, 375 px')
    await then.fitsTheScreen('report, 375 px')
    await page.setViewportSize({ width: 1280, height: 900 })
    await when.importsTheOtherRows(2)
    await then.importIs(FILE, 'Imported')
    await then.hasNoSeriousAccessibilityProblems('imports, 1280 px')

    await when.opensMap()
    await assets.then.listShows('Moulsham Import Hall', { status: 'Approved' })
    await when.opensImport()
    await when.undoesTheImport(FILE)
    await then.importIs(FILE, 'Undone')
    await when.opensMap()
    await assets.then.listLacks('Moulsham Import Hall')
  })
})
