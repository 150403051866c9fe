import './resident-matching.css'
import { useCallback, useMemo, useState } from 'react'
import type { GiftKind } from '../../core/residents/gift-kind'
import { usePortCall } from '../../db/use-port-query'
import type { MapContribution, PanelSelection } from '../../map/map-contribution'
import { MapMarker } from '../../map/map-marker'
import { useDistanceMatches } from './api/use-distance-matches'
import { MatchingPanel, type MatchPlace } from './components/matching-panel'

export const MATCH_PANEL = 'match'

/**
 * Builders' matching of residents to a place by distance band: the Match tab and, while it is on
 * show, the chosen place's marker (a place, never a person) and map clicks choosing that place.
 */
export function useResidentMatchingMapContribution({
  panels,
}: {
  panels: PanelSelection
}): MapContribution {
  const call = usePortCall()
  const [place, setPlace] = useState<MatchPlace | null>(null)
  const [kind, setKind] = useState<GiftKind | null>(null)
  const lngLat = place?.lngLat ?? null
  const matches = useDistanceMatches(lngLat, kind)
  const open = panels.selected === MATCH_PANEL

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

  const marker = useMemo(
    () =>
      lngLat ? (
        <MapMarker lngLat={lngLat} label="Place to match residents from" colour="#54278f" />
      ) : null,
    [lngLat],
  )
  return {
    id: 'resident-matching',
    pieces: open ? marker : null,
    // With the Match tab on show a map click chooses the place to match from, over any other
    // feature's picker (a pin left being moved in the Assets tab, say).
    pickLocation: open ? { priority: 2, handler: pickPlace } : null,
    panels: [
      {
        id: MATCH_PANEL,
        label: 'Match',
        order: 50,
        content: (
          <MatchingPanel
            place={place}
            kind={kind}
            onKindChange={setKind}
            onPostcode={choosePostcode}
            matches={matches}
          />
        ),
      },
    ],
  }
}
