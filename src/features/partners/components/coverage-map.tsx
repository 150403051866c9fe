import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { useCallback, useMemo, useState } from 'react'
import { composeStyle } from '../../../map/compose-style'
import { MapView, type MapBounds, type MapHit } from '../../../map/map-view'
import type { WardCoverage } from '../../../core/partners/partner'
import { COVERAGE_STYLE } from '../coverage-status'
import { coverageLayer, coverageLayerIds } from '../map/coverage-layer'

export interface CoverageMapProps {
  baseStyle: StyleSpecification
  customAttribution?: string | undefined
  regionName: string
  themeLabel: string
  wards: FeatureCollection
  bounds: MapBounds
  coverage: readonly WardCoverage[]
  selectedCode: string | null
  onSelect: (code: string | null) => void
}

/**
 * The coordination map: wards filled by coverage status (overlap, gap, covered, none), over the
 * same ward layer as the map and the gap analysis. The container carries how many wards of each
 * status are drawn, so what the map shows can be checked without reading pixels.
 */
export function CoverageMap(props: CoverageMapProps) {
  const [hover, setHover] = useState<MapHit | null>(null)
  const style = useMemo(
    () => composeStyle(props.baseStyle, [coverageLayer(props.wards, props.coverage)]),
    [props.baseStyle, props.wards, props.coverage],
  )
  const byCode = useMemo(
    () => new Map(props.coverage.map((ward) => [ward.wardCode, ward])),
    [props.coverage],
  )
  const onError = useCallback((message: string, sourceId: string | undefined) => {
    // An online basemap's tile failing is not the coverage's problem: the wards still draw.
    if (sourceId && sourceId !== coverageLayerIds.source && sourceId !== 'base-region') {
      console.warn(`Basemap source "${sourceId}": ${message}`)
    } else {
      console.error(`Map: ${message}`)
    }
  }, [])
  const hovered = hover ? byCode.get(hover.id) : undefined
  const overlaps = props.coverage.filter((ward) => ward.status === 'overlap').length
  const gaps = props.coverage.filter((ward) => ward.status === 'gap').length
  return (
    <div className="partners-map" data-overlaps={overlaps} data-gaps={gaps}>
      <MapView
        label={`Map of ${props.regionName} wards by coverage of ${props.themeLabel}`}
        describedBy="coverage-map-help"
        style={style}
        customAttribution={props.customAttribution}
        initialBounds={props.bounds}
        interactive={{ layerId: coverageLayerIds.fill, sourceId: coverageLayerIds.source }}
        hoveredId={hover?.id ?? null}
        selectedId={props.selectedCode}
        focus={null}
        onHover={setHover}
        onSelect={props.onSelect}
        onError={onError}
      />
      {hover ? (
        <div
          className="partners-map__tooltip"
          style={{ left: hover.point.x + 12, top: hover.point.y + 12 }}
          aria-hidden="true"
        >
          <strong>{hovered?.wardName ?? hover.id}</strong>
          <br />
          {hovered
            ? `${COVERAGE_STYLE[hovered.status].label}: ${hovered.schemes} ${hovered.schemes === 1 ? 'scheme' : 'schemes'}`
            : 'no figure'}
        </div>
      ) : null}
      <p id="coverage-map-help" className="visually-hidden">
        Wards are coloured by how many schemes of the theme run there; the key and the table below
        say the same in words.
      </p>
    </div>
  )
}
