// Who is acting, in local mode: only this driver knows how the role is chosen and how the side
// panel's tabs and an asset's actions are found in the page.
import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import Papa from 'papaparse'

export type RoleLabel =
  | 'The public (signed out)'
  | 'Resident'
  | 'Community builder'
  | 'Network lead'
  | 'Time bank coordinator'
  | 'Partner organisation'
  | 'Safeguarding'
  | 'Administrator'

export function rolesApp(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Side panels' }).first()
  const details = page.getByTestId('asset-details')

  const when = {
    async actAs(role: RoleLabel) {
      const choice = page.getByLabel('Local mode — acting as')
      await choice.selectOption({ label: role })
      // The choice shows once the database has the new role (every panel then reads again).
      await expect(choice.locator('option:checked')).toHaveText(role)
    },
    async tickSensitivePlace() {
      const form = page.getByRole('form', { name: 'Add an asset' })
      // A change of role remounts the panels; open the Add tab once that has settled.
      await expect(async () => {
        await page.getByRole('tab', { name: /^Add/ }).click()
        await expect(form).toBeVisible({ timeout: 1000 })
      }).toPass()
      await form.getByRole('checkbox', { name: /Sensitive place/ }).check()
    },
    /** Downloads the list as CSV and gives its rows as objects keyed by the header. */
    async downloadAssetsCsv(): Promise<Array<Record<string, string>>> {
      await page.getByRole('tab', { name: /^Assets/ }).click()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download these assets (CSV)' }).click(),
      ])
      const text = readFileSync((await download.path())!, 'utf8')
      const [header, ...rows] = Papa.parse<string[]>(text.trim()).data
      return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])))
    },
    async approveInQueue(name: string) {
      await tabs.getByRole('tab', { name: /^Review/ }).click()
      await page.getByRole('button', { name: `Approve ${name}`, exact: true }).click()
    },
  }

  const then = {
    /** The side panel offers exactly these tabs (badges such as "(3)" left aside). */
    async tabsAre(names: string[]) {
      await expect
        .poll(async () =>
          (await tabs.getByRole('tab').allInnerTexts()).map((text) =>
            text.replace(/\s*\(\d+\)$/, ''),
          ),
        )
        .toEqual(names)
    },
    async editActionsOffered(offered: boolean) {
      await expect(details.getByRole('button', { name: 'Edit' })).toHaveCount(offered ? 1 : 0)
      await expect(details.getByRole('button', { name: 'Archive' })).toHaveCount(offered ? 1 : 0)
    },
    async actingAs(role: RoleLabel) {
      await expect(page.getByLabel('Local mode — acting as').locator('option:checked')).toHaveText(
        role,
      )
    },
  }

  return { when, then }
}
