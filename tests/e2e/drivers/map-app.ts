// The map screen's domain driver: specs say what a person does and sees, and only this file knows
// how that is done with Playwright (Maputnik's three layers: spec, driver, page).
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { builtConfig } from './built-config'
import type { ConsoleErrors } from './console-errors'

/** A map view as MapLibre's URL hash holds it: `#map=zoom/lat/lng`. */
export interface MapViewInUrl {
  zoom: number
  /** `[lng, lat]` */
  centre: [number, number]
}

const appHost = '127.0.0.1'

// data: and blob: URLs never leave the browser; anything else must be the app's own server.
function isOwnOrLocal(url: string): boolean {
  const parsed = new URL(url)
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.hostname === appHost
}

// A plain "online" style: a background of its own colour and nothing to fetch.
const onlineStyleStandIn = {
  version: 8,
  name: 'Online basemap stand-in',
  sources: {},
  layers: [
    { id: 'stand-in-background', type: 'background', paint: { 'background-color': '#e4ece0' } },
  ],
}

export function mapApp(page: Page, consoleErrors: ConsoleErrors) {
  const requested: string[] = []
  const blocked: string[] = []
  page.on('request', (request) => requested.push(request.url()))

  const mapCanvas = page.getByRole('region', { name: /^Map of .+ wards$/ })
  const mapFrame = page.locator('[data-wards-drawn]')
  const panel = page.getByRole('region', { name: 'Selected ward' })
  const wardList = page.getByRole('listbox', { name: 'Wards' })
  const attribution = page.locator('.maplibregl-ctrl-attrib')

  const given = {
    /** No host but the app's own answers: as in a hall with no Wi-Fi, or behind a firewall. */
    async otherHostsBlocked() {
      // Chromium reports each aborted request as a console error; those, and only those, are
      // expected here. Any other console error still fails the test.
      consoleErrors.allow(
        (message) =>
          message.text().startsWith('Failed to load resource') &&
          !isOwnOrLocal(message.location().url),
      )
      await page.route(
        (url) => !isOwnOrLocal(url.href),
        (route) => {
          blocked.push(route.request().url())
          return route.abort('internetdisconnected')
        },
      )
    },
    /**
     * The configured online basemap answers, with a plain style served by the test itself (no
     * tiles, fonts or sprites), and every other host is blocked: the online path runs with nothing
     * fetched from the internet.
     */
    async onlineBasemapAnsweredLocally() {
      const { styleUrl } = builtConfig.basemap
      if (styleUrl === 'builtin') throw new Error('This build has no online basemap configured.')
      await page.route(
        (url) => !isOwnOrLocal(url.href),
        (route) =>
          route.request().url() === styleUrl
            ? route.fulfill({
                json: onlineStyleStandIn,
                headers: { 'access-control-allow-origin': '*' },
              })
            : route.abort('internetdisconnected'),
      )
    },
    async screenSize(width: number, height: number) {
      await page.setViewportSize({ width, height })
    },
    async appOpened(options: { basemap?: 'online' | 'builtin'; view?: MapViewInUrl } = {}) {
      const search = options.basemap === 'builtin' ? '?basemap=builtin' : ''
      const view = options.view
      const hash = view ? `#map=${view.zoom}/${view.centre[1]}/${view.centre[0]}` : ''
      await page.goto(`/${search}${hash}`)
    },
    /** An address typed or followed that may not be the app's. */
    async addressOpened(path: string) {
      await page.goto(path)
    },
  }

  const when = {
    /** Follows a link in the page's main content (not the header's). */
    async followsLinkInPage(name: string) {
      await page.getByRole('main').getByRole('link', { name, exact: true }).click()
    },
    async basemapChosen(label: 'Online' | 'Built-in') {
      await page.getByRole('group', { name: 'Basemap' }).getByRole('radio', { name: label }).check()
    },
    async clickMapCentre() {
      await mapCanvas.click()
    },
    /** Types in the search box, then moves through the list by keyboard and presses Enter. */
    async chooseWardFromListByKeyboard(wardName: string) {
      await page.getByLabel('Search wards or authorities').fill(wardName)
      await wardList.focus()
      await page.keyboard.press('Home')
      const options = await wardList.getByRole('option').count()
      for (let step = 0; step < options; step += 1) {
        const activeId = await wardList.getAttribute('aria-activedescendant')
        const name = await page.locator(`[id="${activeId}"] .ward-list__name`).textContent()
        if (name === wardName) break
        await page.keyboard.press('ArrowDown')
      }
      await page.keyboard.press('Enter')
    },
  }

  const then = {
    /** "Page not found", with a link home and one to the offer form, and not the map. */
    async pageNotFoundShown() {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await expect(page).toHaveTitle(/^Page not found/)
      const main = page.getByRole('main')
      await expect(main.getByRole('link', { name: 'Go to the map' })).toHaveAttribute('href', '/')
      await expect(main.getByRole('link', { name: 'Offer your gifts' })).toHaveAttribute(
        'href',
        '/offer',
      )
      await expect(mapCanvas).toHaveCount(0)
    },
    async pageHeadingIs(text: string) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
    },
    /** Waits until the ward fill layer has drawn this many distinct wards in view. */
    async wardsDrawn(count: number) {
      await expect(mapFrame).toHaveAttribute('data-wards-drawn', String(count))
    },
    async wardLayerDrawn() {
      await expect(mapFrame).toHaveAttribute('data-wards-drawn', /^[1-9]\d*$/)
    },
    async panelShows(ward: { name: string; population: number }) {
      await expect(panel.getByRole('heading')).toHaveText(ward.name)
      const populationTerm = panel.getByRole('term').filter({ hasText: /^Population/ })
      await expect(populationTerm.locator('xpath=following-sibling::dd[1]')).toHaveText(
        ward.population.toLocaleString('en-GB'),
      )
    },
    async panelSaysDeprivationIsNotOfficial() {
      await expect(panel).toContainText('not an official ward IMD')
    },
    async listShowsSelected(wardName: string) {
      await expect(wardList.getByRole('option', { selected: true })).toContainText(wardName)
    },
    async addressHas(text: string) {
      await expect.poll(() => page.url()).toContain(text)
    },
    async noBasemapNote() {
      await expect(page.getByRole('status').filter({ hasText: 'Basemap' })).toHaveCount(0)
    },
    async basemapFallbackNoteShown() {
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: 'Basemap unavailable — showing the built-in map' }),
      ).toBeVisible()
    },
    async attributionIncludes(text: string) {
      await expect(attribution).toContainText(text)
    },
    /** The configured basemap's attribution (HTML in the configuration), as the page shows it. */
    async attributionCreditsOnlineBasemap(credited = true) {
      const words = builtConfig.basemap.attribution.replace(/<[^>]*>/g, '')
      if (credited) await expect(attribution).toContainText(words)
      else await expect(attribution).not.toContainText(words)
    },
    nothingFetchedFromOtherHosts() {
      expect(requested.filter((url) => !isOwnOrLocal(url))).toEqual([])
    },
    requestsToOtherHostsWereBlocked() {
      expect(blocked.length, 'the app should have tried the online basemap').toBeGreaterThan(0)
    },
    async noHorizontalScroll() {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    },
    async noAccessibilityViolations() {
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual(
        [],
      )
    },
    /** Saves a screenshot with the test's results, for a person to look at. */
    async screenshotSaved(name: string) {
      await page.screenshot({ path: test.info().outputPath(`${name}.png`) })
    },
  }

  return { given, when, then }
}

export type MapApp = ReturnType<typeof mapApp>
