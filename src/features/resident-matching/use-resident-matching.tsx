import './resident-matching.css'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import type { GiftKind } from '../../core/residents/gift-kind'
import { usePortCall } from '../../db/use-port-query'
import { MapMarker } from '../../map/map-marker'
import { useDistanceMatches } from './api/use-distance-matches'
import { MatchingPanel, type MatchPlace } from './components/matching-panel'

export interface ResidentMatching {
  panel: ReactNode
  /** The chosen place's marker (a place, never a person). */
  mapPieces: ReactNode
  /** Makes a map click the place to match from. */
  pickPlace: (lngLat: [number, number]) => void
}

/** Builders' matching of residents to a place by distance band: the panel and the map's part. */
export function useResidentMatching(): ResidentMatching {
  const call = usePortCall()
  const [place, setPlace] = useState<MatchPlace | null>(null)
  const [kind, setKind] = useState<GiftKind | null>(null)
  const lngLat = place?.lngLat ?? null
  const matches = useDistanceMatches(lngLat, kind)

  const pickPlace = useCallback(
    (picked: [number, number]) =>
      setPlace({ lngLat: picked, label: 'the place clicked on the map' }),
    [],
  )
  const choosePostcode = useCallback(
    async (typed: string): Promise<string | null> => {
      if (!typed.trim()) return 'Enter a postcode, like CM1 1AA'
      try {
        const found = await call((port) => port.region.lookupPostcode(typed))
        if (!found) return `No postcode “${typed.trim()}” was found in the region`
        setPlace({ lngLat: found.lngLat, label: `postcode ${found.postcode}` })
        return null
      } catch (failure) {
        return failure instanceof Error ? failure.message : String(failure)
      }
    },
    [call],
  )

  const mapPieces = useMemo(
    () =>
      lngLat ? (
        <MapMarker lngLat={lngLat} label="Place to match residents from" colour="#54278f" />
      ) : null,
    [lngLat],
  )
  return {
    panel: (
      <MatchingPanel
        place={place}
        kind={kind}
        onKindChange={setKind}
        onPostcode={choosePostcode}
        matches={matches}
      />
    ),
    mapPieces,
    pickPlace,
  }
}
