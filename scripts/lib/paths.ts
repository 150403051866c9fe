import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the public region files are by default: `../shared/data` beside the repository. */
export const defaultDataDir = resolve(repoRoot, '..', 'shared', 'data')

/** The folder holding a region's manifest. */
export function regionManifestPath(region: string): string {
  return resolve(repoRoot, 'data', 'regions', region, 'manifest.json')
}
