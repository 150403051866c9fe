import type { Asset, AssetKind, AssetStatus } from './asset'
import { normaliseSearchText } from './normalise-search-text'

/** What a person has chosen to see. An empty list means "any". */
export interface AssetFilter {
  kinds: readonly AssetKind[]
  subtypes: readonly string[]
  statuses: readonly AssetStatus[]
  wardCodes: readonly string[]
  tags: readonly string[]
  /** Free text, matched word by word against name, description, tags and subtype. */
  text: string
}

/** A filter that lets everything through. */
export const anyAssetFilter: AssetFilter = {
  kinds: [],
  subtypes: [],
  statuses: [],
  wardCodes: [],
  tags: [],
  text: '',
}

type Facet = 'kind' | 'subtype' | 'status' | 'ward' | 'tag'

/**
 * The assets prepared for fast repeated filtering: each facet value's positions (an inverted
 * index, as a search engine keeps one per term), and each asset's folded search text, made once.
 * It also remembers the last free-text match, so that typing one more letter searches only what
 * matched before rather than every asset again.
 */
export interface AssetIndex {
  readonly assets: readonly Asset[]
  readonly haystacks: readonly string[]
  readonly postings: ReadonlyMap<string, Uint32Array>
  /**
   * Each asset's position by id. Shared by the indexes updateAssetIndex derives from this one (an
   * id keeps its position and new ids are appended), so a lookup checks the position is in range.
   */
  readonly positionOf: Map<string, number>
  /** The last free-text search and the positions it matched (a memo; not part of the answer). */
  lastText: { words: string; positions: Uint32Array } | null
}

const key = (facet: Facet, value: string) => `${facet}\u0000${value}`

/** The facet values an asset is filed under in an index's postings. */
export function assetFacetKeys(asset: Asset): string[] {
  const keys = [key('kind', asset.kind), key('status', asset.status)]
  if (asset.subtype !== null) keys.push(key('subtype', asset.subtype))
  if (asset.wardCode !== null) keys.push(key('ward', asset.wardCode))
  for (const tag of new Set(asset.tags.map(normaliseSearchText))) keys.push(key('tag', tag))
  return keys
}

/** The folded text that free-text search looks in: name, description, tags and subtype. */
export function assetHaystack(asset: Asset): string {
  return normaliseSearchText(
    [asset.name, asset.description, asset.tags.join(' '), asset.subtype ?? ''].join('\n'),
  )
}

/**
 * Builds the index of a list of assets, in O(n) time and memory.
 *
 * @param assets - the assets, in the order results should keep
 * @returns an index for {@link filterAssets}
 * @example filterAssets(createAssetIndex(assets), { ...anyAssetFilter, text: 'hall' })
 */
export function createAssetIndex(assets: readonly Asset[]): AssetIndex {
  const lists = new Map<string, number[]>()
  const positionOf = new Map<string, number>()
  const haystacks = assets.map((asset, position) => {
    positionOf.set(asset.id, position)
    for (const k of assetFacetKeys(asset)) {
      const list = lists.get(k)
      if (list) list.push(position)
      else lists.set(k, [position])
    }
    return assetHaystack(asset)
  })
  const postings = new Map<string, Uint32Array>()
  for (const [k, list] of lists) postings.set(k, Uint32Array.from(list))
  return { assets, haystacks, postings, positionOf, lastText: null }
}

/**
 * The assets that pass a filter, in index order. Facets are unions within and intersections
 * across (kind is A or B, and status is C); free text must contain every word typed.
 * Cost: the facet postings touched, a text test of only the assets still in play while typing on,
 * and one pass over a byte per asset; no string is folded again.
 *
 * @param index - from {@link createAssetIndex}
 * @param filter - what to keep
 * @returns the matching assets (the index's own objects)
 */
export function filterAssets(index: AssetIndex, filter: AssetFilter): Asset[] {
  const facets: Array<[Facet, readonly string[]]> = [
    ['kind', filter.kinds],
    ['subtype', filter.subtypes],
    ['status', filter.statuses],
    ['ward', filter.wardCodes],
    ['tag', filter.tags.map(normaliseSearchText)],
  ]
  const words = normaliseSearchText(filter.text)
  const chosen = facets.filter(([, values]) => values.length > 0)
  if (chosen.length === 0 && !words) return [...index.assets]
  // hits[p] counts the facets asset p has passed so far; a facet raises it at most once (union
  // within a facet), and only from the count before it (intersection across facets).
  const hits = new Uint8Array(index.assets.length)
  let passed = 0
  const pass = (positions: Uint32Array) => {
    for (const position of positions) if (hits[position] === passed) hits[position] = passed + 1
    passed++
  }
  for (const [facet, values] of chosen) {
    for (const value of values) {
      const positions = index.postings.get(key(facet, value))
      if (positions) for (const p of positions) if (hits[p] === passed) hits[p] = passed + 1
    }
    passed++
  }
  if (words) pass(textPositions(index, words))
  const result: Asset[] = []
  for (let position = 0; position < hits.length; position++) {
    if (hits[position] === passed) result.push(index.assets[position]!)
  }
  return result
}

function textPositions(index: AssetIndex, words: string): Uint32Array {
  const terms = words.split(' ')
  const previous = index.lastText
  // Typing on: every asset matching "chur" is among those matching "chu" (each earlier word is
  // still typed, or is the start of a longer one), so only those need testing again.
  const narrowing = previous !== null && words.startsWith(previous.words)
  const matches: number[] = []
  const test = (position: number) => {
    const haystack = index.haystacks[position]!
    if (terms.every((term) => haystack.includes(term))) matches.push(position)
  }
  if (narrowing) for (const position of previous.positions) test(position)
  else for (let position = 0; position < index.haystacks.length; position++) test(position)
  const positions = Uint32Array.from(matches)
  index.lastText = { words, positions }
  return positions
}
