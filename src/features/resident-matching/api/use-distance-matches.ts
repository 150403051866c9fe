import type { GiftKind } from '../../../core/residents/gift-kind'
import type { DistanceMatch } from '../../../core/residents/resident-offer'
import { usePortQuery } from '../../../db/use-port-query'

export type MatchesState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; matches: DistanceMatch[] }
  | { status: 'failed'; message: string }

/**
 * Residents near a place by distance band (builders and admins; the database refuses others),
 * read again whenever the place or the kind of gift changes; a new question reads as loading.
 *
 * @param place - `[lng, lat]`, or null before one is chosen
 * @param kind - only residents offering gifts of this kind, or null for any
 */
export function useDistanceMatches(
  place: [number, number] | null,
  kind: GiftKind | null,
): MatchesState {
  const { read } = usePortQuery(
    ['residents', 'distance-matches', place, kind],
    (port) =>
      place ? port.residents.matchByDistance(place, kind ?? undefined) : Promise.resolve([]),
    { enabled: place !== null },
  )
  if (!place) return { status: 'idle' }
  if (read.status === 'ready') return { status: 'ready', matches: read.value }
  return read
}
