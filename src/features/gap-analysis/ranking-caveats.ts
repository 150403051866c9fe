import { hasTooFewAssets } from '../../core/analysis/has-too-few-assets'
import type { AssetFeedStatus } from './api/use-browser-asset-feed'
import type { GapAnalysisResult } from './worker/gap-analysis-result'

/** What a reader of the ranking, the map or a profile must know before trusting it. */
export interface RankingCaveats {
  /** Why the figures are not final yet (downloads wait until they are), or null. */
  provisional: string | null
  /** Why the ranking may not be fair, or null. */
  tooFewAssets: string | null
}

/**
 * The caveats of a result: provisional while it was made before the database's assets reached
 * the worker (issue #18: never a ranking from "0 approved assets" presented as final), and a
 * warning when too few assets of the kinds counted are mapped for a fair ranking.
 *
 * @param result the ranking on screen, or null
 * @param assets where the database's assets are (to say why they are missing)
 * @returns the caveats, each null when it does not apply
 */
export function rankingCaveats(
  result: GapAnalysisResult | null,
  assets: AssetFeedStatus,
): RankingCaveats {
  if (!result) return { provisional: null, tooFewAssets: null }
  if (!result.assetsRead) {
    return {
      provisional:
        assets.status === 'failed'
          ? 'Provisional: the assets could not be read, so none are counted'
          : 'Provisional: assets still loading',
      tooFewAssets: null,
    }
  }
  const kinds = new Set(result.request.kinds)
  const ranked = result.wards.filter((ward) => ward.rank !== null).length
  // Planned (what-if) assets are analysed with the real ones; they do not make the map fuller.
  const planned = result.planned.filter((asset) => kinds.has(asset.kind)).length
  const mapped = Math.max(
    0,
    result.wards.reduce(
      (sum, ward) =>
        sum + [...kinds].reduce((inWard, kind) => inWard + (ward.byKind[kind]?.assets ?? 0), 0),
      0,
    ) - planned,
  )
  if (ranked === 0 || kinds.size === 0 || !hasTooFewAssets(mapped, ranked)) {
    return { provisional: null, tooFewAssets: null }
  }
  return {
    provisional: null,
    tooFewAssets: `Too few assets for a fair ranking: ${mapped.toLocaleString('en-GB')} of the kinds counted ${
      mapped === 1 ? 'is' : 'are'
    } mapped in ${ranked.toLocaleString('en-GB')} wards, fewer than one a ward. Most wards have none, so supply tells only some from none and the ranking mostly follows need.`,
  }
}
