// The time banks' domain driver: the spec says what a member or coordinator does ("posts a
// request", "confirms for Bob"); only this file knows the Time bank tab's controls.
import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export interface Application {
  name: string
  email: string
  postcode: string
  gift: string
  /** The bank chosen on the offer form. */
  bank: string
}

/**
 * @param where - the map's Time bank tab (the device's user), or "Your time bank" on the
 *   resident's own page (/my-data, as the resident signed in there)
 */
export function timeBanksApp(page: Page, where: 'map' | 'my-data' = 'map') {
  const scope = where === 'map' ? '.map-screen__side' : '#residents-main'
  const side = page.locator(scope)
  const press = (name: string | RegExp) =>
    side.getByRole('button', { name, exact: typeof name === 'string' }).click()
  const continues = () => page.getByRole('button', { name: 'Continue' }).click()
  const openDetails = async (summary: string) => {
    const details = side.locator('details', { has: page.getByText(summary, { exact: true }) })
    if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) {
      await details.locator('summary').click()
    }
    return details
  }

  const when = {
    /** A resident applies from the "Offer your gifts" form and is shown their one-time code. */
    async appliesFromTheOfferForm(who: Application): Promise<string> {
      await page.goto('/offer')
      await page.getByRole('link', { name: 'Start now' }).click()
      await page.getByLabel('What name would you like us to use?').fill(who.name)
      await continues()
      await page.getByRole('checkbox', { name: who.gift }).check()
      await continues()
      await page.getByRole('checkbox', { name: /Join the time bank/ }).check()
      await continues()
      await page.getByRole('checkbox', { name: 'Weekends' }).check()
      await continues()
      await page.getByRole('radio', { name: 'Around my town (up to 3 km)' }).check()
      await continues()
      await page.getByLabel('Email address').fill(who.email)
      await continues()
      await page.getByLabel('What is your postcode?').fill(who.postcode)
      await continues()
      await page.getByRole('radio', { name: who.bank }).check()
      await page.getByRole('checkbox', { name: /I apply to join the time bank/ }).check()
      await continues()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you agree to?')
      await continues()
      await page.getByRole('button', { name: 'Send my offer' }).click()
      const shown = page.getByTestId('offer-code')
      await expect(shown).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}/)
      return (await shown.locator('[aria-hidden="true"]').textContent()) ?? ''
    },
    /** Local mode: the resident signs in on this device with their email and code. */
    async signsInWith(email: string, code: string) {
      // On "Your data" already: sign the last person out (as the next person on a shared device
      // would) rather than load the app again.
      const signOut = page.getByRole('button', { name: 'Sign out' })
      if (new URL(page.url()).pathname === '/my-data' && (await signOut.isVisible())) {
        await signOut.click()
        await expect(page.getByText('You have signed out')).toBeVisible()
      } else {
        await page.goto('/my-data')
      }
      await page.getByLabel('Email address').fill(email)
      await page.getByLabel('Your code').fill(code)
      await page.getByRole('button', { name: 'Sign in on this device' }).click()
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    },
    async opensTheTimeBank() {
      const tab = page
        .getByRole('tablist', { name: 'Side panels' })
        .getByRole('tab', { name: 'Time bank' })
      // A change of role remounts the panels; open the tab once that has settled.
      await expect(async () => {
        await tab.click()
        await expect(side.getByRole('heading', { level: 2, name: /Time Bank/ })).toBeVisible({
          timeout: 2000,
        })
      }).toPass()
    },
    /** A coordinator who is also a member switches to the bank's coordination. */
    async coordinates() {
      const tab = side.getByRole('tab', { name: 'Coordinate' })
      if (await tab.count()) await tab.click()
      await expect(side.getByRole('heading', { name: 'Applications' })).toBeVisible()
    },
    approves: (name: string) => press(`Approve ${name}`),
    async recordsMember(name: string, postcode: string) {
      const form = (await openDetails('Record a member without a phone or email')).getByRole(
        'form',
        { name: 'Record a member' },
      )
      await form.getByLabel('Name').fill(name)
      await form.getByLabel('Postcode').fill(postcode)
      await form.getByRole('button', { name: 'Record the member' }).click()
      await expect(side.getByRole('button', { name: `Act for ${name}` })).toBeVisible()
    },
    actsFor: (name: string) => press(`Act for ${name}`),
    backToTheBank: () => press('Back to the bank'),
    async posts(what: { direction: 'offer' | 'request'; skill: string; title: string }) {
      const form = (await openDetails('Post an offer or request')).getByRole('form')
      await form
        .getByRole('radio', { name: what.direction === 'offer' ? /^An offer/ : /^A request/ })
        .check()
      await form.getByLabel('Skill').selectOption({ label: what.skill })
      await form.getByLabel('Title').fill(what.title)
      await form.getByRole('button', { name: 'Post' }).click()
      await expect(
        side.getByRole('button', { name: `Show matches for ${what.title}` }),
      ).toBeVisible()
    },
    showsMatchesFor: (title: string) => press(`Show matches for ${title}`),
    async introduces(offerer: string, requester: string) {
      await press(`Introduce ${offerer} to ${requester}`)
      await expect(
        side.getByRole('button', { name: `Introduce ${offerer} to ${requester}` }),
      ).toBeEnabled()
    },
    async recordsExchange(what: {
      gave: boolean
      with: string
      hours: number
      minutes: number
      description: string
    }) {
      const form = (await openDetails('Record an exchange')).getByRole('form')
      await form.getByRole('radio', { name: what.gave ? 'Gave time' : 'Received time' }).check()
      await form.getByLabel('With').selectOption({ label: what.with })
      await form.getByLabel('Hours').fill(String(what.hours))
      await form.getByLabel('Minutes').fill(String(what.minutes))
      await form.getByLabel('What it was (optional)').fill(what.description)
      await form.getByRole('button', { name: 'Record the exchange' }).click()
      await expect(form.getByRole('button', { name: 'Record the exchange' })).toBeEnabled()
    },
    /** Confirms an exchange waiting for the member (it is listed under all exchanges too). */
    confirms: (exchange: string) =>
      side
        .getByRole('region', { name: /^Waiting for/ })
        .getByRole('button', { name: `Confirm ${exchange}`, exact: true })
        .click(),
    /** The resident signs out of "Your data". */
    signsOut: () => page.getByRole('button', { name: 'Sign out' }).click(),
    /** Downloads the statement on show and gives its CSV text. */
    async downloadsTheStatement(): Promise<string> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        press('Download the statement (CSV)'),
      ])
      return readFileSync((await download.path())!, 'utf8')
    },
  }

  const then = {
    async matchesShow(title: string, text: string | RegExp) {
      await expect(side.getByRole('list', { name: `Matches for ${title}` })).toContainText(text)
    },
    async introductionsShow(text: string) {
      await expect(side.getByRole('list', { name: 'Introductions made' })).toContainText(text)
    },
    async matchCountOnTheMap(text: string | RegExp) {
      await expect(page.getByTestId('time-bank-matches-key')).toContainText(text)
    },
    async waitingFor(who: string, text: string | RegExp) {
      const section = side.getByRole('region', { name: `Waiting for ${who}` })
      await expect(section).toContainText(text)
    },
    async ownTimeBankShows(bank: string) {
      await expect(
        side.getByRole('heading', { level: 2, name: `Your time bank: ${bank}` }),
      ).toBeVisible()
    },
    async balanceIs(text: string) {
      await expect(side.getByTestId('time-bank-balance')).toContainText(text)
    },
    async statementShows(row: string[]) {
      const table = side.getByRole('table', { name: /^Statement of/ })
      await expect(table.getByRole('row').filter({ hasText: row[0] }).last()).toContainText(
        row.join(''),
      )
    },
    async exchangeShows(text: string | RegExp) {
      await expect(side.locator('.tb-exchange').filter({ hasText: text }).first()).toBeVisible()
    },
    /** Printing shows the statement alone: its text is all the printed page holds. */
    async printsTheStatementAlone(member: string) {
      await page.emulateMedia({ media: 'print' })
      // What the page shows at the moment the browser prints it (innerText follows the print CSS).
      await page.evaluate(() => {
        window.print = () => {
          document.body.dataset.printed = document.body.innerText
        }
      })
      await press('Print the statement')
      const printed = await page.evaluate(() => document.body.dataset.printed ?? '')
      await page.emulateMedia({ media: null })
      expect(printed).toContain(`statement of ${member}`)
      expect(printed).not.toContain('Community Asset Map')
      expect(printed).not.toContain('Record an exchange')
    },
    /** axe-core (WCAG 2.0–2.2 A and AA) finds nothing serious or critical in the side panel. */
    async hasNoSeriousAccessibilityProblems(where: string) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .include(scope)
        .analyze()
      const serious = results.violations.filter((v) =>
        ['serious', 'critical'].includes(v.impact ?? ''),
      )
      expect(
        serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
        where,
      ).toEqual([])
    },
    /** Nothing in the side panel is wider than the screen (a phone scrolls only up and down). */
    async fitsTheScreen(where: string) {
      // The elements that reach past the panel's right edge, named for the failure message.
      const wide = await side.evaluate((panel) => {
        const edge = panel.getBoundingClientRect().right
        return [...panel.querySelectorAll<HTMLElement>('*')]
          .filter(
            (element) => element.offsetParent && element.getBoundingClientRect().right > edge + 1,
          )
          .filter((element) => !element.closest('.tb-table__scroll'))
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      })
      expect(wide, where).toEqual([])
    },
  }

  return { when, then }
}
