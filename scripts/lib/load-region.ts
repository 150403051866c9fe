import { buildRegionDataset } from '../../src/core/region/build-region-dataset'
import type { RegionDataset } from '../../src/core/region/region-dataset'
import { formatRegionIssue } from '../../src/core/region/region-issue'
import type { SourceText } from '../../src/core/region/build-region-dataset'
import { readRegionManifest, readRegionSources, type RegionManifest } from './read-region-sources'

/** A region read from its public files and validated, ready to write. */
export interface LoadedRegion {
  manifest: RegionManifest
  dataset: RegionDataset
  displayBoundaries: SourceText | null
}

/**
 * Reads and validates a region's files.
 * @throws Error whose message lists every problem, one per line, naming file and row or feature
 */
export function loadRegion(region: string, dataDir: string, verify = true): LoadedRegion {
  const manifest = readRegionManifest(region)
  const { sources, displayBoundaries } = readRegionSources(manifest, dataDir, verify)
  const result = buildRegionDataset(sources)
  if (!result.ok) {
    const lines = result.issues.slice(0, 20).map(formatRegionIssue)
    const more = result.issues.length > 20 ? [`… and ${result.issues.length - 20} more`] : []
    throw new Error(
      [`The ${region} region was not imported; nothing was written:`, ...lines, ...more].join('\n'),
    )
  }
  return {
    manifest,
    dataset: { ...result.dataset, programme: manifest.programme },
    displayBoundaries,
  }
}
