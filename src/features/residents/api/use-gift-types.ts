import { useEffect, useState } from 'react'
import type { GiftType } from '../../../core/residents/resident-offer'
import type { ResidentsPort } from '../../../db/residents-port'

/** The gifts to choose from, once the database answers (null until then, or if it cannot). */
export function useGiftTypes(port: ResidentsPort | null): GiftType[] | null {
  const [types, setTypes] = useState<GiftType[] | null>(null)
  useEffect(() => {
    if (!port) return
    let active = true
    port
      .listGiftTypes()
      .then((list) => active && setTypes(list))
      .catch(() => active && setTypes(null))
    return () => {
      active = false
    }
  }, [port])
  return types
}
