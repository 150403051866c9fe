import type { AssetKind } from './asset'

/** A subtype of an ABCD kind in the taxonomy (data, editable by administrators). */
export interface AssetSubtype {
  /** Stable code, e.g. `village_hall`, `ask_for_ani_pharmacy`. */
  code: string
  kind: AssetKind
  label: string
  /** Retired subtypes stay on old assets but are not offered for new ones. */
  isActive: boolean
}
