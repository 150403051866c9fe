import type { ConsoleMessage, Page } from '@playwright/test'

/** Console errors and uncaught exceptions seen on a page, minus those a test declared expected. */
export interface ConsoleErrors {
  /** Messages so far, e.g. `console.error: Map: …` or `pageerror: TypeError …`. */
  list(): string[]
  /** Marks console messages matching `predicate` as expected (never uncaught exceptions). */
  allow(predicate: (message: ConsoleMessage) => boolean): void
}

/** Starts listening before the page opens, so that errors during start-up are caught too. */
export function collectConsoleErrors(page: Page): ConsoleErrors {
  const errors: string[] = []
  const allowed: ((message: ConsoleMessage) => boolean)[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error' || allowed.some((allow) => allow(message))) return
    const where = message.location().url
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`))
  return {
    list: () => [...errors],
    allow: (predicate) => {
      allowed.push(predicate)
    },
  }
}
