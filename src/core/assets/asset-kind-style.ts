import type { AssetKind } from './asset'

/** How a kind of asset is drawn on the map and in the legend. */
export interface AssetKindStyle {
  /** Fill colour of its pins, `#rrggbb`. */
  colour: string
  /** A one-letter mark for the legend and list, so colour is never the only cue (WCAG 1.4.1). */
  mark: string
  /** The mark's colour on `colour`: black or white, whichever contrasts more (at least 4.5:1). */
  markColour: '#000000' | '#ffffff'
}

/**
 * Colours per ABCD kind, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), each dark enough for a white pin outline to show on the built-in map.
 * `individual` has a colour for the legend's ward counts only: people are never pins.
 */
export const ASSET_KIND_STYLES: Record<AssetKind, AssetKindStyle> = {
  individual: { colour: '#56B4E9', mark: 'P', markColour: '#000000' },
  association: { colour: '#0072B2', mark: 'A', markColour: '#ffffff' },
  institution: { colour: '#D55E00', mark: 'I', markColour: '#000000' },
  physical_space: { colour: '#009E73', mark: 'S', markColour: '#000000' },
  economic: { colour: '#E69F00', mark: 'E', markColour: '#000000' },
  cultural: { colour: '#CC79A7', mark: 'C', markColour: '#000000' },
}

/** The kinds that may be pinned on a map: every kind but individuals' gifts (ARCHITECTURE §4). */
export const PINNABLE_KINDS = [
  'association',
  'institution',
  'physical_space',
  'economic',
  'cultural',
] as const satisfies readonly AssetKind[]

export type PinnableKind = (typeof PINNABLE_KINDS)[number]

/**
 * Whether a kind may appear as a pin.
 *
 * @param kind - an ABCD kind
 * @returns false for `individual`, true otherwise
 * @example isPinnableKind('individual') // false
 */
export function isPinnableKind(kind: AssetKind): kind is PinnableKind {
  return kind !== 'individual'
}
