import { useCallback } from 'react'
import type { AssetKind } from '../../../core/assets/asset'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { DataPort } from '../../../db/port'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

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

const noSubtypes: readonly AssetSubtype[] = []

/**
 * Reads the taxonomy, and after each change reads it again, so that every form and filter given
 * `subtypes` offers the new list at once, without a reload.
 */
export function useTaxonomy(): Taxonomy {
  const { value, error } = usePortQuery(['taxonomy', 'subtypes'], (port) =>
    port.taxonomy.listSubtypes(),
  )
  const call = usePortCall()
  const invalidate = useInvalidate()
  const change = useCallback(
    async <T>(work: (ready: DataPort) => Promise<T>): Promise<T> => {
      try {
        return await call(work)
      } finally {
        await invalidate(['taxonomy'])
      }
    },
    [call, invalidate],
  )

  return {
    subtypes: value ?? noSubtypes,
    error: error === null ? null : `The subtypes could not be read: ${error}`,
    add: (kind, label) => change((ready) => ready.taxonomy.addSubtype(kind, label)),
    rename: (subtype, label) =>
      change((ready) => ready.taxonomy.saveSubtype({ ...subtype, label })),
    move: async (code, offset) => {
      await change((ready) => ready.taxonomy.moveSubtype(code, offset))
    },
    setActive: async (subtype, isActive) => {
      await change((ready) => ready.taxonomy.saveSubtype({ ...subtype, isActive }))
    },
  }
}
