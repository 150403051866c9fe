import { useCallback, useEffect, useState } from 'react'
import type { AssetKind } from '../../../core/assets/asset'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import { useDataPort } from '../../../db/data-port-context'
import type { DataPort } from '../../../db/port'

/** The taxonomy's subtypes, shared by the asset forms and filters and the administrators' editor. */
export interface Taxonomy {
  /** Every subtype, retired ones too (old assets may carry one), in each kind's order. */
  subtypes: readonly AssetSubtype[]
  /** Why the subtypes could not be read or changed, if so. */
  error: string | null
  /** Adds a subtype at the end of its kind; a refusal (e.g. a name taken) is thrown. */
  add: (kind: AssetKind, label: string) => Promise<AssetSubtype>
  /** Renames a subtype; a refusal is thrown. */
  rename: (subtype: AssetSubtype, label: string) => Promise<AssetSubtype>
  /** Moves a subtype one place up (-1) or down (1) its kind's list. */
  move: (code: string, offset: -1 | 1) => Promise<void>
  /** Retires (false) or restores (true) a subtype. */
  setActive: (subtype: AssetSubtype, isActive: boolean) => Promise<void>
}

const notReady = () => new Error('The database is still starting; try again in a moment.')

/**
 * Reads the taxonomy, and after each change reads it again, so that every form and filter given
 * `subtypes` offers the new list at once, without a reload.
 */
export function useTaxonomy(): Taxonomy {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [subtypes, setSubtypes] = useState<readonly AssetSubtype[]>([])
  const [error, setError] = useState<string | null>(null)
  const [reads, setReads] = useState(0)

  useEffect(() => {
    if (!port) return
    let active = true
    port.assets.listSubtypes().then(
      (rows) => {
        if (!active) return
        setSubtypes(rows)
        setError(null)
      },
      (failure: Error) => active && setError(`The subtypes could not be read: ${failure.message}`),
    )
    return () => {
      active = false
    }
  }, [port, reads])

  const change = useCallback(
    async <T>(work: (ready: DataPort) => Promise<T>): Promise<T> => {
      if (!port) throw notReady()
      try {
        return await work(port)
      } finally {
        setReads((n) => n + 1)
      }
    },
    [port],
  )

  return {
    subtypes,
    error,
    add: (kind, label) => change((ready) => ready.assets.addSubtype(kind, label)),
    rename: (subtype, label) => change((ready) => ready.assets.saveSubtype({ ...subtype, label })),
    move: async (code, offset) => {
      await change((ready) => ready.assets.moveSubtype(code, offset))
    },
    setActive: async (subtype, isActive) => {
      await change((ready) => ready.assets.saveSubtype({ ...subtype, isActive }))
    },
  }
}
