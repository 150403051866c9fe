import { readEssexWards } from './drivers/essex-data'
import { test } from './drivers/map-app-test'

const wards = readEssexWards()

test.describe('With no network beyond the app itself', () => {
  test('falls back to the built-in style and still draws every ward', async ({
    app: { given, then },
  }) => {
    await given.otherHostsBlocked()
    await given.appOpened()
    await then.basemapFallbackNoteShown()
    await then.wardsDrawn(wards.length)
    then.requestsToOtherHostsWereBlocked()
    await then.screenshotSaved('offline-fallback')
  })
})
