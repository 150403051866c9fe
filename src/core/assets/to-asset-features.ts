import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import type { Asset, AssetKind, AssetStatus } from './asset'
import { isPinnableKind } from './asset-kind-style'

/** What a pin carries to the map: enough to style and identify it, nothing private. */
export interface AssetFeatureProperties {
  id: string
  kind: AssetKind
  status: AssetStatus
}

/**
 * The assets as GeoJSON points for a clustered map source. Individuals' gifts are never pins,
 * and a sensitive place shown without a location is left out. Names stay off the map data: the
 * popup and list read them from the asset itself, as text.
 *
 * @param assets - the assets to draw
 * @returns a FeatureCollection of Points, `[lng, lat]`, with the asset id as feature id
 * @example toAssetFeatures([hall]).features[0].properties // { id, kind, status }
 */
export function toAssetFeatures(
  assets: readonly Asset[],
): FeatureCollection<Point, AssetFeatureProperties> {
  const features: Array<Feature<Point, AssetFeatureProperties>> = []
  for (const asset of assets) {
    if (!asset.lngLat || !isPinnableKind(asset.kind)) continue
    features.push({
      type: 'Feature',
      id: asset.id,
      geometry: { type: 'Point', coordinates: [asset.lngLat[0], asset.lngLat[1]] },
      properties: { id: asset.id, kind: asset.kind, status: asset.status },
    })
  }
  return { type: 'FeatureCollection', features }
}

/**
 * Lines from one asset to each asset it is connected to, for the connection map.
 *
 * @param from - the asset whose connections are shown
 * @param others - the connected assets (those without a location are skipped)
 * @returns a FeatureCollection of two-point LineStrings
 */
export function toConnectionFeatures(
  from: Asset,
  others: readonly Asset[],
): FeatureCollection<LineString, { id: string }> {
  const start = from.lngLat
  return {
    type: 'FeatureCollection',
    features: start
      ? others.flatMap((other) =>
          other.lngLat && isPinnableKind(other.kind)
            ? [
                {
                  type: 'Feature' as const,
                  geometry: { type: 'LineString' as const, coordinates: [start, other.lngLat] },
                  properties: { id: other.id },
                },
              ]
            : [],
        )
      : [],
  }
}
