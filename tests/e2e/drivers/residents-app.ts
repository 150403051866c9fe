// The residents' pages' domain driver: the spec says what a resident does and sees ("ticks
// Gardening", "sees the check-your-answers page"); only this file knows that it is done with the
// keyboard alone (Tab, Space, arrows, Enter, typing; never a click) and how each page is checked
// for accessibility (axe-core, visible focus, reflow at 200% zoom).
import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

/** The phone the spec holds: 375 × 812 CSS pixels (an iPhone X/11 Pro/12 mini class screen). */
export const PHONE = { width: 375, height: 812 }

/**
 * 200% zoom on that phone. Browser zoom halves the CSS pixels across the screen, so the page lays
 * out in a viewport half as wide and high: 188 × 406 CSS pixels (narrower than WCAG 1.4.10's 320,
 * so a stricter check). Text must then still fit without scrolling sideways.
 */
export const PHONE_AT_200_PERCENT = { width: 188, height: 406 }

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const MAX_TABS = 80

export function residentsApp(page: Page) {
  const tabStopsWithoutFocusRing: string[] = []
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const heading = page.getByRole('heading', { level: 1 })

  /** Whether `locator` has the keyboard focus now. */
  const isFocused = (locator: Locator) =>
    locator.evaluate((element) => element === document.activeElement).catch(() => false)

  /** What has the focus, for messages, and whether it shows a focus indicator. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element || element === document.body) return { name: 'body', ring: true }
      const style = getComputedStyle(element)
      const ring =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
        style.boxShadow !== 'none'
      const label =
        element.getAttribute('aria-label') ??
        (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
        element.textContent
      return {
        name: `${element.tagName.toLowerCase()} "${(label ?? '').trim().slice(0, 40)}"`,
        ring,
      }
    })

  /** Presses Tab until `target` has the focus, noting any tab stop without a visible focus ring. */
  async function tabTo(target: Locator) {
    await expect(target).toBeVisible()
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      if (await isFocused(target)) return
      await page.keyboard.press('Tab')
      const now = await focused()
      if (!now.ring) tabStopsWithoutFocusRing.push(now.name)
    }
    throw new Error(`Tab never reached ${target.toString()}`)
  }

  async function pressButton(name: string | RegExp) {
    await tabTo(page.getByRole('button', { name }))
    await page.keyboard.press('Enter')
  }

  const given = {
    async phone() {
      await page.setViewportSize(PHONE)
    },
    async offerFormOpened() {
      await page.goto('/offer')
    },
    async pageOpened(path: string) {
      await page.goto(path)
    },
  }

  const when = {
    async followsLink(name: string | RegExp) {
      await tabTo(page.getByRole('link', { name }))
      await page.keyboard.press('Enter')
    },
    async types(label: string | RegExp, text: string) {
      await tabTo(page.getByLabel(label, { exact: typeof label === 'string' }))
      await page.keyboard.type(text)
    },
    /** Types a gift in their own words under one kind (Head, Hands or Heart). */
    async describesOwnGift(kind: 'Head' | 'Hands' | 'Heart', text: string) {
      const group = page.getByRole('group', { name: new RegExp(`^${kind}:`) })
      await tabTo(group.getByLabel(/^Another gift, in your own words/))
      await page.keyboard.type(text)
    },
    async ticks(label: string | RegExp) {
      const box = page.getByRole('checkbox', { name: label })
      await tabTo(box)
      await page.keyboard.press('Space')
      await expect(box).toBeChecked()
    },
    /** Tabs into a radio group (its first radio when none is chosen), then arrows to the choice. */
    async chooses(group: string | RegExp, label: string | RegExp) {
      const radios = page.getByRole('group', { name: group }).getByRole('radio')
      const target = page.getByRole('radio', { name: label })
      await tabTo(radios.first())
      for (let step = 0; step < 10 && !(await isFocused(target)); step += 1) {
        await page.keyboard.press('ArrowDown')
      }
      await page.keyboard.press('Space')
      await expect(target).toBeChecked()
    },
    continues: () => pressButton('Continue'),
    sendsOffer: () => pressButton('Send my offer'),
    /** Local mode: signs in to "Your data" with the email and the offer's code. */
    async signsInWith(email: string, code: string) {
      await when.types('Email address', email)
      await when.types('Your code', code)
      await pressButton('Sign in on this device')
    },
    signsInOnThisDevice: () => pressButton('Sign in on this device'),
    /** The browser's Back button (the app moves between its pages without reloading). */
    async goesBack() {
      await page.goBack()
    },
    /** After "no offer found": starts again with another email address, its field focused. */
    async triesAnotherEmail() {
      await pressButton('Try another email address')
      await expect(page.getByLabel('Email address', { exact: true })).toBeFocused()
      await expect(page.getByLabel('Your code', { exact: true })).toHaveValue('')
    },
    /** On "Your data": unticks one consent on the Change form and saves. */
    async withdrawsConsent(label: string | RegExp) {
      await pressButton('Change your answers')
      const box = page.getByRole('checkbox', { name: label })
      await tabTo(box)
      await page.keyboard.press('Space')
      await expect(box).not.toBeChecked()
      await pressButton('Save changes')
    },
    async signsOut() {
      await pressButton('Sign out')
    },
    recordsTheOffer: () => pressButton('Record the offer'),
    approves: (name: string) => pressButton(`Approve ${name}`),
    /** Downloads "your data" and returns the file's JSON. */
    async downloadsTheirData(): Promise<unknown> {
      await tabTo(page.getByRole('button', { name: 'Download your data (JSON)' }))
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ])
      expect(download.suggestedFilename()).toBe('my-community-asset-map-data.json')
      const path = await download.path()
      return JSON.parse(readFileSync(path, 'utf8'))
    },
    async erasesTheirData() {
      await pressButton('Erase all your data')
      await expect(
        page.getByRole('heading', { name: 'Are you sure you want to erase everything?' }),
      ).toBeFocused()
      await pressButton('Yes, erase everything')
    },
    /** Fills a field directly (for texts too long to type key by key, e.g. 10,000 characters). */
    async pastes(label: string | RegExp, text: string) {
      await page.getByLabel(label, { exact: typeof label === 'string' }).fill(text)
    },
  }

  const then = {
    async isOnPage(title: string | RegExp) {
      await expect(heading).toHaveText(title)
    },
    async pageTitleIs(title: string | RegExp) {
      await expect(page).toHaveTitle(title)
    },
    /** Axe finds nothing serious or critical against WCAG 2.0, 2.1 and 2.2 A and AA. */
    async hasNoSeriousAccessibilityProblems(where: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${where}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
              .map((node) => node.target.join(' '))
              .join(', ')}`,
        )
      expect(serious).toEqual([])
    },
    /** No sideways scrolling on the phone, and none at 200% zoom (then back to the phone). */
    async reflowsWithoutSidewaysScrolling(where: string) {
      for (const size of [PHONE, PHONE_AT_200_PERCENT]) {
        await page.setViewportSize(size)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${where} at ${size.width} CSS px wide`).toBeLessThanOrEqual(0)
      }
      await page.setViewportSize(PHONE)
    },
    async stepIsAccessible(where: string) {
      await then.hasNoSeriousAccessibilityProblems(where)
      await then.reflowsWithoutSidewaysScrolling(where)
    },
    everyTabStopShowedFocus() {
      expect(tabStopsWithoutFocusRing).toEqual([])
    },
    async errorSummarySays(messages: (string | RegExp)[]) {
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
      await expect(summary).toBeFocused()
      for (const message of messages) await expect(summary).toContainText(message)
    },
    async fieldSaysError(label: string | RegExp, message: string | RegExp) {
      const field = page.getByLabel(label, { exact: typeof label === 'string' })
      await expect(field).toHaveAccessibleDescription(message)
    },
    async nothingIsTicked() {
      for (const box of await page.getByRole('checkbox').all()) await expect(box).not.toBeChecked()
    },
    async answerShows(question: string, answer: string | RegExp) {
      const row = page.locator('.summary-list__row').filter({
        has: page.locator('dt', { hasText: question }),
      })
      await expect(row.locator('.summary-list__value')).toHaveText(answer)
    },
    /** The gift lists have loaded: the database is ready behind the form. */
    async giftListLoaded() {
      await expect(page.getByRole('checkbox', { name: 'Gardening' })).toBeVisible({
        timeout: 90_000,
      })
    },
    async reviewQueueShows(name: string, status: string | RegExp) {
      const card = page.getByRole('article', { name })
      await expect(card).toBeVisible()
      await expect(
        card.locator('.summary-list__row').filter({ hasText: 'Status' }).locator('dd'),
      ).toHaveText(status)
    },
    async showsText(text: string) {
      await expect(page.getByText(text, { exact: false }).first()).toBeVisible()
    },
    /** The offer's one-time code is shown once, under `heading`; returns it as shown. */
    async isShownTheirCode(heading: string | RegExp): Promise<string> {
      const section = page.getByRole('region', { name: heading })
      await expect(section).toBeVisible()
      const shown = section.getByTestId('offer-code')
      await expect(shown).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}/)
      return (await shown.locator('[aria-hidden="true"]').textContent()) ?? ''
    },
    /** The sign-in form, and none of `name`'s data, is on the page. */
    async showsNothingOf(name: string) {
      await expect(page.getByRole('form', { name: /^Sign in/ })).toBeVisible()
      await expect(page.getByRole('main')).not.toContainText(name)
    },
    async alertSays(text: string | RegExp) {
      await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible()
    },
    async says(text: string | RegExp) {
      await expect(page.getByRole('main')).toContainText(text)
    },
    /** The downloaded JSON is everything held: one offer with the name, email, postcode, gift. */
    downloadHolds(
      data: unknown,
      expected: { name: string; email: string; postcode: string; gift: string },
    ) {
      const offers = (data as { offers?: unknown[] }).offers
      expect(offers).toHaveLength(1)
      expect(offers?.[0]).toMatchObject({
        displayName: expected.name,
        contact: { email: expected.email },
        home: { postcode: expected.postcode },
        gifts: expect.arrayContaining([expect.objectContaining({ description: expected.gift })]),
        consents: [
          expect.objectContaining({ purpose: 'counted_on_map', givenHow: 'online' }),
          expect.objectContaining({ purpose: 'join_time_bank', givenHow: 'online' }),
        ],
      })
    },
    noScriptRan() {
      expect(dialogs).toEqual([])
    },
  }

  return { given, when, then }
}

export type ResidentsApp = ReturnType<typeof residentsApp>
