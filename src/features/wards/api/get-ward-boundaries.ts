import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { bbox } from '@turf/turf'
import { z } from 'zod'
import type { WardSummary } from '../../../core/region/ward-summary'
import type { MapBounds } from '../../../map/map-view'

/** The properties of a ward in the static ward layer (`public/generated/region/wards.geojson`). */
export const wardFeaturePropertiesSchema = z.object({
  ward_code: z.string().min(1),
  ward_name: z.string().min(1),
  lad_code: z.string().min(1),
  lad_name: z.string().min(1),
  population: z.number().int().nonnegative(),
  imd2025_score: z.number().nullable(),
  imd2025_rank: z.number().int().positive().nullable(),
  imd2025_tenth: z.number().int().min(1).max(10).nullable(),
  imd2019_score: z.number().nullable(),
  imd2019_rank: z.number().int().positive().nullable(),
})

export type WardFeatureProperties = z.infer<typeof wardFeaturePropertiesSchema>

// Geometry is checked for its type only: walking 25,000 vertices through a schema would cost more
// than it protects, and MapLibre rejects malformed coordinates itself.
const geometrySchema = z.custom<Polygon | MultiPolygon>(
  (value) =>
    z
      .object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) })
      .safeParse(value).success,
  { message: 'expected a Polygon or MultiPolygon' },
)

const wardCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: geometrySchema,
        properties: wardFeaturePropertiesSchema,
      }),
    )
    .min(1),
})

/** The wards, ready for the map (GeoJSON) and for the list and panel (summaries). */
export interface WardBoundaries {
  geojson: FeatureCollection<Polygon | MultiPolygon, WardFeatureProperties>
  /** Sorted by ward name. */
  wards: WardSummary[]
  byCode: ReadonlyMap<string, WardSummary>
  /** The region's extent, for the opening view. */
  bounds: MapBounds
}

/**
 * Loads the static ward layer, which the map paints before the database is ready.
 *
 * @param url - where the GeoJSON is served (`<base>generated/region/wards.geojson`)
 * @param signal - aborts the request
 * @returns the wards; rejects with an Error whose message a person can read
 */
export async function getWardBoundaries(
  url: string,
  signal?: AbortSignal,
): Promise<WardBoundaries> {
  let body: unknown
  try {
    const response = await fetch(url, { signal })
    if (!response.ok) {
      throw new Error(`The ward boundaries could not be loaded (HTTP ${response.status}).`)
    }
    body = await response.json()
  } catch (error) {
    if (signal?.aborted || (error instanceof Error && error.message.startsWith('The ward'))) {
      throw error
    }
    // A TypeError from fetch or a SyntaxError from json() says nothing a person can act on.
    throw new Error('The ward boundaries could not be loaded; check the connection and reload.', {
      cause: error,
    })
  }
  const parsed = wardCollectionSchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `The ward boundaries file is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    )
  }
  const geojson = parsed.data
  const wards = geojson.features
    .map((feature) => toWardSummary(feature.properties))
    .sort((a, b) => a.wardName.localeCompare(b.wardName, 'en-GB'))
  const [west, south, east, north] = bbox(geojson)
  return {
    geojson,
    wards,
    byCode: new Map(wards.map((ward) => [ward.wardCode, ward])),
    bounds: [
      [west, south],
      [east, north],
    ],
  }
}

function toWardSummary(properties: WardFeatureProperties): WardSummary {
  return {
    wardCode: properties.ward_code,
    wardName: properties.ward_name,
    ladCode: properties.lad_code,
    ladName: properties.lad_name,
    population: properties.population,
    imd2025Score: properties.imd2025_score,
    imd2025Rank: properties.imd2025_rank,
    imd2025Tenth: properties.imd2025_tenth,
    imd2019Score: properties.imd2019_score,
    imd2019Rank: properties.imd2019_rank,
  }
}
