import type { RankingCaveats } from '../ranking-caveats'

export interface RankingCaveatsNoticeProps {
  caveats: RankingCaveats
  /** Id of the provisional line, for the downloads it disables to point at. */
  provisionalId?: string
  /** Announce changes (once per screen: the ranking's notice, not the map's). */
  live?: boolean
}

/**
 * Says, where the figures show, that they are provisional (downloads off until the assets have
 * loaded) or that too few assets are mapped for a fair ranking. Printed with a profile.
 */
export function RankingCaveatsNotice({ caveats, provisionalId, live }: RankingCaveatsNoticeProps) {
  if (!caveats.provisional && !caveats.tooFewAssets) return null
  return (
    <div className="gap-caveats" role={live ? 'status' : undefined}>
      {caveats.provisional ? (
        <p className="gap-caveats__provisional" id={provisionalId} data-testid="gap-provisional">
          <strong>{caveats.provisional}.</strong> Downloads are off until the assets have loaded.
        </p>
      ) : null}
      {caveats.tooFewAssets ? (
        <p className="gap-caveats__few" data-testid="gap-too-few-assets">
          {caveats.tooFewAssets}
        </p>
      ) : null}
    </div>
  )
}
