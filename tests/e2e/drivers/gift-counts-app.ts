// The gifts map and the builders' matching screen: only this driver knows how offers are recorded
// on the on-behalf page (by pointer and fill, for speed: the residents' spec drives that form by
// keyboard) and where the gifts layer's switch, its table and the matches are found.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export function giftCountsApp(page: Page) {
  const sidePanels = page.getByRole('tablist', { name: 'Side panels' }).first()
  const control = page.getByTestId('gift-counts-control')
  const table = page.getByRole('table', { name: 'People offering gifts, by authority and ward' })

  async function openTab(name: string) {
    // A change of role re-reads the panels; select the tab once that has settled.
    await expect(async () => {
      await sidePanels.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
      await expect(sidePanels.getByRole('tab', { selected: true })).toHaveText(
        new RegExp(`^${name}`),
        { timeout: 1000 },
      )
    }).toPass()
  }

  const given = {
    /**
     * A builder records offers from paper forms, each agreeing to be counted on the map and to be
     * contacted, with a phone number, travelling anywhere (so that no distance is in the words).
     */
    async offersRecorded(offers: Array<{ name: string; postcode: string }>) {
      await page.goto('/offers/on-behalf')
      const form = page.getByRole('form', { name: "Record an offer on someone's behalf" })
      await expect(form.getByRole('checkbox', { name: 'Gardening' })).toBeVisible({
        timeout: 90_000,
      })
      for (const [index, offer] of offers.entries()) {
        await form.getByLabel('Name', { exact: true }).fill(offer.name)
        await form.getByRole('checkbox', { name: 'Gardening' }).check()
        await form.getByRole('checkbox', { name: 'Help now and then (one-off)' }).check()
        await form.getByRole('checkbox', { name: 'Weekends' }).check()
        await form.getByRole('radio', { name: 'Anywhere in Essex' }).check()
        await form.getByLabel('Phone number (optional)').fill(`01245 600 ${700 + index}`)
        await form.getByLabel('Postcode', { exact: true }).fill(offer.postcode)
        await form.getByRole('checkbox', { name: /counted, with others/ }).check()
        await form.getByRole('checkbox', { name: /A community builder may contact me/ }).check()
        await form.getByRole('radio', { name: 'On a paper form' }).check()
        await form.getByRole('button', { name: 'Record the offer' }).click()
        await expect(
          page.getByRole('status').filter({ hasText: `Recorded ${offer.name}'s offer.` }),
        ).toBeVisible()
      }
    },
  }

  const when = {
    async showsGiftsOnMap() {
      await control.getByRole('checkbox', { name: 'People offering gifts, per ward' }).check()
    },
    openTab,
    async matchesFromPostcode(postcode: string) {
      await openTab('Match')
      await page.getByLabel('Postcode of the place').fill(postcode)
      await page.getByRole('button', { name: 'Use this postcode' }).click()
    },
  }

  const then = {
    async mapKeySays(text: string) {
      await expect(control.getByRole('status')).toHaveText(text)
      await expect(control.getByRole('list', { name: 'Key to the gifts map' })).toBeVisible()
    },
    /** The table's rows as "area: figure", in order, header left aside. */
    async tableRowsAre(rows: string[]) {
      await expect
        .poll(() =>
          table.locator('tbody tr').evaluateAll((trs) =>
            trs.map((tr) => {
              const [area, figure] = Array.from(tr.children, (cell) => cell.textContent)
              return `${area}: ${figure}`
            }),
          ),
        )
        .toEqual(rows)
    },
    async tableLacks(text: string) {
      await expect(table).not.toContainText(text)
    },
    /** The band headings, with how many residents each holds. */
    async bandsAre(headings: string[]) {
      await expect(page.getByRole('heading', { level: 3 })).toHaveText(headings)
    },
    async matchShows(name: string, text: string | RegExp) {
      await expect(page.getByTestId('match').filter({ hasText: name })).toContainText(text)
    },
    /** axe-core (WCAG 2.0–2.2 A and AA) finds nothing serious in the side panel and the switch. */
    async hasNoSeriousAccessibilityProblems(where: string) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .include('.map-screen__side')
        .include('[data-testid="gift-counts-control"]')
        .analyze()
      const serious = results.violations.filter((v) =>
        ['serious', 'critical'].includes(v.impact ?? ''),
      )
      expect(
        serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
        where,
      ).toEqual([])
    },
    /** No match says how far anyone lives in metres or kilometres: only the band headings do. */
    async noDistanceShown() {
      const texts = await page.getByTestId('match').allTextContents()
      expect(texts.length).toBeGreaterThan(0)
      expect(texts.filter((text) => /\d\s*k?m\b/i.test(text))).toEqual([])
    },
  }

  return { given, when, then }
}
