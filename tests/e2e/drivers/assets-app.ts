// The assets side panel's domain driver: only this file knows how adding and listing assets is
// done in the page.
import { expect, type Page } from '@playwright/test'

export interface AssetTyped {
  name: string
  /** The kind as the form labels it, e.g. "Physical spaces". */
  kind: string
  description?: string
  lng: string
  lat: string
}

export function assetsApp(page: Page) {
  const form = page.getByRole('form', { name: 'Add an asset' })
  const table = page.getByRole('table', { name: 'Mapped assets' })

  const when = {
    async reloadPage() {
      await page.reload()
    },
    async addAsset(asset: AssetTyped) {
      await form.getByLabel('Name').fill(asset.name)
      await form.getByLabel('Kind').selectOption({ label: asset.kind })
      await form.getByLabel('Description (optional)').fill(asset.description ?? '')
      await form.getByLabel('Longitude').fill(asset.lng)
      await form.getByLabel('Latitude').fill(asset.lat)
      await form.getByRole('button', { name: 'Save asset' }).click()
    },
  }

  const then = {
    async databaseIsReady() {
      await expect(page.getByRole('status').filter({ hasText: 'Database ready' })).toBeAttached({
        timeout: 90_000,
      })
    },
    async listShows(name: string, details: { ward: string; status: string }) {
      const row = table.getByRole('row').filter({ hasText: name })
      await expect(row).toHaveCount(1)
      await expect(row.getByRole('cell').nth(2)).toHaveText(details.ward)
      await expect(row.getByRole('cell').nth(3)).toHaveText(details.status)
    },
    async nameFieldHolds(value: string) {
      await expect(form.getByLabel('Name')).toHaveValue(value)
    },
    async formSays(message: string | RegExp) {
      await expect(form.getByRole('alert')).toHaveText(message)
    },
  }

  return { when, then }
}
