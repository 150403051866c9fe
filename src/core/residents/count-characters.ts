/**
 * The number of characters in a text as people and Postgres count them: Unicode code points, so
 * that "🌻" and "أ" count once each (JavaScript's `length` counts UTF-16 units, "🌻" twice).
 *
 * @param text - any text
 * @returns its length in code points
 * @example
 * countCharacters('Amina 🌻') // 7
 */
export function countCharacters(text: string): number {
  // A string's iterator walks code points, not UTF-16 units.
  return Array.from(text).length
}
