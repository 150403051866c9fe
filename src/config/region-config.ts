import { z } from 'zod'

/**
 * The words the app uses for its region and programme, from the region's manifest
 * (`data/regions/<region>/manifest.json`, its `display` entry), so that no place is named in code:
 * another county's programme is another region folder and another programme row.
 */
export const regionDisplaySchema = z.object({
  /** The region's name as readers know it: "Anywhere in …", "… wards". */
  name: z.string().min(1),
  /** The programme's name, as in public.programmes.name: the privacy notice's "we". */
  programmeName: z.string().min(1),
  /** The partners a resident may agree to share an offer with, as the consent wording names them. */
  partners: z.string().min(1),
})

const manifestSchema = z.object({
  region: z.string(),
  /** The slug of the programme that covers the region (public.programmes.slug). */
  programme: z.string(),
  display: regionDisplaySchema,
})

export type RegionConfig = z.infer<typeof regionDisplaySchema> & {
  /** The region's folder name. */
  region: string
  /** The programme's slug (public.programmes.slug). */
  programme: string
}

/**
 * Picks the region the app is built for from the manifests under data/regions: the one `chosen`
 * names (VITE_REGION), else the only one.
 *
 * @param manifests the manifests' contents by path
 * @param chosen the region's folder name, or undefined
 * @returns the region's configuration
 * @throws Error saying which region is missing or that one must be chosen
 * @example pickRegionConfig({ 'data/regions/x/manifest.json': manifest }, undefined).name
 */
export function pickRegionConfig(
  manifests: Record<string, unknown>,
  chosen: string | undefined,
): RegionConfig {
  const all = Object.values(manifests).map((manifest) => manifestSchema.parse(manifest))
  const found = chosen ? all.filter((m) => m.region === chosen) : all
  if (found.length !== 1) {
    const names = all.map((m) => m.region).join(', ')
    throw new Error(
      chosen
        ? `No region '${chosen}' in data/regions (there are: ${names})`
        : `Set VITE_REGION to one of the regions in data/regions: ${names}`,
    )
  }
  const { region, programme, display } = found[0]!
  return { region, programme, ...display }
}
