import { PINNABLE_KINDS, type PinnableKind } from '../../core/assets/asset-kind-style'
import { DEFAULT_NEED_INDICATOR } from '../../core/analysis/compute-ward-gaps'

/** Walking distances a lead can choose, metres (5, 10, 15 and 20 minutes at 80 m a minute). */
export const WALKING_DISTANCES = [400, 800, 1200, 1600] as const
export type WalkingDistance = (typeof WALKING_DISTANCES)[number]

/** One need indicator and its weight in the need composite (0 leaves it out). */
export interface NeedWeight {
  key: string
  weight: number
}

/** What a lead chose on the analysis screen; the URL holds it, so a view can be shared. */
export interface AnalysisSettings {
  /** The asset kinds that count as supply (at least one for a ranking). */
  kinds: readonly PinnableKind[]
  distanceMetres: WalkingDistance
  /** Need indicators with a weight above 0, in the order the controls list them. */
  need: readonly NeedWeight[]
  /** Weight of assets per 1,000 residents in supply. */
  rateWeight: number
  /** Weight of the share of residents within walking distance in supply. */
  coverageWeight: number
  /** The kind whose walking coverage the map shows as places. */
  layerKind: PinnableKind
  /** The ward whose profile is open, or null for the map and ranking. */
  ward: string | null
}

/** Largest weight a control offers; weights are relative, so 5 is plenty. */
export const MAX_WEIGHT = 5

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  kinds: ['physical_space'],
  distanceMetres: 800,
  need: [{ key: DEFAULT_NEED_INDICATOR, weight: 1 }],
  rateWeight: 1,
  coverageWeight: 1,
  layerKind: 'physical_space',
  ward: null,
}

/** The kinds in the order every control, chart and export lists them. */
export const ANALYSIS_KINDS: readonly PinnableKind[] = PINNABLE_KINDS
