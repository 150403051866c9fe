import { useEffect, useState } from 'react'
import type { GiftKind } from '../../../core/residents/gift-kind'
import type { DistanceMatch } from '../../../core/residents/resident-offer'
import type { DataPort } from '../../../db/port'

export type MatchesState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; matches: DistanceMatch[] }
  | { status: 'failed'; message: string }

/**
 * Residents near a place by distance band (builders and admins; the database refuses others),
 * read again whenever the place or the kind of gift changes.
 *
 * @param place - `[lng, lat]`, or null before one is chosen
 * @param kind - only residents offering gifts of this kind, or null for any
 */
export function useDistanceMatches(
  port: DataPort | null,
  place: [number, number] | null,
  kind: GiftKind | null,
): MatchesState {
  // Each answer is kept with the question it answers, so a new question reads as loading.
  const key = place ? `${place[0]} ${place[1]} ${kind ?? ''}` : null
  const [answer, setAnswer] = useState<{ key: string; state: MatchesState } | null>(null)
  useEffect(() => {
    if (!port || !place || !key) return
    let active = true
    port.residents.matchByDistance(place, kind ?? undefined).then(
      (matches) => active && setAnswer({ key, state: { status: 'ready', matches } }),
      (failure: Error) =>
        active && setAnswer({ key, state: { status: 'failed', message: failure.message } }),
    )
    return () => {
      active = false
    }
  }, [port, place, kind, key])
  if (!key) return { status: 'idle' }
  return answer?.key === key ? answer.state : { status: 'loading' }
}
