import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'

// What a person types reaches the page only as text: a name or description carrying HTML or
// script is shown as those characters in the popup, the list and the details, and never runs.
const NAME = '<img src=x onerror="window.__xss=1;alert(1)">Hall'
const DESCRIPTION = '<script>window.__xss=2</script><b>bold?</b>'

test('names and descriptions holding HTML or script render as text everywhere', async ({
  app,
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const assets = assetsApp(page)
  await app.given.appOpened({ basemap: 'builtin', view: { zoom: 15, centre: [0.4713, 51.729] } })
  await assets.given.databaseIsReady()
  await assets.when.addAsset({
    name: NAME,
    kind: 'Culture and heritage',
    description: DESCRIPTION,
    lng: '0.4713',
    lat: '51.729',
  })
  await assets.then.listShows(NAME, {})
  await assets.when.selectInList(NAME)
  await assets.then.popupShows(NAME)
  await assets.then.detailsTitle(NAME)
  await assets.then.detailsShow('Description', DESCRIPTION)

  await expect(page.getByTestId('asset-popup')).toContainText(DESCRIPTION)
  expect(await page.locator('.asset-popup img, .asset-table img, .asset-details img').count()).toBe(
    0,
  )
  expect(await page.locator('.asset-popup b, .asset-details b, .asset-table b').count()).toBe(0)
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
  expect(dialogs).toEqual([])
})
