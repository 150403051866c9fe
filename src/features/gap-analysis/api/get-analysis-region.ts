import { z } from 'zod'
import {
  ANALYSIS_REGION_FORMAT,
  type AnalysisRegionFile,
} from '../../../core/analysis/analysis-region-file'

/** `analysis-region.json`: the region's files as text (their contents are checked by the parser). */
const analysisRegionSchema = z.object({
  format: z.literal(ANALYSIS_REGION_FORMAT),
  texts: z.object({
    wards: z.string().min(1),
    wardPopulation: z.string().min(1),
    lsoaCentroids: z.string().min(1),
    wardImd: z.string().optional(),
  }),
})

/** Where `npm run prepare:local` writes the analysis region, under the app's base path. */
export const analysisRegionUrl = `${import.meta.env.BASE_URL}generated/region/analysis-region.json`

/**
 * Loads the region the gap analysis runs on (full-resolution wards, population, IMD, LSOA
 * centroids). Called in the analysis worker, so the page never parses the megabyte itself.
 *
 * @param url where the file is served
 * @returns the file; rejects with an Error whose message a person can read
 */
export async function getAnalysisRegion(url: string): Promise<AnalysisRegionFile> {
  let body: unknown
  try {
    const response = await fetch(url)
    if (!response.ok) {
      throw new Error(`The analysis region could not be loaded (HTTP ${response.status}).`)
    }
    body = await response.json()
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('The analysis region')) throw error
    throw new Error('The analysis region could not be loaded; check the connection and reload.', {
      cause: error,
    })
  }
  const parsed = analysisRegionSchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `The analysis region file is not one this version of the app reads (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); run npm run prepare:local again.`,
    )
  }
  return parsed.data
}
