import { useMemo } from 'react'
import { ErrorPanel } from '../components/ui/error-panel'
import { region as regionConfig } from '../config/region'
import { CoordinationView } from '../features/partners/components/coordination-view'
import { useWardBoundaries } from '../features/wards/api/use-ward-boundaries'
import { wardDataAttribution } from '../features/wards/map/ward-data-attribution'
import { createBaseStyle } from '../map/base-style'
import { useBasemap, type BasemapConfig } from '../map/use-basemap'
import { useBasemapChoice } from '../map/use-basemap-choice'

/**
 * The coordination view: the wards feature's display layer and the chosen basemap given to the
 * partners feature, which colours the wards by its schemes' coverage.
 */
export function CoordinationScreen({ basemap: config }: { basemap: BasemapConfig }) {
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
    return <ErrorPanel title="The coordination view could not be shown" message={wards.message} />
  }
  return (
    <CoordinationView
      regionName={regionConfig.name}
      baseStyle={baseStyle}
      customAttribution={basemap.kind === 'online' ? basemap.attribution : undefined}
      wards={wards.boundaries.geojson}
      bounds={wards.boundaries.bounds}
      attribution={wardDataAttribution}
    />
  )
}
