import './zod-without-eval'
import { pickRegionConfig, type RegionConfig } from './region-config'

/** The region and programme this build serves, read from its manifest at build time. */
export const region: RegionConfig = pickRegionConfig(
  import.meta.glob('../../data/regions/*/manifest.json', { eager: true, import: 'default' }),
  import.meta.env.VITE_REGION as string | undefined,
)
