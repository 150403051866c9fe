// Who is acting, in local mode: only this driver knows how the role is chosen and how the side
// panel's tabs and an asset's actions are found in the page.
import { expect, type Page } from '@playwright/test'

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
      await page.getByLabel('Local mode — acting as').selectOption({ label: role })
      await expect(page.getByLabel('Local mode — acting as')).toHaveValue(/./)
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
