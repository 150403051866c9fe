import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pickRegionConfig } from '../../src/config/region-config'

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the public region files are by default: `../shared/data` beside the repository. */
export const defaultDataDir = resolve(repoRoot, '..', 'shared', 'data')

/** The folder holding a region's manifest. */
export function regionManifestPath(region: string): string {
  return resolve(repoRoot, 'data', 'regions', region, 'manifest.json')
}

/**
 * The region the app is built for, chosen as the app chooses it (src/config/region.ts): the
 * VITE_REGION folder, else the only folder in data/regions.
 */
export function buildRegion(): string {
  const folder = resolve(repoRoot, 'data', 'regions')
  const manifests = Object.fromEntries(
    readdirSync(folder).map((name) => [
      name,
      JSON.parse(readFileSync(regionManifestPath(name), 'utf8')) as unknown,
    ]),
  )
  return pickRegionConfig(manifests, process.env.VITE_REGION || undefined).region
}
