/** Walking pace the analysis's words assume: 80 m a minute (about 4.8 km/h). */
const METRES_PER_MINUTE = 80

/**
 * A walking distance in words, as the reasons say it.
 *
 * @param metres the distance
 * @returns e.g. "a 10-minute walk" for 800 m; "1,250 m" when not a whole number of minutes
 * @example describeWalk(400) // 'a 5-minute walk'
 */
export function describeWalk(metres: number): string {
  const minutes = metres / METRES_PER_MINUTE
  return Number.isInteger(minutes)
    ? `a ${minutes}-minute walk`
    : `${metres.toLocaleString('en-GB')} m`
}
