// The shape of a UK unit postcode, by Royal Mail's rules (the PAF Programmers' Guide): an area of
// one or two letters (never Q, V or X first; never I, J or Z second), a district digit with an
// optional digit or letter (A9A districts end in one of ABCDEFGHJKPSTUW, AA9A ones in one of
// ABEHMNPRVWXY), then the inward code: a digit and two letters, never C, I, K, M, O or V. So
// "ZZ9 9ZZ" is not a postcode at all, rather than a postcode outside the region.
const UNIT_POSTCODE =
  /^(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}$/

/**
 * A UK postcode written the standard way, spacing and case ignored, or null when the text is not
 * shaped like one: the one tidy used wherever a postcode is typed or shown. The database looks
 * the tidied postcode up and says whether it is in the region.
 *
 * @param text - what was typed, e.g. " cm11aa "
 * @returns e.g. "CM1 1AA", or null
 * @example
 * normalisePostcode('cm11aa') // 'CM1 1AA'
 * normalisePostcode('CM1') // null
 * normalisePostcode('ZZ9 9ZZ') // null: no postcode area starts ZZ
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  if (!UNIT_POSTCODE.test(compact)) return null
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`
}

/**
 * What was typed, tidied when it is a postcode (see {@link normalisePostcode}) and otherwise only
 * trimmed, so that a form shows back "CO1 1XD" for "co1  1xd" without hiding a mistake.
 *
 * @param text - what was typed
 * @returns the standard form, or the trimmed text
 * @example
 * tidyPostcode('co1 1xd') // 'CO1 1XD'
 * tidyPostcode(' cm1 ') // 'cm1'
 */
export function tidyPostcode(text: string): string {
  return normalisePostcode(text) ?? text.trim()
}
