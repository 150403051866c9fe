/** The longest theme code the database keeps (`scheme_themes.code` is `^[a-z_]{2,40}$`). */
const CODE_MAX = 40

/**
 * A new theme's code, made from its name as `scheme_themes.code` allows (2 to 40 lower-case
 * letters and underscores): accents dropped, every other run of characters one underscore, and a
 * letter suffix while the code is taken (`food_b`, `food_c`, …).
 *
 * @param label - the theme's name as typed
 * @param taken - the codes of the themes there are, retired ones included
 * @returns the code, or null when the name has fewer than two letters of a to z
 * @example themeCodeFrom('Arts & Culture', ['food']) // 'arts_culture'
 */
export function themeCodeFrom(label: string, taken: readonly string[]): string | null {
  const base = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, CODE_MAX - 2)
    .replace(/_+$/, '')
  if (base.replace(/_/g, '').length < 2) return null
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') {
    const candidate = `${base}_${letter}`
    if (!used.has(candidate)) return candidate
  }
  return null
}
