import { DISTANCE_BANDS, type DistanceBand, type DistanceMatch } from './resident-offer'

/** The residents matched in one distance band. */
export interface BandOfMatches {
  band: DistanceBand
  matches: DistanceMatch[]
}

/**
 * Groups matches by distance band, nearest band first, every band present even when empty (so a
 * builder sees that nobody is under 1 km, not just fewer headings). Within a band the order given
 * is kept: the database orders by name, never by distance, which would rank the homes.
 *
 * @param matches - as match_residents_by_distance returns them
 * @returns the three bands, under 1 km first
 * @example groupMatchesByBand([]).map((b) => b.band) // ['under 1 km', '1–3 km', 'over 3 km']
 */
export function groupMatchesByBand(matches: readonly DistanceMatch[]): BandOfMatches[] {
  return DISTANCE_BANDS.map((band) => ({
    band,
    matches: matches.filter((match) => match.band === band),
  }))
}
