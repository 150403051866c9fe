import type { RegionTexts } from './parse-region'

/** The format tag of `analysis-region.json`; a change to the shape changes the tag. */
export const ANALYSIS_REGION_FORMAT = 'community-asset-map/analysis-region/1'

/**
 * What `npm run prepare:local` serves as `public/generated/region/analysis-region.json` for the
 * app's gap analysis worker: the region's full-resolution files as text (the checksummed files
 * from ../shared/data, unchanged), which the worker parses with parseRegion exactly as the
 * command line does, so a bad value is reported the same way in both.
 */
export interface AnalysisRegionFile {
  format: typeof ANALYSIS_REGION_FORMAT
  texts: Omit<RegionTexts, 'postcodes'>
}
