/**
 * Ranks areas by a score, highest first (1 = most deprived for IMD scores), as SQL's `rank()`:
 * equal scores share a rank and the next rank skips. Also gives the tenth, 1 to 10, as
 * `ceil(10 × rank ÷ n)`, the same formula as the `ward_summaries` view.
 *
 * @param scores - code → score; codes with no score get no rank
 * @returns code → { rank, tenth }
 * @example rankWardsByScore(new Map([['a', 30], ['b', 10]])).get('a') // { rank: 1, tenth: 5 }
 */
export function rankWardsByScore(
  scores: ReadonlyMap<string, number>,
): Map<string, { rank: number; tenth: number }> {
  const ordered = [...scores].sort((a, b) => b[1] - a[1])
  const ranks = new Map<string, { rank: number; tenth: number }>()
  ordered.forEach(([code, score], index) => {
    const previous = index > 0 ? ordered[index - 1]! : null
    const rank = previous && previous[1] === score ? ranks.get(previous[0])!.rank : index + 1
    ranks.set(code, { rank, tenth: Math.ceil((10 * rank) / ordered.length) })
  })
  return ranks
}
