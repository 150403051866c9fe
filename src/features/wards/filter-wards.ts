import type { WardSummary } from '../../core/region/ward-summary'

/**
 * The wards whose name or authority contains every word of the query, ignoring case, accents and
 * punctuation ("st james" finds "St. James'"). An empty query keeps every ward. Order is kept.
 *
 * @param wards - the wards to search
 * @param query - what the user typed
 * @returns the matching wards
 * @example filterWards(wards, 'clacton tendring')
 */
export function filterWards(wards: readonly WardSummary[], query: string): WardSummary[] {
  const words = normalise(query).split(' ').filter(Boolean)
  if (words.length === 0) return [...wards]
  return wards.filter((ward) => {
    const text = normalise(`${ward.wardName} ${ward.ladName}`)
    return words.every((word) => text.includes(word))
  })
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
