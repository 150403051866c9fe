import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startupWatchdog } from './startup-watchdog'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the start-up watchdog', () => {
  it('fails a start-up that is silent for the whole quiet time, with a message saying what to do', async () => {
    const watchdog = startupWatchdog(60_000)
    const outcome = watchdog.expired.catch((error: Error) => error.message)
    vi.advanceTimersByTime(60_000)
    expect(await outcome).toMatch(/did not respond for 60 seconds.*Reload to try again/)
  })

  it('keeps waiting while progress keeps coming', async () => {
    const watchdog = startupWatchdog(60_000)
    let failed = false
    watchdog.expired.catch(() => {
      failed = true
    })
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(50_000)
      watchdog.progress()
    }
    await Promise.resolve()
    expect(failed).toBe(false)
    watchdog.stop()
  })
})
