import { describeBadCoordinates } from './describe-bad-coordinates'
import { parseNumberText } from './parse-number-text'
import type { AnalysisIssue, AssetPoints } from './types'

/** One asset as read from a file, before checking. */
export interface AssetRowInput {
  /** 1-based number of the row (CSV data row) or feature (GeoJSON), for messages. */
  row: number
  lng: unknown
  lat: unknown
  category: unknown
  /** "Row" (default) or "Feature", for messages. */
  noun?: string
  /** Set by a reader that already knows the row is unusable, e.g. "its geometry is LineString". */
  problem?: string
}

/**
 * Checks asset rows and turns the usable ones into typed arrays. A row is skipped, with a message
 * naming it ("Row 14: latitude 95 is out of range (-90…90); skipped"), when a coordinate is
 * missing, not a number or out of range, or the category is empty. Categories are the exact strings
 * (numbers become their text), in order of first appearance among the usable rows.
 *
 * @param rows the rows, in file order
 * @returns the usable assets (with their row numbers) and the issues
 * @example
 * toAssetPoints([{ row: 1, lng: '0.47', lat: '51.73', category: 'cultural' }]).assets.categories
 * // ['cultural']
 */
export function toAssetPoints(rows: readonly AssetRowInput[]): {
  assets: AssetPoints
  issues: AnalysisIssue[]
} {
  const issues: AnalysisIssue[] = []
  const lng: number[] = []
  const lat: number[] = []
  const category: number[] = []
  const rowNumbers: number[] = []
  const categoryIndex = new Map<string, number>()
  for (const input of rows) {
    const reason = describeBadRow(input)
    if (typeof reason === 'string') {
      const message = `${input.noun ?? 'Row'} ${input.row}: ${reason}; skipped`
      issues.push({ severity: 'error', message, row: input.row })
      continue
    }
    let index = categoryIndex.get(reason.category)
    if (index === undefined) {
      index = categoryIndex.size
      categoryIndex.set(reason.category, index)
    }
    lng.push(reason.lng)
    lat.push(reason.lat)
    category.push(index)
    rowNumbers.push(input.row)
  }
  return {
    assets: {
      lng: Float64Array.from(lng),
      lat: Float64Array.from(lat),
      category: Int32Array.from(category),
      categories: [...categoryIndex.keys()],
      rowNumbers: Int32Array.from(rowNumbers),
    },
    issues,
  }
}

function describeBadRow(
  input: AssetRowInput,
): string | { lng: number; lat: number; category: string } {
  if (input.problem !== undefined) return input.problem
  const lng = parseNumberText(input.lng)
  const lat = parseNumberText(input.lat)
  if (lng === null) return 'longitude is missing'
  if (lat === null) return 'latitude is missing'
  if (Number.isNaN(lng)) return `longitude ${quote(input.lng)} is not a number`
  if (Number.isNaN(lat)) return `latitude ${quote(input.lat)} is not a number`
  const bad = describeBadCoordinates(lng, lat)
  if (bad !== null) return bad
  const category =
    typeof input.category === 'string' || typeof input.category === 'number'
      ? String(input.category)
      : ''
  if (category.trim() === '') return 'category is missing'
  return { lng, lat, category }
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value)
}
