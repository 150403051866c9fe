import { randomUUID } from 'node:crypto'
import type { Actor, TestDatabase } from './test-database'

// Small hand-made places for the asset tests: two square wards side by side (west and east of
// longitude 0.5) instead of the Essex region, so a test file starts fast.

export const WEST_WARD = 'E05990001'
export const EAST_WARD = 'E05990002'
/** A point inside the west ward, and one inside the east ward. */
export const IN_WEST: [number, number] = [0.25, 51.5]
export const IN_EAST: [number, number] = [0.75, 51.5]

export async function addSquareWards(db: TestDatabase): Promise<void> {
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom) values
       ($1, 'West Square', 'E07990001', 'Test', 1000,
         extensions.st_multi(extensions.st_makeenvelope(0, 51, 0.5, 52, 4326))),
       ($2, 'East Square', 'E07990001', 'Test', 1000,
         extensions.st_multi(extensions.st_makeenvelope(0.5, 51, 1, 52, 4326)))`,
    [WEST_WARD, EAST_WARD],
  )
}

export const as = (userId: string): Actor => ({ role: 'authenticated', userId })

/** What create_asset takes, with defaults for everything a test does not care about. */
export interface AssetInput {
  clientId?: string
  name?: string
  kind?: string
  description?: string
  lngLat?: [number, number]
  isSensitive?: boolean
  subtype?: string | null
  openingTimes?: string
  accessibility?: string
  website?: string | null
  tags?: string[]
  contact?: string | null
  workshopId?: string | null
}

export const CREATE_ASSET =
  'select * from public.create_asset($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)'

export function createAssetParams(input: AssetInput = {}): unknown[] {
  const [lng, lat] = input.lngLat ?? IN_WEST
  return [
    input.clientId ?? randomUUID(),
    input.name ?? 'Community café',
    input.kind ?? 'economic',
    input.description ?? '',
    lng,
    lat,
    input.isSensitive ?? false,
    input.subtype ?? null,
    input.openingTimes ?? '',
    input.accessibility ?? '',
    input.website ?? null,
    input.tags ?? [],
    input.contact ?? null,
    input.workshopId ?? null,
  ]
}

/** An asset_list row as the tests read it. */
export interface AssetRow {
  asset_id: string
  name: string
  kind: string
  subtype: string | null
  description: string
  ward_code: string | null
  status: string
  status_reason: string | null
  version: number
  workshop_id: string | null
  last_verified_at: Date | string | null
  merged_into: string | null
  tags: string[]
}
