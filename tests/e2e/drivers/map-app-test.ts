import { expect, test as base } from '@playwright/test'
import { collectConsoleErrors } from './console-errors'
import { mapApp, type MapApp } from './map-app'

/**
 * Playwright's `test` with the map screen's driver as `app`. Every test fails if the page logged a
 * console error or threw, unless the test declared that error expected (see `otherHostsBlocked`).
 */
export const test = base.extend<{ app: MapApp }>({
  // Named `provide`, not `use`, so that the React hooks lint does not take it for a hook.
  app: async ({ page }, provide) => {
    const consoleErrors = collectConsoleErrors(page)
    await provide(mapApp(page, consoleErrors))
    expect(consoleErrors.list(), 'console errors on the page').toEqual([])
  },
})
