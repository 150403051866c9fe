import { NEED_INDICATORS } from '../../core/analysis/need-indicators'
import { ASSET_KIND_LABELS } from '../../core/assets/asset-kind-labels'
import { describeWalk } from './describe-walk'
import type { GapAnalysisRequest } from './worker/gap-analysis-result'

/**
 * The settings a ranking was made with, in one paragraph, for a profile on screen, on paper and
 * in its PNG: the kinds counted, the walking distance, need's indicators and supply's parts with
 * their weights.
 *
 * @param request the settings of the result
 * @param regionName the region's name, from its manifest
 * @param timeBanksCounted whether time banks' figures were counted (readable)
 * @returns the words
 * @example describeAnalysisSettings(result.request, result.regionName, true)
 */
export function describeAnalysisSettings(
  request: GapAnalysisRequest,
  regionName: string,
  timeBanksCounted: boolean,
): string {
  const kinds =
    request.kinds
      .map((kind) => ASSET_KIND_LABELS[kind as keyof typeof ASSET_KIND_LABELS] ?? kind)
      .join(', ') || 'no kinds'
  const need =
    request.need
      .map((part) => {
        const label = NEED_INDICATORS.find((i) => i.key === part.key)?.label ?? part.key
        return part.weight === 1 ? label : `${label} ×${part.weight}`
      })
      .join(', ') || 'no indicators'
  const supply = [
    `assets per 1,000 residents ×${request.rateWeight}`,
    `residents within walking distance ×${request.coverageWeight}`,
  ].join(', ')
  const distance = request.distanceMetres.toLocaleString('en-GB')
  return [
    `Counted: ${kinds}.`,
    `Walking distance ${distance} m (${describeWalk(request.distanceMetres)}).`,
    `Need: ${need}.`,
    `Supply: ${supply}.`,
    timeBanksCounted
      ? 'Time banks count from 5 members.'
      : 'Time banks not counted (not readable).',
    `Percentiles are across ${regionName}’s wards (100 = most); tied wards share the lowest.`,
  ].join(' ')
}
