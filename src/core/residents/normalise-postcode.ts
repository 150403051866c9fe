const UNIT_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/

/**
 * A UK postcode written the standard way, spacing and case ignored, or null when the text is not
 * shaped like one. The database does the same (private.normalise_postcode) and also checks the
 * postcode is in the region.
 *
 * @param text - what was typed, e.g. " cm11aa "
 * @returns e.g. "CM1 1AA", or null
 * @example
 * normalisePostcode('cm11aa') // 'CM1 1AA'
 * normalisePostcode('CM1') // null
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  if (!UNIT_POSTCODE.test(compact)) return null
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`
}
