import { parseArgs } from 'node:util'
import type { ResidentModel } from '../../src/core/analysis/parse-region'

export interface AnalysisArgs {
  assets: string
  distanceMetres: number
  residents: ResidentModel
  out: string | null
  region: string | null
  help: boolean
}

export const ANALYSIS_USAGE = `Usage: npm run -s analysis -- --assets <file.csv|file.geojson> [--distance <metres>] [--residents lsoa|postcode] [--out <file.csv>] [--region <dir>]

  --assets     CSV with lon, lat, category columns, or a GeoJSON FeatureCollection of Points
               with properties.category (relative paths resolve from where you ran npm)
  --distance   walking distance for coverage, metres (default 800)
  --residents  lsoa (default): LSOA 2021 population-weighted centroids;
               postcode: postcode centroids, each an equal share of its LSOA's population
  --out        write the CSV here instead of standard output
  --region     folder with the region's files (default ../shared/data beside the repository)`

/**
 * Reads the command line of `npm run analysis`.
 *
 * @param argv the arguments after the script name
 * @returns the options, or a one-line reason they cannot be used
 */
export function parseAnalysisArgs(
  argv: readonly string[],
): { ok: true; args: AnalysisArgs } | { ok: false; message: string } {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        assets: { type: 'string' },
        distance: { type: 'string' },
        residents: { type: 'string' },
        out: { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { ok: false, message: firstLine(error) }
  }
  if (values.help === true) {
    return {
      ok: true,
      args: {
        assets: '',
        distanceMetres: 800,
        residents: 'lsoa',
        out: null,
        region: null,
        help: true,
      },
    }
  }
  const assets = values.assets
  if (typeof assets !== 'string' || assets === '') {
    return { ok: false, message: 'Missing --assets <file.csv|file.geojson>' }
  }
  const distanceText = typeof values.distance === 'string' ? values.distance.trim() : '800'
  const distanceMetres = /^\d+(\.\d+)?$/.test(distanceText) ? Number(distanceText) : Number.NaN
  if (!Number.isFinite(distanceMetres)) {
    return {
      ok: false,
      message: `--distance must be a number of metres, 0 or more (got "${String(values.distance)}")`,
    }
  }
  const residents = values.residents ?? 'lsoa'
  if (residents !== 'lsoa' && residents !== 'postcode') {
    return {
      ok: false,
      message: `--residents must be lsoa or postcode (got "${String(residents)}")`,
    }
  }
  return {
    ok: true,
    args: {
      assets,
      distanceMetres,
      residents,
      out: typeof values.out === 'string' && values.out !== '' ? values.out : null,
      region: typeof values.region === 'string' && values.region !== '' ? values.region : null,
      help: false,
    },
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!
}
