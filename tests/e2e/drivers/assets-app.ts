// The asset mapping screens' domain driver: only this file knows how adding, finding, editing,
// moving, archiving and reviewing assets is done in the page.
import { expect, type Locator, type Page } from '@playwright/test'

export interface AssetTyped {
  name: string
  /** The kind as the form labels it, e.g. "Physical spaces". */
  kind: string
  description?: string
  openingTimes?: string
  tags?: string
  lng?: string
  lat?: string
}

export function assetsApp(page: Page) {
  const sidePanels = page.getByRole('tablist', { name: 'Side panels' }).first()
  const addForm = page.getByRole('form', { name: 'Add an asset' })
  const editForm = page.getByRole('form', { name: /^Edit “/ })
  const table = page.getByRole('table', { name: 'Mapped assets' })
  const details = page.getByTestId('asset-details')
  const popup = page.getByTestId('asset-popup')
  const canvas = page.locator('.maplibregl-canvas')

  const openTab = async (name: 'Wards' | 'Assets' | 'Add' | 'Review' | 'Workshop') => {
    await sidePanels.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
  }
  const fill = async (form: Locator, asset: Partial<AssetTyped>) => {
    if (asset.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(asset.name)
    if (asset.kind !== undefined) await form.getByLabel('Kind').selectOption({ label: asset.kind })
    if (asset.description !== undefined) {
      await form.getByLabel('Description (optional)').fill(asset.description)
    }
    if (asset.openingTimes !== undefined) {
      await form.getByLabel('Opening times (optional)').fill(asset.openingTimes)
    }
    if (asset.tags !== undefined) await form.getByLabel('Tags (optional)').fill(asset.tags)
    if (asset.lng !== undefined) await form.getByLabel('Longitude').fill(asset.lng)
    if (asset.lat !== undefined) await form.getByLabel('Latitude').fill(asset.lat)
  }
  const row = (name: string) => table.getByRole('row').filter({ hasText: name })

  const given = {
    async databaseIsReady() {
      await expect(page.getByRole('status').filter({ hasText: 'Database ready' })).toBeAttached({
        timeout: 90_000,
      })
    },
  }

  const when = {
    openTab,
    async reloadPage() {
      await page.reload()
    },
    /** Types an asset with its coordinates and saves it. */
    async addAsset(asset: AssetTyped) {
      await openTab('Add')
      await fill(addForm, asset)
      await addForm.getByRole('button', { name: 'Save asset' }).click()
    },
    /** Clicks the map (offset from its centre, in pixels) to place the pin, types and saves. */
    async addAssetByMapClick(asset: AssetTyped, offset = { x: 0, y: 0 }) {
      await openTab('Add')
      const box = await canvas.boundingBox()
      if (!box) throw new Error('The map is not on screen')
      await canvas.click({
        position: { x: box.width / 2 + offset.x, y: box.height / 2 + offset.y },
      })
      await expect(addForm.getByLabel('Longitude')).not.toHaveValue('')
      await fill(addForm, asset)
      await addForm.getByRole('button', { name: 'Save asset' }).click()
    },
    async addAssetByPostcode(postcode: string, asset: AssetTyped) {
      await openTab('Add')
      await addForm.getByLabel('Find a postcode (optional)').fill(postcode)
      await addForm.getByRole('button', { name: 'Find postcode' }).click()
      await expect(addForm.getByRole('status')).toContainText('Placed at')
      await fill(addForm, asset)
      await addForm.getByRole('button', { name: 'Save asset' }).click()
    },
    async searchList(text: string) {
      await openTab('Assets')
      await page.getByLabel('Search assets').fill(text)
    },
    async showOnlyKind(kindLabel: string) {
      await openTab('Assets')
      await page.getByRole('group', { name: 'Kind (map key)' }).getByLabel(kindLabel).check()
    },
    async showStatus(statusLabel: string) {
      await openTab('Assets')
      const more = page.locator('.asset-filters__more')
      if (!(await more.evaluate((el) => (el as HTMLDetailsElement).open))) {
        await more.locator('summary').click()
      }
      await page.getByRole('group', { name: 'Status' }).getByLabel(statusLabel).check()
    },
    async selectInList(name: string) {
      await openTab('Assets')
      await row(name).getByRole('button', { name }).click()
    },
    async editSelected(changes: Partial<AssetTyped>) {
      await details.getByRole('button', { name: 'Edit' }).click()
      await fill(editForm, changes)
      await editForm.getByRole('button', { name: 'Save changes' }).click()
    },
    async startEditing() {
      await details.getByRole('button', { name: 'Edit' }).click()
      await expect(editForm).toBeVisible()
    },
    async typeInEditor(changes: Partial<AssetTyped>) {
      await fill(editForm, changes)
    },
    async saveEdit() {
      await editForm.getByRole('button', { name: 'Save changes' }).click()
    },
    async chooseInConflict(choice: 'Keep theirs' | 'Save mine on their version') {
      await page
        .getByRole('alert')
        .filter({ hasText: 'Someone else saved' })
        .getByRole('button', { name: choice })
        .click()
    },
    /** Starts a move, drags the pin by (dx, dy) pixels and saves the new location. */
    async dragSelectedPin(dx: number, dy: number) {
      await details.getByRole('button', { name: 'Move pin' }).click()
      const pin = page.getByTestId('move-pin')
      await expect(pin).toBeVisible()
      const box = await pin.boundingBox()
      if (!box) throw new Error('The pin is not on screen')
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      await page.mouse.move(x, y)
      await page.mouse.down()
      for (let step = 1; step <= 5; step++)
        await page.mouse.move(x + (dx * step) / 5, y + (dy * step) / 5)
      await page.mouse.up()
      await details.getByRole('button', { name: 'Save new location' }).click()
      await expect(details.getByRole('button', { name: 'Move pin' })).toBeVisible()
    },
    async archiveSelected() {
      await details.getByRole('button', { name: 'Archive' }).click()
    },
    async clickPinOnMap() {
      const box = await canvas.boundingBox()
      if (!box) throw new Error('The map is not on screen')
      await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } })
    },
  }

  const then = {
    /** Kept for specs written before `given.databaseIsReady`. */
    databaseIsReady: given.databaseIsReady,
    async addFormSays(message: string | RegExp) {
      await expect(addForm.getByRole('alert').filter({ hasText: message })).toBeVisible()
    },
    async savedMessage(name: string) {
      await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible()
    },
    async nameFieldHolds(value: string) {
      await expect(addForm.getByLabel('Name', { exact: true })).toHaveValue(value)
    },
    async formSays(message: string | RegExp) {
      await expect(addForm.getByRole('alert').filter({ hasText: message })).toBeVisible()
    },
    async listShows(name: string, expected: { ward?: string; status?: string; kind?: string }) {
      await openTab('Assets')
      await expect(row(name)).toHaveCount(1)
      if (expected.kind) await expect(row(name).getByRole('cell').nth(1)).toHaveText(expected.kind)
      if (expected.ward) await expect(row(name).getByRole('cell').nth(2)).toHaveText(expected.ward)
      if (expected.status)
        await expect(row(name).getByRole('cell').nth(3)).toHaveText(expected.status)
    },
    async listLacks(name: string) {
      await openTab('Assets')
      await expect(row(name)).toHaveCount(0)
    },
    async listCount(text: string | RegExp) {
      await expect(page.locator('.asset-browser__count')).toHaveText(text)
    },
    async detailsShow(label: string, value: string | RegExp) {
      const fact = details
        .locator('.asset-details__fact')
        .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      await expect(fact.getByRole('definition')).toHaveText(value)
    },
    async detailsValue(label: string): Promise<string> {
      const fact = details.locator('.asset-details__fact').filter({
        has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }),
      })
      return (await fact.getByRole('definition').textContent()) ?? ''
    },
    /** The details' location ("lat, long") has moved east of the one given. */
    async locationMovedEastOf(before: string) {
      const longitude = (text: string) => Number(text.split(',')[1]?.trim().split(' ')[0])
      await expect
        .poll(async () => longitude(await then.detailsValue('Location')))
        .toBeGreaterThan(longitude(before))
    },
    async detailsTitle(name: string) {
      await expect(details.getByRole('heading', { level: 3 })).toHaveText(name)
    },
    /** Opens the selected asset's history and waits for a change naming these words. */
    async historyMentions(words: string | RegExp) {
      const history = details.locator('details.asset-history')
      if (!(await history.evaluate((el) => (el as HTMLDetailsElement).open))) {
        await history.locator('summary').click()
      }
      await expect(history.getByRole('listitem').filter({ hasText: words }).first()).toBeVisible()
    },
    async popupShows(name: string) {
      await expect(popup.locator('.asset-popup__name')).toHaveText(name)
    },
    async coordinatesTyped(): Promise<[number, number]> {
      return [
        Number(await addForm.getByLabel('Longitude').inputValue()),
        Number(await addForm.getByLabel('Latitude').inputValue()),
      ]
    },
    async conflictShown() {
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: 'Someone else saved this asset while you were editing' }),
      ).toBeVisible()
    },
    async editorHolds(label: string, value: string) {
      await expect(editForm.getByLabel(label, { exact: true })).toHaveValue(value)
    },
    async screenshotSaved(path: string) {
      await page.screenshot({ path, fullPage: false })
    },
  }

  return { given, when, then }
}
