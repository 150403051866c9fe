import { useState } from 'react'

/**
 * The array given, or the one given before when it holds the same items in the same order: a
 * list rebuilt every render keeps its identity until an item itself changes.
 *
 * @param items - compared item by item with `Object.is`
 * @returns an array equal to `items`, stable while its items are
 */
export function useSameItems<T>(items: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(items)
  const same = kept.length === items.length && kept.every((item, i) => Object.is(item, items[i]))
  if (same) return kept
  // React's "storing information from previous renders": no effect, no frame with the old list.
  setKept(items)
  return items
}
