// The asset import's domain driver: the spec says what a builder does ("imports a file", "ticks
// to leave the refused rows out"); only this file knows the import screen's controls.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export function importsApp(page: Page) {
  const screens = page.getByRole('navigation', { name: 'Screens' })
  const myImport = (fileName: string) =>
    page.getByRole('listitem').filter({ hasText: fileName }).first()

  const when = {
    async opensImport() {
      await screens.getByRole('link', { name: 'Import', exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Import assets' })).toBeVisible()
    },
    async opensMap() {
      await screens.getByRole('link', { name: 'Map', exact: true }).click()
    },
    async choosesFile(name: string, content: string) {
      await page
        .getByLabel('A spreadsheet (CSV or Excel), GeoJSON or a zipped Shapefile')
        .setInputFiles({
          name,
          mimeType: 'text/csv',
          buffer: Buffer.from(content),
        })
      await expect(
        page.getByRole('heading', { name: `Which column holds what in ${name}` }),
      ).toBeVisible()
    },
    async mapsColumn(field: string, column: string) {
      await page.getByLabel(field, { exact: true }).selectOption(column)
    },
    async keepsTheColumns() {
      await page.getByRole('button', { name: 'Use these columns' }).click()
    },
    async checksTheRows() {
      await page.getByRole('button', { name: 'Check the rows' }).click()
      await expect(page.getByRole('heading', { name: 'What the check found' })).toBeVisible()
    },
    async importsTheOtherRows(count: number) {
      await page.getByRole('checkbox', { name: /Import the other rows/ }).check()
      await page.getByRole('button', { name: `Import ${count} rows` }).click()
      await expect(page.getByRole('heading', { name: `${count} assets imported` })).toBeVisible()
    },
    async undoesTheImport(fileName: string) {
      await myImport(fileName)
        .getByRole('button', { name: /Undo this import/ })
        .click()
      await myImport(fileName).getByRole('button', { name: 'Yes, undo it' }).click()
    },
  }

  const then = {
    async previewSays(text: string | RegExp) {
      await expect(page.getByText(text)).toBeVisible()
    },
    async reportSays(text: string) {
      await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible()
    },
    async reportRowIs(name: string, result: string, reason: string | RegExp) {
      const row = page.getByRole('row').filter({ hasText: name }).filter({ hasText: result })
      await expect(row.getByRole('cell').nth(3)).toHaveText(reason)
    },
    async importIs(fileName: string, status: string) {
      await expect(myImport(fileName)).toContainText(status)
    },
    /** Nothing wider than the screen but the tables, which scroll in their own box. */
    async fitsTheScreen(where: string) {
      const wide = await page.locator('.import-page').evaluate((root) => {
        const edge = document.documentElement.clientWidth
        return [...root.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.offsetParent && el.getBoundingClientRect().right > edge + 1)
          .filter((el) => !el.closest('.import-table-wrap'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      })
      expect(wide, where).toEqual([])
    },
    async hasNoSeriousAccessibilityProblems(where: string) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .include('.import-page')
        .analyze()
      const serious = results.violations.filter((v) =>
        ['serious', 'critical'].includes(v.impact ?? ''),
      )
      expect(
        serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
        where,
      ).toEqual([])
    },
  }

  return { when, then }
}
