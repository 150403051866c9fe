/**
 * Percentile ranks (0–100) of values among the usable ones: the share of the other values that are
 * strictly lower, 100 × (rank − 1) / (n − 1) with tied values sharing the lowest rank of their
 * group (Postgres's `percent_rank()`). So the lowest value, and every value tied with it, gets 0,
 * and a ward with no supply sits at the bottom with every other ward that has none, not in the
 * middle as a shared mean rank would put a large tied group (issue #18). A lone value gets 50.
 * null, NaN and ±Infinity get null and take no rank.
 *
 * @param values any numbers, in any order
 * @returns the percentile of each value, index-aligned, or null
 * @example
 * percentileRank([10, 30, 20, null, 20]) // [0, 100, 100 / 3, null, 100 / 3]
 */
export function percentileRank(values: readonly (number | null)[]): (number | null)[] {
  const order: number[] = []
  values.forEach((value, i) => {
    if (value !== null && Number.isFinite(value)) order.push(i)
  })
  order.sort((a, b) => values[a]! - values[b]!)
  const result: (number | null)[] = values.map(() => null)
  const n = order.length
  for (let start = 0; start < n;) {
    let end = start
    while (end + 1 < n && values[order[end + 1]!] === values[order[start]!]) end++
    const percentile = n === 1 ? 50 : (100 * start) / (n - 1)
    for (let k = start; k <= end; k++) result[order[k]!] = percentile
    start = end + 1
  }
  return result
}
