/**
 * Folds text for searching: lower case, accents removed (é → e), runs of spaces made one, so that
 * "Café" is found by "cafe". Letters of other scripts and emoji are kept as they are.
 *
 * @param text - any text
 * @returns the folded text
 * @example normaliseSearchText('  Café  Bar ') // 'cafe bar'
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
