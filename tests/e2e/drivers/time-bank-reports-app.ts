// The time bank reports screen's domain driver: only this file knows how the screen is reached
// and read with Playwright.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

export function timeBankReportsApp(page: Page) {
  const screen = page.locator('#time-bank-reports')
  const when = {
    async reportsOpened() {
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: 'Time bank reports' })
        .click()
      await expect(
        page.getByRole('heading', { name: 'Time bank reports and settings' }),
      ).toBeVisible()
    },
    async bankChosen(name: string) {
      await screen.getByLabel('Time bank', { exact: true }).selectOption({ label: name })
    },
    async hourlyValueSaved(pounds: string, basis: string) {
      await screen.getByLabel('Hourly value for social value (£)').fill(pounds)
      await screen.getByLabel('What the hourly value is based on').fill(basis)
      await screen.getByRole('button', { name: 'Save the settings' }).click()
    },
    async investmentEntered(pounds: string) {
      await screen.getByLabel('Investment in the bank (£)').fill(pounds)
    },
    async widthIs(width: number) {
      await page.setViewportSize({ width, height: 900 })
    },
  }
  const then = {
    async reportShows(bank: string, hours: string) {
      await expect(
        screen.getByRole('heading', { name: `${bank}: the last 12 months` }),
      ).toBeVisible()
      await expect(screen.getByTestId('report-hours')).toHaveText(hours)
      await expect(
        screen.getByRole('table', { name: 'Month by month' }).getByRole('row'),
      ).toHaveCount(13)
    },
    async saved(bank: string) {
      await expect(screen.getByText(`Saved ${bank}.`)).toBeVisible()
    },
    async socialValueBasisIs(basis: string) {
      await expect(screen.getByText(`Basis: ${basis}.`)).toBeVisible()
    },
    async estimateIs(text: RegExp) {
      await expect(screen.getByTestId('social-value-estimate')).toHaveText(text)
    },
    async pageFitsItsWidth() {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    },
    /** Saves a screenshot of the whole screen with the test's results, for a person to look at. */
    async screenshotSaved(name: string) {
      await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
    },
    async noSeriousAccessibilityFindings() {
      const results = await new AxeBuilder({ page }).include('#time-bank-reports').analyze()
      expect(
        results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help}`),
      ).toEqual([])
    },
  }
  return { when, then }
}
