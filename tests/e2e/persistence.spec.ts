import { assetsApp } from './drivers/assets-app'
import { backupApp } from './drivers/backup-app'
import { readEssexWards, wardAt } from './drivers/essex-data'
import { test } from './drivers/map-app-test'

// Writtle, west of Chelmsford: a village hall a builder might pin in a workshop.
const WRITTLE: [number, number] = [0.4262, 51.7303]

test.describe('the local database', () => {
  test('keeps an asset added in the browser after the page is reloaded @smoke', async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    const { ward } = wardAt(readEssexWards(), WRITTLE)
    await app.given.appOpened({ basemap: 'builtin' })
    await assets.given.databaseIsReady()

    await assets.when.addAsset({
      name: 'Writtle Village Hall',
      kind: 'Physical spaces',
      lng: String(WRITTLE[0]),
      lat: String(WRITTLE[1]),
    })
    await assets.then.listShows('Writtle Village Hall', { ward: ward.name, status: 'Approved' })

    await assets.when.reloadPage()
    await assets.given.databaseIsReady()
    await assets.then.listShows('Writtle Village Hall', { ward: ward.name, status: 'Approved' })
  })

  test('refuses an asset outside Essex with the reason, keeping what was typed', async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assets.given.databaseIsReady()
    await assets.when.addAsset({
      name: 'Lighthouse',
      kind: 'Culture and heritage',
      lng: '2.5',
      lat: '52.2',
    })
    await assets.then.formSays(/outside the region/)
    await assets.then.nameFieldHolds('Lighthouse')
  })

  test("backs up this device's database to a file and restores it, refusing a file that is not one", async ({
    app,
    page,
  }) => {
    const assets = assetsApp(page)
    const backup = backupApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assets.given.databaseIsReady()
    await assets.when.addAsset({
      name: 'Kept in the backup',
      kind: 'Physical spaces',
      lng: String(WRITTLE[0]),
      lat: String(WRITTLE[1]),
    })
    await assets.then.listShows('Kept in the backup', { status: 'Approved' })
    const file = await backup.when.downloadBackup()
    await assets.when.addAsset({
      name: 'Added after the backup',
      kind: 'Physical spaces',
      lng: String(WRITTLE[0]),
      lat: String(WRITTLE[1] + 0.001),
    })
    await assets.then.listShows('Added after the backup', { status: 'Approved' })

    await backup.when.chooseFile({
      name: 'notes.tar.gz',
      mimeType: 'application/gzip',
      buffer: Buffer.from('not a database'),
    })
    await backup.then.refuses('This file is not a backup of Community Asset Map.')

    await backup.when.chooseFile(file)
    await backup.then.restoreOffers(/This backup holds \d+ assets?/)
    await backup.when.replaceDatabase()
    await assets.given.databaseIsReady()
    await assets.then.listShows('Kept in the backup', { status: 'Approved' })
    await assets.then.listLacks('Added after the backup')
  })
})
