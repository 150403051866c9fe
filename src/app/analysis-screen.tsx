import { useMemo } from 'react'
import { ErrorPanel } from '../components/ui/error-panel'
import { region as regionConfig } from '../config/region'
import { GapAnalysisView } from '../features/gap-analysis/components/gap-analysis-view'
import { useWardBoundaries } from '../features/wards/api/use-ward-boundaries'
import { wardDataAttribution } from '../features/wards/map/ward-data-attribution'
import { createBaseStyle } from '../map/base-style'
import { useBasemap, type BasemapConfig } from '../map/use-basemap'
import { useBasemapChoice } from '../map/use-basemap-choice'

/**
 * The gap analysis screen: the wards feature's display layer and the chosen basemap given to the
 * gap-analysis feature, which runs the analysis itself (in its worker).
 */
export function AnalysisScreen({ basemap: config }: { basemap: BasemapConfig }) {
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
    return <ErrorPanel title="The gap analysis could not be shown" message={wards.message} />
  }
  return (
    <GapAnalysisView
      regionName={regionConfig.name}
      baseStyle={baseStyle}
      customAttribution={basemap.kind === 'online' ? basemap.attribution : undefined}
      wards={wards.boundaries.geojson}
      bounds={wards.boundaries.bounds}
      attribution={wardDataAttribution}
    />
  )
}
