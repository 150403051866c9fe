/**
 * Fails a start-up that stops making progress. A WebAssembly or CSP failure inside a worker shows
 * as a hang, not an error, so silence for `quietMs` is treated as failure; every progress report
 * restarts the clock (a slow download on village-hall Wi-Fi is progress, not a hang).
 *
 * @param quietMs - how long without progress counts as a hang, in milliseconds
 * @returns `progress()` to call on each report, `expired` (rejects on a hang), and `stop()`
 */
export function startupWatchdog(quietMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let fail: (error: Error) => void = () => {}
  const expired = new Promise<never>((_, reject) => {
    fail = reject
  })
  const progress = () => {
    clearTimeout(timer)
    timer = setTimeout(
      () =>
        fail(
          new Error(
            `The local database did not respond for ${Math.round(quietMs / 1000)} seconds. ` +
              'The browser may be blocking WebAssembly, workers or storage (private browsing, ' +
              'a strict security policy, or a full disk). Reload to try again.',
          ),
        ),
      quietMs,
    )
  }
  progress()
  return { progress, expired, stop: () => clearTimeout(timer) }
}
