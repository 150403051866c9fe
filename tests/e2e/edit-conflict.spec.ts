import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { collectConsoleErrors } from './drivers/console-errors'
import { test } from './drivers/map-app-test'

// Two builders (two tabs) edit the same asset; the second to save sees what the first changed
// and chooses, and loses nothing typed.
test('the second of two builders to save sees both versions and saves theirs on the new one', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000)
  const first = assetsApp(page)
  await app.given.appOpened({ basemap: 'builtin', view: { zoom: 15, centre: [0.4713, 51.729] } })
  await first.given.databaseIsReady()
  await first.when.addAsset({
    name: 'Oaklands Park Hall',
    kind: 'Physical spaces',
    lng: '0.4713',
    lat: '51.729',
  })
  await first.then.savedMessage('Oaklands Park Hall')

  const secondPage = await page.context().newPage()
  const secondErrors = collectConsoleErrors(secondPage)
  const second = assetsApp(secondPage)
  await secondPage.goto('/?basemap=builtin')
  await second.given.databaseIsReady()

  await first.when.selectInList('Oaklands Park Hall')
  await first.when.startEditing()
  await second.when.selectInList('Oaklands Park Hall')
  await second.when.startEditing()

  await first.when.typeInEditor({ name: 'Oaklands Hall', openingTimes: 'Mon–Fri 9–5' })
  await first.when.saveEdit()
  await first.then.detailsTitle('Oaklands Hall')

  await second.when.typeInEditor({
    name: 'Oaklands Park Pavilion',
    description: 'Café and toilets',
  })
  await second.when.saveEdit()
  await second.then.conflictShown()
  // Nothing typed is lost while deciding.
  await second.then.editorHolds('Name', 'Oaklands Park Pavilion')
  await second.then.editorHolds('Description (optional)', 'Café and toilets')
  await second.then.screenshotSaved(test.info().outputPath('conflict.png'))

  await second.when.chooseInConflict('Save mine on their version')
  await second.then.detailsTitle('Oaklands Park Pavilion')
  await second.then.detailsShow('Description', 'Café and toilets')
  // Their change to a field this builder left alone is kept.
  await second.then.detailsShow('Opening times', 'Mon–Fri 9–5')
  // And the first tab sees the result live.
  await first.then.listShows('Oaklands Park Pavilion', { status: 'Approved' })
  expect(secondErrors.list(), 'console errors in the second tab').toEqual([])
})
