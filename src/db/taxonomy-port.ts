import type { AssetKind } from '../core/assets/asset'
import type { AssetSubtype } from '../core/assets/asset-subtype'

/** The taxonomy of assets: each kind's subtypes, kept by administrators. */
export interface TaxonomyPort {
  /** The taxonomy: every kind's subtypes. */
  listSubtypes(): Promise<AssetSubtype[]>
  /**
   * Changes a subtype: renames, retires or restores it (administrators).
   * @throws DataError `23505` when its kind has another subtype of that name
   */
  saveSubtype(subtype: AssetSubtype): Promise<AssetSubtype>
  /**
   * Adds a subtype at the end of its kind (administrators); the database makes its code.
   * @throws DataError `23505` when the kind already has a subtype of that name, retired or not
   */
  addSubtype(kind: AssetKind, label: string): Promise<AssetSubtype>
  /** Moves a subtype one place up (-1) or down (1) its kind's list (administrators). */
  moveSubtype(code: string, offset: -1 | 1): Promise<AssetSubtype>
}
