import { useEffect, useState } from 'react'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { DataPort } from '../../../db/port'

/** The taxonomy's subtypes (all, active or not: old assets may carry a retired one). */
export function useSubtypes(port: DataPort | null): AssetSubtype[] {
  const [subtypes, setSubtypes] = useState<AssetSubtype[]>([])
  useEffect(() => {
    if (!port) return
    let active = true
    port.assets.listSubtypes().then(
      (rows) => active && setSubtypes(rows),
      (error: unknown) => console.warn('Asset subtypes could not be read:', error),
    )
    return () => {
      active = false
    }
  }, [port])
  return subtypes
}
