const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Reads a number written in decimal (optionally with an exponent), as in a CSV cell. Blank text is
 * missing (null); anything else that is not a decimal number — "abc", "1,5", "0x10" — is NaN, so
 * that the caller can report it. Numbers pass through unchanged.
 *
 * @param value a cell or property value
 * @returns the number, NaN when unreadable, null when blank or absent
 * @example
 * parseNumberText(' 51.73 ') // 51.73
 * parseNumberText('') // null
 * parseNumberText('abc') // NaN
 */
export function parseNumberText(value: unknown): number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return Number.NaN
  const text = value.trim()
  if (text === '') return null
  return DECIMAL.test(text) ? Number(text) : Number.NaN
}
