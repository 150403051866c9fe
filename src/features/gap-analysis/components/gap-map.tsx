import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { useCallback, useMemo, useState } from 'react'
import { composeStyle } from '../../../map/compose-style'
import { MapView, type MapBounds, type MapHit } from '../../../map/map-view'
import type { BivariateClass } from '../bivariate-classes'
import { describeBivariateClass } from '../bivariate-classes'
import { coverageLayer, toResidentFeatures } from '../map/coverage-layer'
import { choroplethSignature, gapChoroplethLayer, gapLayerIds } from '../map/gap-choropleth-layer'
import type { AnalysisAsset, ResidentCoverage } from '../worker/gap-analysis-result'

export interface GapMapProps {
  baseStyle: StyleSpecification
  customAttribution?: string | undefined
  /** The region's name, for the map's label. */
  regionName: string
  wards: FeatureCollection
  bounds: MapBounds
  /** Width of the map's left edge covered by the key, px: the region opens clear of it. */
  keyWidthPx: number
  wardNames: ReadonlyMap<string, string>
  classes: ReadonlyMap<string, BivariateClass>
  residents: ResidentCoverage | null
  planned: readonly AnalysisAsset[]
  selectedCode: string | null
  /** Why the classes drawn are not final yet, said over the map; null once they are. */
  provisional: string | null
  focus: { bounds: MapBounds; request: number } | null
  onSelect: (code: string | null) => void
  /** When set, a click places a planned asset there instead of selecting a ward. */
  onPick: ((lngLat: [number, number]) => void) | null
}

/**
 * The analysis map: wards filled by need × supply class, the coverage layer's resident points
 * and planned assets on top. The map container carries the signature of the classes drawn and
 * the number of wards rendered, so what the map shows can be checked without reading pixels.
 */
export function GapMap(props: GapMapProps) {
  const [hover, setHover] = useState<MapHit | null>(null)
  const [drawn, setDrawn] = useState<number | null>(null)
  const residentFeatures = useMemo(
    () => (props.residents ? toResidentFeatures(props.residents) : null),
    [props.residents],
  )
  const style = useMemo(
    () =>
      composeStyle(props.baseStyle, [
        gapChoroplethLayer(props.wards, props.classes),
        ...(residentFeatures ? [coverageLayer(residentFeatures, props.planned)] : []),
      ]),
    [props.baseStyle, props.wards, props.classes, residentFeatures, props.planned],
  )
  const onRendered = useCallback((ids: ReadonlySet<string>) => setDrawn(ids.size), [])
  const onError = useCallback((message: string, sourceId: string | undefined) => {
    // An online basemap's tile failing is not the analysis's problem: the wards still draw.
    if (sourceId && !sourceId.startsWith('gap-') && sourceId !== 'base-region') {
      console.warn(`Basemap source "${sourceId}": ${message}`)
    } else {
      console.error(`Map: ${message}`)
    }
  }, [])
  const hovered = hover ? props.classes.get(hover.id) : undefined

  return (
    <div
      className="gap-map"
      data-choropleth={choroplethSignature(props.classes)}
      data-wards-drawn={drawn ?? undefined}
      data-provisional={props.provisional !== null}
    >
      {props.provisional ? (
        <p className="gap-map__provisional" data-testid="gap-map-provisional">
          {props.provisional}
        </p>
      ) : null}
      <MapView
        label={`Map of ${props.regionName} wards by need and supply`}
        describedBy="gap-map-help"
        style={style}
        customAttribution={props.customAttribution}
        initialBounds={props.bounds}
        initialPadding={{ top: 16, right: 16, bottom: 16, left: 16 + props.keyWidthPx }}
        interactive={{ layerId: gapLayerIds.fill, sourceId: gapLayerIds.source }}
        hoveredId={hover?.id ?? null}
        selectedId={props.selectedCode}
        focus={props.focus}
        onHover={setHover}
        onSelect={props.onSelect}
        onRendered={onRendered}
        onError={onError}
        onPickLocation={props.onPick}
      />
      {hover ? (
        <div
          className="gap-map__tooltip"
          style={{ left: hover.point.x + 12, top: hover.point.y + 12 }}
          aria-hidden="true"
        >
          <strong>{props.wardNames.get(hover.id) ?? hover.id}</strong>
          <br />
          {hovered ? describeBivariateClass(hovered) : 'no need or supply figure'}
        </div>
      ) : null}
      <p id="gap-map-help" className="visually-hidden">
        Wards are coloured by need and supply; the key and the ranked table below say the same in
        words. Choose a ward to select it in the table.
      </p>
    </div>
  )
}
