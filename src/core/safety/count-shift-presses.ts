// "Exit this page" leaves when Shift is pressed three times in quick succession, as GOV.UK's
// component does (govuk-frontend ExitThisPage: counted on key-up, each press within 5 seconds of
// the one before, any other key starts again, a Shift released after typing a capital letter does
// not count). Kept pure so that the rule is tested without a browser or a clock.

/** How many Shift presses in a row leave the page. */
export const SHIFT_PRESSES_TO_EXIT = 3

/** The most time between two presses that still counts them together, in milliseconds. */
export const SHIFT_PRESS_WINDOW_MS = 5000

/** The presses counted so far. */
export interface ShiftPresses {
  /** Shift presses in a row, 0 to 3 (3: leave now). */
  count: number
  /** When the last counted press was, in milliseconds on any steady clock. */
  lastAtMs: number
  /** Whether the last key released was released with Shift held (typing a capital). */
  lastKeyWasModified: boolean
}

/** No presses yet. */
export const NO_SHIFT_PRESSES: ShiftPresses = {
  count: 0,
  lastAtMs: Number.NEGATIVE_INFINITY,
  lastKeyWasModified: false,
}

/** A key released: `KeyboardEvent.key`, `KeyboardEvent.shiftKey` and when. */
export interface KeyRelease {
  key: string
  shiftKey: boolean
  atMs: number
}

/**
 * Counts one key release towards "Shift three times".
 *
 * @param presses - the count so far (start with `NO_SHIFT_PRESSES`)
 * @param release - the key released, whether Shift was still held, and when (milliseconds)
 * @param windowMs - the most time between presses that still counts them together; default 5000
 * @returns the new count; `count === SHIFT_PRESSES_TO_EXIT` means leave now
 * @example
 * let p = NO_SHIFT_PRESSES
 * for (const atMs of [0, 400, 800]) p = countShiftPresses(p, { key: 'Shift', shiftKey: false, atMs })
 * p.count // 3
 */
export function countShiftPresses(
  presses: ShiftPresses,
  release: KeyRelease,
  windowMs = SHIFT_PRESS_WINDOW_MS,
): ShiftPresses {
  const lastKeyWasModified = release.shiftKey
  if (release.key !== 'Shift' || presses.lastKeyWasModified) {
    return { count: 0, lastAtMs: Number.NEGATIVE_INFINITY, lastKeyWasModified }
  }
  const inTime = release.atMs - presses.lastAtMs <= windowMs
  const before = inTime && presses.count < SHIFT_PRESSES_TO_EXIT ? presses.count : 0
  return { count: before + 1, lastAtMs: release.atMs, lastKeyWasModified }
}
