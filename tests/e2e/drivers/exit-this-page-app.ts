// The driver for "Exit this page": the spec says what a person does (presses the button, presses
// Shift three times, goes Back) and what they see; only this file knows Playwright. The configured
// neutral page and the site visited before are served by the test itself (page.route), so nothing
// is fetched from another host.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { builtConfig } from './built-config'

const PREVIOUS_SITE = 'https://previous-site.test/'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

const html = (title: string) => ({
  status: 200,
  contentType: 'text/html',
  body: `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`,
})

export function exitThisPageApp(page: Page) {
  const exitButton = page.getByRole('button', { name: 'Emergency Exit this page' })
  return {
    given: {
      /** A neutral page at the configured address, and a site the person was on before. */
      async sitesOutside() {
        await page.route(builtConfig.exitPageUrl, (route) => route.fulfill(html('Weather')))
        await page.route(PREVIOUS_SITE, (route) => route.fulfill(html('A site visited before')))
        await page.goto(PREVIOUS_SITE)
      },
      async pageOpened(path: string, heading: string | RegExp) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      },
      async viewport(width: number) {
        await page.setViewportSize({ width, height: 800 })
      },
    },
    when: {
      async pressesExit() {
        await exitButton.click()
      },
      async pressesShiftThreeTimes() {
        for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift')
      },
      async followsLink(name: string, heading: string | RegExp) {
        await page.getByRole('link', { name, exact: true }).click()
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      },
      async goesBack() {
        await page.goBack()
      },
      /** In local mode, acts as `role` (the device's user chooses whom they act as). */
      async actsAs(role: string) {
        await page.getByLabel('Local mode — acting as').selectOption({ label: role })
      },
      async recordsChampions(ward: string, champions: number) {
        await page.getByLabel('Ward').selectOption({ label: ward })
        await page.getByLabel('Trained champions').fill(String(champions))
        await page.getByRole('button', { name: 'Save the count' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'recorded' })).toBeVisible()
      },
    },
    then: {
      async exitVisibleAtTop() {
        await expect(exitButton).toBeInViewport()
        await page.mouse.wheel(0, 2000)
        await expect(exitButton).toBeInViewport()
      },
      async isOnNeutralPage() {
        await expect(page).toHaveURL(builtConfig.exitPageUrl)
        await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible()
      },
      async isOnPreviousSite() {
        await expect(page).toHaveURL(PREVIOUS_SITE)
      },
      async championsTableShows(ward: string, champions: number) {
        await expect(
          page.getByRole('row', { name: new RegExp(`^${ward} ${champions}$`) }),
        ).toBeVisible()
      },
      async seesText(text: string | RegExp) {
        await expect(page.getByText(text).first()).toBeVisible()
      },
      async axeFindsNothingSerious(where: string) {
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${where}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`)
        expect(serious).toEqual([])
      },
    },
  }
}
