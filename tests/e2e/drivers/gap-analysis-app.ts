// The gap analysis screen's domain driver: only this file knows how the analysis is opened,
// changed, read and exported in the page.
import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import type { RegionTexts } from '../../../src/core/analysis/parse-region'

export interface RankedRow {
  name: string
  reason: string
}

export function gapAnalysisApp(page: Page) {
  const status = page.locator('.gap-status')
  const map = page.locator('.gap-map')
  const legend = page.getByRole('table', { name: /^Need × supply/ })
  const ranking = page.getByRole('table', { name: 'Wards ranked by gap' })
  const profile = page.getByRole('article', { name: /: ward profile$/ })
  const planned = page.getByRole('form', { name: 'Try a planned asset' })
  const rowOf = (name: string) =>
    ranking
      .locator('tbody tr')
      .filter({ has: page.getByRole('button', { name: `Show ${name} on the map` }) })

  const provisional = page.getByTestId('gap-provisional')
  const downloadRanking = page.getByRole('button', { name: 'Download the ranking (CSV)' })

  const given = {
    /**
     * The local database's snapshot is held back until the returned function is called, so the
     * analysis ranks before the assets can be read (a first visit on a slow line).
     */
    async assetsHeldBack(): Promise<() => void> {
      let release = () => {}
      const released = new Promise<void>((resolve) => (release = resolve))
      await page.context().route('**/generated/db/snapshot.pgdata', async (route) => {
        await released
        await route.continue()
      })
      return release
    },
    /** Opens the analysis straight from a link, as a lead would open a shared view. */
    async analysisOpened(settings: Record<string, string> = {}) {
      const search = new URLSearchParams({ basemap: 'builtin', view: 'analysis', ...settings })
      await page.goto(`/?${search.toString()}`)
    },
    /** The region file is served changed, e.g. with a value that is not a number. */
    async regionServedWith(change: (texts: RegionTexts) => RegionTexts) {
      await page.context().route('**/generated/region/analysis-region.json', async (route) => {
        const response = await route.fetch()
        const file = (await response.json()) as { format: string; texts: RegionTexts }
        await route.fulfill({ response, json: { ...file, texts: change(file.texts) } })
      })
    },
  }

  const when = {
    async openAnalysisFromHeader() {
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: 'Gap analysis' })
        .click()
    },
    async chooseWalkingDistance(metres: number) {
      await page.getByLabel('Walking distance', { exact: true }).selectOption(String(metres))
    },
    async addPlannedAsset(asset: { kind: string; lng: string; lat: string }) {
      await planned.getByLabel('Kind').selectOption({ label: asset.kind })
      await planned.getByLabel('Longitude').fill(asset.lng)
      await planned.getByLabel('Latitude').fill(asset.lat)
      await planned.getByRole('button', { name: 'Add to the analysis' }).click()
    },
    async removePlannedAssets() {
      await planned.getByRole('button', { name: 'Remove planned assets' }).click()
    },
    async openProfile(wardName: string) {
      await rowOf(wardName)
        .getByRole('button', { name: `Profile of ${wardName}` })
        .click()
    },
    async reloadPage() {
      await page.reload()
    },
    /** Clicks "Download CSV" on the profile and returns the file's rows. */
    async downloadProfileCsv(): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        profile.page().getByRole('button', { name: 'Download CSV' }).click(),
      ])
      const path = await download.path()
      const parsed = Papa.parse<Record<string, string>>(
        readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
        { header: true, skipEmptyLines: true },
      )
      return { fields: parsed.meta.fields ?? [], rows: parsed.data }
    },
    /** Clicks "Download charts (PNG)" and returns the file's first bytes and size. */
    async downloadProfilePng(): Promise<Buffer> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download charts (PNG)' }).click(),
      ])
      return readFileSync(await download.path())
    },
  }

  const then = {
    /** The worker has ranked with the settings on screen, from this many database assets. */
    async analysisReady(counts: { assets: number; planned?: number }) {
      await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 90_000 })
      const planned = counts.planned ? ` and ${counts.planned} planned` : ''
      await expect(status.getByRole('status')).toContainText(
        `${counts.assets} approved ${counts.assets === 1 ? 'asset' : 'assets'}${planned} at`,
        { timeout: 90_000 },
      )
      // From the database's assets, not before they were read.
      await expect(provisional).toHaveCount(0, { timeout: 90_000 })
    },
    /** The ranking, the map and the download say the figures are not final yet. */
    async rankingIsProvisional() {
      await expect(provisional).toHaveText(
        'Provisional: assets still loading. Downloads are off until the assets have loaded.',
        { timeout: 60_000 },
      )
      await expect(page.getByTestId('gap-map-provisional')).toHaveText(
        'Provisional: assets still loading',
      )
      await expect(downloadRanking).toBeDisabled()
      await expect(downloadRanking).toHaveAccessibleDescription(
        /^Provisional: assets still loading/,
      )
    },
    async rankingIsFinal() {
      await expect(provisional).toHaveCount(0, { timeout: 90_000 })
      await expect(page.getByTestId('gap-map-provisional')).toHaveCount(0)
      await expect(downloadRanking).toBeEnabled()
    },
    async choroplethShows(signature: string) {
      await expect(map).toHaveAttribute('data-choropleth', signature)
      await expect(map).toHaveAttribute('data-wards-drawn', /^[1-9]\d*$/)
    },
    async legendCounts(counts: readonly number[]) {
      await expect(legend).toHaveAttribute('data-class-counts', counts.join(','))
    },
    async rankingStartsWith(rows: readonly RankedRow[]) {
      const body = ranking.locator('tbody tr')
      for (const [index, row] of rows.entries()) {
        await expect(
          body.nth(index).getByRole('button', { name: `Show ${row.name} on the map` }),
        ).toBeVisible()
        await expect(body.nth(index).locator('.gap-ranking__reason')).toHaveText(row.reason)
      }
    },
    async rankingRowSays(row: RankedRow) {
      await expect(rowOf(row.name).locator('.gap-ranking__reason')).toHaveText(row.reason)
    },
    async rankingRowUnranked(name: string) {
      await expect(rowOf(name).locator('td').first()).toHaveText('–')
    },
    async walkingDistanceIs(metres: number) {
      await expect(page.getByLabel('Walking distance', { exact: true })).toHaveValue(String(metres))
    },
    async addressHas(text: string) {
      await expect.poll(() => page.url()).toContain(text)
    },
    async profileShows(wardName: string) {
      await expect(profile.getByRole('heading', { level: 2 })).toHaveText(
        `${wardName}: ward profile`,
      )
    },
    async problemsListed(messages: readonly string[]) {
      const list = page.getByRole('region', { name: /problems? in the data/ }).getByRole('listitem')
      await expect(list).toHaveText(messages.map((message) => new RegExp(`${escape(message)}$`)))
    },
    async pageShowsNoNaN() {
      await expect(page.locator('body')).not.toContainText('NaN')
    },
    /** The profile printed as the browser would (print media, A4) fills exactly one page. */
    async profilePrintsOnOneA4Page() {
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      await page.emulateMedia({ media: 'screen' })
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
      expect(pages).toHaveLength(1)
    },
    async noAccessibilityViolations() {
      // The map canvas is MapLibre's own; everything else on the page is ours.
      const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual(
        [],
      )
    },
    async screenshotSaved(name: string, options: { fullPage?: boolean } = {}) {
      await page.screenshot({ path: test.info().outputPath(`${name}.png`), ...options })
    },
  }

  return { given, when, then }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
