/** How to name a count of assets of one category in words. */
export interface CategoryLabel {
  one: string
  many: string
}

/** Words for the six ABCD asset kinds (core/assets ASSET_KINDS). */
export const ASSET_KIND_LABELS: Readonly<Record<string, CategoryLabel>> = {
  individual: { one: "resident's gift", many: "residents' gifts" },
  association: { one: 'association or group', many: 'associations and groups' },
  institution: { one: 'institution', many: 'institutions' },
  physical_space: { one: 'community space', many: 'community spaces' },
  economic: { one: 'local economic asset', many: 'local economic assets' },
  cultural: { one: 'cultural asset', many: 'cultural assets' },
}

/**
 * The words for a category: the given label, the ABCD kind's, or the category's own name.
 *
 * @param category the category string
 * @param labels labels to prefer (e.g. subtypes from the taxonomy)
 * @returns singular and plural
 * @example
 * categoryLabel('physical_space') // { one: 'community space', many: 'community spaces' }
 * categoryLabel('library') // { one: '“library” asset', many: '“library” assets' }
 */
export function categoryLabel(
  category: string,
  labels: Readonly<Record<string, CategoryLabel>> = {},
): CategoryLabel {
  return (
    labels[category] ??
    ASSET_KIND_LABELS[category] ?? { one: `“${category}” asset`, many: `“${category}” assets` }
  )
}
