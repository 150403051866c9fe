import type { AssetKind } from './asset'

/** The ABCD kinds in plain words, as the map legend, forms and lists name them. */
export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  individual: "People's gifts and skills",
  association: 'Associations and groups',
  institution: 'Institutions',
  physical_space: 'Physical spaces',
  economic: 'Local economy',
  cultural: 'Culture and heritage',
}
