// The partners' domain driver: the spec says what an administrator or a partner does ("opens an
// organisation", "adds a scheme in these wards"); only this file knows the screens' controls.
import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export interface NewScheme {
  name: string
  themes: string[]
  audience: string
  wards: string[]
  /** "What is it?" as the form labels it; a service or activity when left out. */
  kind?: string
  howToGetHelp?: string
  phone?: string
  /** Approved assets of the map the scheme runs at, by name. */
  places?: string[]
}

export function partnersApp(page: Page) {
  const screens = page.getByRole('navigation', { name: 'Screens' })
  const schemeCard = (name: string) => page.getByRole('article', { name, exact: true })

  const when = {
    async opensPartners() {
      await screens.getByRole('link', { name: 'Partners', exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
    },
    async opensCoordination() {
      await screens.getByRole('link', { name: 'Coordination' }).click()
    },
    async opensOrganisation(name: string) {
      const form = page.getByRole('form', { name: 'Open an organisation' })
      await form.getByLabel("Organisation's name").fill(name)
      await form.getByRole('radio', { name: 'Voluntary' }).check()
      await form.getByRole('button', { name: 'Open the organisation' }).click()
      await expect(page.getByRole('heading', { level: 3, name })).toBeVisible()
    },
    async addsPerson(email: string, organisation: string) {
      const form = page.getByRole('form', { name: `Add a person to ${organisation}` })
      await form.getByLabel('Their email').fill(email)
      await form.getByRole('button', { name: 'Add the person' }).click()
      await expect(
        page.getByRole('button', { name: `Remove ${email} from ${organisation}` }),
      ).toBeVisible()
    },
    async removesPerson(email: string, organisation: string) {
      await page.getByRole('button', { name: `Remove ${email} from ${organisation}` }).click()
      await expect(
        page.getByRole('button', { name: `Remove ${email} from ${organisation}` }),
      ).toHaveCount(0)
    },
    /** On the map screen: adds a scheme theme in the Taxonomy tab (edit_taxonomy). */
    async addsTheme(label: string) {
      await page.getByRole('tab', { name: 'Taxonomy', exact: true }).click()
      const form = page.getByRole('form', { name: 'Add a theme' })
      await form.getByLabel("Theme's name").fill(label)
      await form.getByRole('button', { name: 'Add the theme' }).click()
      await expect(page.getByRole('status').filter({ hasText: `Added “${label}”.` })).toBeVisible()
      await expect(
        page.getByRole('list', { name: 'Scheme themes' }).getByText(label, { exact: true }),
      ).toBeVisible()
    },
    async choosesOrganisation(name: string) {
      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: name })
      await expect(page.getByRole('heading', { level: 2, name: `${name}: schemes` })).toBeVisible()
    },
    async addsScheme(scheme: NewScheme) {
      await page.getByRole('button', { name: 'Add a scheme' }).click()
      const form = page.getByRole('form', { name: 'Add a scheme' })
      await form.getByLabel('Name of the scheme').fill(scheme.name)
      for (const theme of scheme.themes) {
        await form.getByRole('checkbox', { name: theme, exact: true }).check()
      }
      await form.getByRole('checkbox', { name: scheme.audience, exact: true }).check()
      for (const ward of scheme.wards) {
        await form.getByRole('searchbox', { name: 'Find a ward' }).fill(ward)
        await form.getByRole('checkbox', { name: new RegExp(`^${ward} \\(`) }).check()
      }
      if (scheme.kind) await form.getByRole('radio', { name: scheme.kind }).check()
      if (scheme.howToGetHelp) {
        await form.getByLabel('How to get help (optional)').fill(scheme.howToGetHelp)
      }
      if (scheme.phone) await form.getByLabel('Contact phone (optional)').fill(scheme.phone)
      for (const [index, place] of (scheme.places ?? []).entries()) {
        await form.getByRole('button', { name: 'Add a place on the map' }).click()
        await form.getByLabel(`Place ${index + 1}`, { exact: true }).fill(place)
      }
      await form.getByRole('button', { name: 'Save the scheme' }).click()
      await expect(form).toHaveCount(0)
      await expect(schemeCard(scheme.name)).toBeVisible()
    },
    /** Opens the public directory and searches it by theme. */
    async searchesTheDirectory(theme: string) {
      await page.goto('/directory')
      const search = page.getByRole('search', { name: 'Search the directory' })
      await search.getByLabel('Theme').selectOption({ label: theme })
      await search.getByRole('button', { name: 'Search' }).click()
    },
    /** Changes the organisation's description on the Partners screen, as one of its people. */
    async describesOrganisation(organisation: string, description: string) {
      await page.getByRole('button', { name: 'Change the details' }).click()
      const form = page.getByRole('form', { name: `Change ${organisation}'s details` })
      await form.getByLabel('About the organisation (optional)').fill(description)
      await form.getByRole('button', { name: 'Save the details' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
      await expect(form).toHaveCount(0)
    },
    /** Downloads the directory as Open Referral UK and gives the file's name and its parsed JSON. */
    async downloadsTheDirectoryAsOruk(): Promise<{ name: string; json: unknown }> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as Open Referral UK' }).click(),
      ])
      const json: unknown = JSON.parse(readFileSync((await download.path())!, 'utf8'))
      return { name: download.suggestedFilename(), json }
    },
    async choosesTheme(theme: string) {
      await page.getByLabel('Theme', { exact: true }).selectOption({ label: theme })
    },
  }

  const then = {
    async mayEdit(scheme: string, may: boolean) {
      await expect(schemeCard(scheme)).toBeVisible()
      await expect(page.getByRole('button', { name: `Edit ${scheme}` })).toHaveCount(may ? 1 : 0)
      await expect(page.getByRole('button', { name: `Retire ${scheme}` })).toHaveCount(may ? 1 : 0)
    },
    async coverageRowSays(ward: string, text: RegExp) {
      const row = page
        .getByRole('table')
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: ward, exact: true }) })
      await expect(row).toHaveText(text)
    },
    async directoryLists(names: string[]) {
      await expect(page.getByText(`${names.length} services found.`)).toBeVisible()
      for (const name of names) await expect(schemeCard(name)).toBeVisible()
    },
    async needSays(text: RegExp) {
      await expect(page.getByTestId('theme-need')).toHaveText(text)
    },
    async legendSays(text: RegExp) {
      await expect(page.getByRole('list', { name: 'Key' })).toHaveText(text)
    },
    async hasNoSeriousAccessibilityProblems(where: string, include = '.partners-page') {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .include(include)
        .analyze()
      const serious = results.violations.filter((v) =>
        ['serious', 'critical'].includes(v.impact ?? ''),
      )
      expect(
        serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
        where,
      ).toEqual([])
    },
    /** Nothing on the page is wider than the screen (a phone scrolls only up and down). */
    async fitsTheScreen(where: string) {
      const wide = await page.locator('.partners-page').evaluate((root) => {
        const edge = document.documentElement.clientWidth
        return [...root.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.offsetParent && el.getBoundingClientRect().right > edge + 1)
          .filter((el) => !el.closest('.partners-table-wrap, .partners-map'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      })
      expect(wide, where).toEqual([])
    },
  }

  return { when, then }
}
