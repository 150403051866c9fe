import { expect, test as base } from '@playwright/test'
import { collectConsoleErrors } from './console-errors'
import { residentsApp, type ResidentsApp } from './residents-app'

/**
 * Playwright's `test` with the residents' pages' driver as `residents`. Every test fails if the
 * page logged a console error, threw, or opened a dialog (a script typed into the form ran).
 */
export const test = base.extend<{ residents: ResidentsApp }>({
  // Named `provide`, not `use`, so that the React hooks lint does not take it for a hook.
  residents: async ({ page }, provide) => {
    const consoleErrors = collectConsoleErrors(page)
    const residents = residentsApp(page)
    await provide(residents)
    residents.then.noScriptRan()
    expect(consoleErrors.list(), 'console errors on the page').toEqual([])
  },
})
