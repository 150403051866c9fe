// The workshop panel's domain driver: opening a workshop, joining it by code, and what it lists.
import { expect, type Page } from '@playwright/test'

export function workshopApp(page: Page) {
  const tab = page
    .getByRole('tablist', { name: 'Side panels' })
    .first()
    .getByRole('tab', { name: /^Workshop/ })
  const mapped = page.getByRole('list', { name: 'Mapped in this workshop' })

  const when = {
    async openWorkshop(workshop: { name: string; place: string; date: string }): Promise<string> {
      await tab.click()
      const form = page.getByRole('form', { name: 'Open a workshop' })
      await form.getByLabel('Workshop name').fill(workshop.name)
      await form.getByLabel('Place').fill(workshop.place)
      await form.getByLabel('Date').fill(workshop.date)
      await form.getByRole('button', { name: 'Open workshop' }).click()
      const code = page.getByTestId('workshop-join-code')
      await expect(code).toHaveText(/\S{4,}/)
      return (await code.textContent()) ?? ''
    },
    async joinWorkshop(code: string) {
      await tab.click()
      const form = page.getByRole('form', { name: 'Join a workshop' })
      await form.getByLabel('Join code').fill(code.toLowerCase())
      await form.getByRole('button', { name: 'Join' }).click()
    },
    async openPanel() {
      await tab.click()
    },
  }

  const then = {
    async takingPartIn(name: string) {
      await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible()
    },
    async mappedListShows(assetName: string) {
      await tab.click()
      await expect(mapped.getByRole('listitem').filter({ hasText: assetName })).toHaveCount(1)
    },
  }
  return { when, then }
}
