import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { RegionSources, SourceText } from '../../src/core/region/build-region-dataset'
import { regionDisplaySchema } from '../../src/config/region-config'
import { regionManifestPath } from './paths'

const fileEntry = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  original: z.string(),
  download: z.url(),
  licence: z.string(),
})
const manifestSchema = z.object({
  region: z.string(),
  /** The slug of the programme that covers this region's authorities (public.programmes). */
  programme: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string(),
  /** The words the app uses for the region and its programme. */
  display: regionDisplaySchema,
  attribution: z.string(),
  files: z.object({
    wardBoundaries: fileEntry,
    wardBoundariesForDisplay: fileEntry.optional(),
    wardPopulation: fileEntry,
    smallAreaCentroids: fileEntry,
    wardDeprivation: fileEntry.optional(),
    smallAreaDeprivation2025: fileEntry.optional(),
    postcodes: fileEntry.optional(),
  }),
})
export type RegionManifest = z.infer<typeof manifestSchema>

/** Reads a region's manifest from data/regions/<region>/manifest.json. */
export function readRegionManifest(region: string): RegionManifest {
  const path = regionManifestPath(region)
  if (!existsSync(path)) throw new Error(`No region '${region}': ${path} does not exist`)
  return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

/**
 * Reads the files a manifest lists from `dataDir`, checking each one's SHA-256 unless `verify` is
 * false (a newer release of a file has another checksum: check it, then import with --no-verify).
 *
 * @throws Error naming a missing file or a checksum mismatch
 */
export function readRegionSources(
  manifest: RegionManifest,
  dataDir: string,
  verify = true,
): { sources: RegionSources; displayBoundaries: SourceText | null } {
  const read = (entry: z.infer<typeof fileEntry>): SourceText => {
    const path = join(dataDir, entry.file)
    if (!existsSync(path)) {
      throw new Error(
        `${entry.file} is missing from ${dataDir}; download it from ${entry.download}`,
      )
    }
    const bytes = readFileSync(path)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (verify && sha256 !== entry.sha256) {
      throw new Error(
        `${entry.file} is not the file the manifest names (SHA-256 ${sha256.slice(0, 12)}…, expected ${entry.sha256.slice(0, 12)}…); if it is a newer release, check it and import with --no-verify`,
      )
    }
    return { file: entry.file, text: bytes.toString('utf8') }
  }
  const files = manifest.files
  const optional = (entry: z.infer<typeof fileEntry> | undefined) =>
    entry ? read(entry) : undefined
  const sources: RegionSources = {
    wardBoundaries: read(files.wardBoundaries),
    wardPopulation: read(files.wardPopulation),
    smallAreaCentroids: read(files.smallAreaCentroids),
    ...(files.wardDeprivation && { wardDeprivation: read(files.wardDeprivation) }),
    ...(files.smallAreaDeprivation2025 && {
      smallAreaDeprivation2025: read(files.smallAreaDeprivation2025),
    }),
    ...(files.postcodes && { postcodes: read(files.postcodes) }),
  }
  return { sources, displayBoundaries: optional(files.wardBoundariesForDisplay) ?? null }
}
