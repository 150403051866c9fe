import type { RegionDataset } from '../../core/region/region-dataset'
import type { SqlClient } from '../sql-client'

// Rows per statement: large enough to be quick, small enough for PGlite's memory.
const BATCH = 5000

/**
 * Writes a validated region into the database in one transaction: everything or nothing.
 * Existing region rows are replaced (upserted), rows for areas no longer in the region removed;
 * the database's own checks (valid geometry, codes, no NaN) are a second gate.
 *
 * @returns counts of the rows written
 */
export async function writeRegion(
  client: SqlClient,
  region: RegionDataset,
): Promise<{ wards: number; smallAreas: number; indicators: number; postcodes: number }> {
  return client.transaction(async (tx) => {
    await tx.exec(`
      delete from public.postcodes;
      delete from public.small_area_indicators;
      delete from public.ward_indicators;
      delete from public.small_areas;
    `)
    await tx.query(
      `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom, label_point,
         sort_order)
       select x.ward_code, x.ward_name, x.lad_code, x.lad_name, x.population,
         extensions.st_setsrid(extensions.st_geomfromgeojson(x.geom::text), 4326),
         case when x.label_lng is null then null
           else extensions.st_setsrid(extensions.st_makepoint(x.label_lng, x.label_lat), 4326) end,
         x.sort_order
       from jsonb_to_recordset($1::jsonb) as x(ward_code text, ward_name text, lad_code text,
         lad_name text, population integer, geom jsonb, label_lng float8, label_lat float8,
         sort_order integer)
       on conflict (ward_code) do update set ward_name = excluded.ward_name,
         lad_code = excluded.lad_code, lad_name = excluded.lad_name,
         population = excluded.population, geom = excluded.geom, label_point = excluded.label_point,
         sort_order = excluded.sort_order`,
      [
        JSON.stringify(
          // File order decides a point on a shared edge, in the analysis and the assets trigger.
          region.wards.map((ward, index) => ({
            sort_order: index,
            ward_code: ward.wardCode,
            ward_name: ward.wardName,
            lad_code: ward.ladCode,
            lad_name: ward.ladName,
            population: ward.population,
            geom: ward.geometry,
            label_lng: ward.labelPoint?.[0] ?? null,
            label_lat: ward.labelPoint?.[1] ?? null,
          })),
        ),
      ],
    )
    if (region.programme) await coverAuthorities(tx, region)
    await tx.query('delete from public.wards where ward_code <> all ($1::text[])', [
      region.wards.map((ward) => ward.wardCode),
    ])
    for (const batch of chunks(region.smallAreas)) {
      await tx.query(
        `insert into public.small_areas (small_area_code, small_area_name, ward_code, population, point)
         select x.code, x.name, x.ward_code, x.population,
           extensions.st_setsrid(extensions.st_makepoint(x.lng, x.lat), 4326)
         from jsonb_to_recordset($1::jsonb) as x(code text, name text, ward_code text,
           population integer, lng float8, lat float8)`,
        [
          JSON.stringify(
            batch.map((area) => ({
              code: area.smallAreaCode,
              name: area.smallAreaName,
              ward_code: area.wardCode,
              population: area.population,
              lng: area.point[0],
              lat: area.point[1],
            })),
          ),
        ],
      )
    }
    for (const [table, key, rows] of [
      ['ward_indicators', 'ward_code', region.wardIndicators],
      ['small_area_indicators', 'small_area_code', region.smallAreaIndicators],
    ] as const) {
      for (const batch of chunks(rows)) {
        await tx.query(
          `insert into public.${table} (${key}, indicator, value, source, year)
           select x.code, x.indicator, x.value, x.source, x.year
           from jsonb_to_recordset($1::jsonb) as x(code text, indicator text, value float8,
             source text, year integer)`,
          [JSON.stringify(batch.map((row) => ({ ...row, code: row.areaCode })))],
        )
      }
    }
    for (const batch of chunks(region.postcodes)) {
      await tx.query(
        `insert into public.postcodes (postcode, point, ward_code, small_area_code)
         select x.postcode, extensions.st_setsrid(extensions.st_makepoint(x.lng, x.lat), 4326),
           x.ward_code, x.small_area_code
         from jsonb_to_recordset($1::jsonb) as x(postcode text, lng float8, lat float8,
           ward_code text, small_area_code text)`,
        [
          JSON.stringify(
            batch.map((row) => ({
              postcode: row.postcode,
              lng: row.point[0],
              lat: row.point[1],
              ward_code: row.wardCode,
              small_area_code: row.smallAreaCode,
            })),
          ),
        ],
      )
    }
    return {
      wards: region.wards.length,
      smallAreas: region.smallAreas.length,
      indicators: region.wardIndicators.length + region.smallAreaIndicators.length,
      postcodes: region.postcodes.length,
    }
  })
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH) yield rows.slice(start, start + BATCH)
}

/**
 * Puts the region's authorities not yet in a programme into the region's programme, so that the
 * database files each new asset and resident there. An authority already covered stays where it
 * is: moving one between programmes is an administrator's decision, not an import's.
 */
async function coverAuthorities(tx: SqlClient, region: RegionDataset): Promise<void> {
  const found = await tx.query<{ programme_id: string }>(
    'select programme_id from public.programmes where slug = $1',
    [region.programme],
  )
  const programme = found[0]
  if (!programme) {
    throw new Error(
      `The region names the programme '${region.programme}', which this database does not have; add it to public.programmes first.`,
    )
  }
  await tx.query(
    `insert into public.programme_authorities (lad_code, programme_id)
     select distinct lad_code, $2::uuid from unnest($1::text[]) as lad_code
     on conflict (lad_code) do nothing`,
    [[...new Set(region.wards.map((ward) => ward.ladCode))], programme.programme_id],
  )
}
