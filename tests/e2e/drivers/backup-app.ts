// This device's database, in local mode: only this driver knows where backing up and restoring
// are found in the page.
import { expect, type Page } from '@playwright/test'

export function backupApp(page: Page) {
  const panel = page.locator('details').filter({ hasText: "This device's database" })
  const open = async () => {
    if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await panel.getByText("This device's database").click()
    }
  }

  const when = {
    /** Downloads a backup and returns where the file was saved. */
    async downloadBackup(): Promise<string> {
      await open()
      const download = page.waitForEvent('download')
      await panel.getByRole('button', { name: 'Download a backup' }).click()
      const file = await download
      expect(file.suggestedFilename()).toMatch(
        /^community-asset-map-backup-\d{4}-\d\d-\d\d\.tar\.gz$/,
      )
      return file.path()
    },
    async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
      await open()
      await panel.getByLabel('Restore from a backup file').setInputFiles(file)
    },
    /** Replaces the database with the chosen backup; returns once the app has reloaded. */
    async replaceDatabase() {
      // The app reloads to restore: waiting for it keeps later steps off the page it leaves.
      const reloaded = page.waitForEvent('load')
      await panel.getByRole('button', { name: "Replace this device's database" }).click()
      await reloaded
    },
  }

  const then = {
    async restoreOffers(summary: string | RegExp) {
      await expect(panel.getByRole('group', { name: 'Restore this backup?' })).toContainText(
        summary,
      )
    },
    async refuses(message: string) {
      await expect(panel.getByRole('alert')).toHaveText(message)
    },
  }

  return { when, then }
}
