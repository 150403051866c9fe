import { useEffect, useState } from 'react'
import type { DataPort } from '../../../db/port'

/** Ward names by GSS code, sorted by name, for the ward filter and the list's Ward column. */
export function useWardNames(port: DataPort | null): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    if (!port) return
    let active = true
    port.region.listWardSummaries().then(
      (wards) =>
        active &&
        setNames(
          new Map(
            [...wards]
              .sort((a, b) => a.wardName.localeCompare(b.wardName, 'en-GB'))
              .map((ward) => [ward.wardCode, ward.wardName]),
          ),
        ),
      (error: unknown) => console.warn('Ward names could not be read:', error),
    )
    return () => {
      active = false
    }
  }, [port])
  return names
}
