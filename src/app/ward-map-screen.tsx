import { useMemo, type ReactNode } from 'react'
import type { StyleSpecification } from 'maplibre-gl'
import { ErrorPanel } from '../components/ui/error-panel'
import { region as regionConfig } from '../config/region'
import type { WardBoundaries } from '../features/wards/api/get-ward-boundaries'
import { useWardBoundaries } from '../features/wards/api/use-ward-boundaries'
import { wardDataAttribution } from '../features/wards/map/ward-data-attribution'
import { createBaseStyle } from '../map/base-style'
import { useBasemap, type BasemapConfig } from '../map/use-basemap'
import { useBasemapChoice } from '../map/use-basemap-choice'
import type { MapBounds } from '../map/map-view'

/** What a screen drawn over the wards is given: the ward layer, the basemap and the credits. */
export interface WardMapProps {
  regionName: string
  baseStyle: StyleSpecification
  customAttribution: string | undefined
  wards: WardBoundaries['geojson']
  bounds: MapBounds
  attribution: string
}

/**
 * The wards feature's display layer and the chosen basemap, given to a feature that colours the
 * wards (the gap analysis, the partners' coverage); says so while the wards load or if they fail.
 */
export function WardMapScreen({
  basemap: config,
  what,
  children,
}: {
  basemap: BasemapConfig
  /** The screen's name, for "… could not be shown". */
  what: string
  children: (props: WardMapProps) => ReactNode
}) {
  const wards = useWardBoundaries()
  const [choice] = useBasemapChoice()
  const basemap = useBasemap(choice, config)
  const region = wards.status === 'ready' ? wards.boundaries.geojson : null
  const onlineStyle = basemap.kind === 'online' ? basemap.style : null
  const baseStyle = useMemo(
    () => onlineStyle ?? createBaseStyle({ region, attribution: wardDataAttribution }),
    [onlineStyle, region],
  )
  if (wards.status === 'loading') {
    return (
      <p className="map-screen__placeholder" role="status">
        Loading ward boundaries…
      </p>
    )
  }
  if (wards.status === 'failed') {
    return <ErrorPanel title={`${what} could not be shown`} message={wards.message} />
  }
  return children({
    regionName: regionConfig.name,
    baseStyle,
    customAttribution: basemap.kind === 'online' ? basemap.attribution : undefined,
    wards: wards.boundaries.geojson,
    bounds: wards.boundaries.bounds,
    attribution: wardDataAttribution,
  })
}
