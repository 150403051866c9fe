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
  /** The last free-text search and the positions it matched (a memo; not part of the answer). */
  lastText: { words: string; positions: Uint32Array } | null
}

const key = (facet: Facet, value: string) => `${facet}\u0000${value}`

/**
 * Builds the index of a list of assets, in O(n) time and memory.
 *
 * @param assets - the assets, in the order results should keep
 * @returns an index for {@link filterAssets}
 * @example filterAssets(createAssetIndex(assets), { ...anyAssetFilter, text: 'hall' })
 */
export function createAssetIndex(assets: readonly Asset[]): AssetIndex {
  const lists = new Map<string, number[]>()
  const add = (facet: Facet, value: string | null, position: number) => {
    if (value === null) return
    const k = key(facet, value)
    const list = lists.get(k)
    if (list) list.push(position)
    else lists.set(k, [position])
  }
  const haystacks = assets.map((asset, position) => {
    add('kind', asset.kind, position)
    add('subtype', asset.subtype, position)
    add('status', asset.status, position)
    add('ward', asset.wardCode, position)
    for (const tag of new Set(asset.tags.map(normaliseSearchText))) add('tag', tag, position)
    return normaliseSearchText(
      [asset.name, asset.description, asset.tags.join(' '), asset.subtype ?? ''].join('\n'),
    )
  })
  const postings = new Map<string, Uint32Array>()
  for (const [k, list] of lists) postings.set(k, Uint32Array.from(list))
  return { assets, haystacks, postings, lastText: null }
}

/**
 * The assets that pass a filter, in index order. Facets are unions within and intersections
 * across (kind is A or B, and status is C); free text must contain every word typed.
 * Cost: the facet postings touched plus, for text, the assets still in play, not all n each time.
 *
 * @param index - from {@link createAssetIndex}
 * @param filter - what to keep
 * @returns the matching assets (the index's own objects)
 */
export function filterAssets(index: AssetIndex, filter: AssetFilter): Asset[] {
  const facetSets: Uint32Array[] = []
  const facets: Array<[Facet, readonly string[]]> = [
    ['kind', filter.kinds],
    ['subtype', filter.subtypes],
    ['status', filter.statuses],
    ['ward', filter.wardCodes],
    ['tag', filter.tags.map(normaliseSearchText)],
  ]
  for (const [facet, values] of facets) {
    if (values.length === 0) continue
    facetSets.push(union(values.map((value) => index.postings.get(key(facet, value)))))
  }
  const words = normaliseSearchText(filter.text)
  if (words) facetSets.push(textPositions(index, words))
  if (facetSets.length === 0) return [...index.assets]
  facetSets.sort((a, b) => a.length - b.length)
  let result = facetSets[0]!
  for (const other of facetSets.slice(1)) result = intersect(result, other)
  return Array.from(result, (position) => index.assets[position]!)
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

function union(lists: ReadonlyArray<Uint32Array | undefined>): Uint32Array {
  const present = lists.filter((list): list is Uint32Array => list !== undefined)
  if (present.length === 1) return present[0]!
  const merged = new Uint32Array(present.reduce((sum, list) => sum + list.length, 0))
  let at = 0
  for (const list of present) {
    merged.set(list, at)
    at += list.length
  }
  merged.sort()
  // A tag typed twice, say, must not list an asset twice.
  let kept = 0
  for (let i = 0; i < merged.length; i++) {
    if (i === 0 || merged[i] !== merged[i - 1]) merged[kept++] = merged[i]!
  }
  return merged.subarray(0, kept)
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length))
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      out[n++] = a[i]!
      i++
      j++
    }
  }
  return out.subarray(0, n)
}
