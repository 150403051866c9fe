/**
 * Something changed an asset, seen live by everyone in the same workshop or map. It carries ids
 * only: the listener reads the asset again, so it sees only what it may see.
 */
export interface AssetChangeEvent {
  type: 'created' | 'updated' | 'deleted'
  assetId: string
  workshopId: string | null
}
