import { z } from 'zod'
import { NEED_INDICATORS } from '../../core/analysis/need-indicators'
import { PINNABLE_KINDS, type PinnableKind } from '../../core/assets/asset-kind-style'
import {
  DEFAULT_ANALYSIS_SETTINGS,
  MAX_WEIGHT,
  WALKING_DISTANCES,
  type AnalysisSettings,
  type NeedWeight,
  type WalkingDistance,
} from './analysis-settings'

// One schema per parameter: a link with one bad part keeps the others, and says what it ignored.
const kindSchema = z.enum(PINNABLE_KINDS)
const weightSchema = z.coerce.number().min(0).max(MAX_WEIGHT)
const distanceSchema = z.coerce
  .number()
  .refine((value): value is WalkingDistance =>
    (WALKING_DISTANCES as readonly number[]).includes(value),
  )
const needKeys = NEED_INDICATORS.map((indicator) => indicator.key)
const needPartSchema = z.tuple([z.enum(needKeys as [string, ...string[]]), weightSchema])
const wardSchema = z.string().regex(/^[EWSN]05\d{6}$/)

/** The parameters the analysis keeps in the URL, beside the app's own (e.g. `view`). */
export const ANALYSIS_PARAMS = ['kinds', 'distance', 'need', 'rate', 'coverage', 'layer', 'ward']

/**
 * Reads the analysis settings from a URL's query, checking each parameter: a missing one takes its
 * default; an unusable one takes its default and is named in `problems`, so a mistyped shared link
 * still opens, and says what it could not use.
 *
 * @param search the query, e.g. `location.search`
 * @returns the settings and the problems found (in words)
 * @example
 * readAnalysisSettings('?distance=1200&kinds=cultural').settings.distanceMetres // 1200
 */
export function readAnalysisSettings(search: string): {
  settings: AnalysisSettings
  problems: string[]
} {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const defaults = DEFAULT_ANALYSIS_SETTINGS
  const settings: AnalysisSettings = { ...defaults }

  const kinds = params.get('kinds')
  if (kinds !== null) {
    const chosen: PinnableKind[] = []
    for (const part of kinds.split(',').filter((text) => text !== '')) {
      const kind = kindSchema.safeParse(part)
      if (!kind.success) problems.push(`"${part}" is not a kind of asset the analysis counts`)
      else if (!chosen.includes(kind.data)) chosen.push(kind.data)
    }
    settings.kinds = PINNABLE_KINDS.filter((kind) => chosen.includes(kind))
  }

  const distance = params.get('distance')
  if (distance !== null) {
    const parsed = distanceSchema.safeParse(distance)
    if (parsed.success) settings.distanceMetres = parsed.data
    else {
      problems.push(
        `the walking distance "${distance}" is not one of ${WALKING_DISTANCES.join(', ')} m; ${defaults.distanceMetres} m is used`,
      )
    }
  }

  const need = params.get('need')
  if (need !== null) {
    const parts: NeedWeight[] = []
    for (const text of need.split(',').filter((part) => part !== '')) {
      const parsed = needPartSchema.safeParse(text.split(':'))
      if (!parsed.success) {
        problems.push(
          `the need indicator "${text}" is not one the analysis knows with a weight from 0 to ${MAX_WEIGHT}`,
        )
      } else if (parsed.data[1] > 0 && !parts.some((part) => part.key === parsed.data[0])) {
        parts.push({ key: parsed.data[0], weight: parsed.data[1] })
      }
    }
    settings.need = needKeys.flatMap((key) => parts.filter((part) => part.key === key))
  }

  for (const [name, field] of [
    ['rate', 'rateWeight'],
    ['coverage', 'coverageWeight'],
  ] as const) {
    const text = params.get(name)
    if (text === null) continue
    const parsed = weightSchema.safeParse(text)
    if (parsed.success && text.trim() !== '') settings[field] = parsed.data
    else problems.push(`the ${name} weight "${text}" is not a number from 0 to ${MAX_WEIGHT}`)
  }

  const layer = params.get('layer')
  if (layer !== null) {
    const parsed = kindSchema.safeParse(layer)
    if (parsed.success) settings.layerKind = parsed.data
    else problems.push(`"${layer}" is not a kind of asset the coverage layer can show`)
  }

  const ward = params.get('ward')
  if (ward !== null) {
    const parsed = wardSchema.safeParse(ward)
    if (parsed.success) settings.ward = parsed.data
    else problems.push(`"${ward}" is not a ward code`)
  }
  return { settings, problems }
}

/**
 * Writes the settings into a query, keeping the parameters that are not the analysis's own.
 * Every setting is written, defaults too, so a shared link means the same view even if the
 * defaults change in a later release.
 *
 * @param search the current query
 * @param settings what to write
 * @returns the new query, starting with `?`
 * @example writeAnalysisSettings('?view=analysis', settings) // '?view=analysis&kinds=…'
 */
export function writeAnalysisSettings(search: string, settings: AnalysisSettings): string {
  const params = new URLSearchParams(search)
  for (const name of ANALYSIS_PARAMS) params.delete(name)
  params.set('kinds', settings.kinds.join(','))
  params.set('distance', String(settings.distanceMetres))
  params.set('need', settings.need.map((part) => `${part.key}:${part.weight}`).join(','))
  params.set('rate', String(settings.rateWeight))
  params.set('coverage', String(settings.coverageWeight))
  params.set('layer', settings.layerKind)
  if (settings.ward) params.set('ward', settings.ward)
  return `?${params.toString()}`
}
