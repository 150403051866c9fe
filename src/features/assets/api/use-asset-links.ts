import { useCallback } from 'react'
import type { NewAssetLink } from '../../../core/assets/asset-link'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

/** The connections of one asset, with ways to add and remove one. */
export function useAssetLinks(id: string | null) {
  const { value } = usePortQuery(
    ['assets', 'links', id],
    (port) =>
      id
        ? port.links.list(id).catch((error: unknown) => {
            console.warn('Connections could not be read:', error)
            throw error
          })
        : Promise.resolve([]),
    { enabled: id !== null },
  )
  const call = usePortCall()
  const invalidate = useInvalidate()
  const link = useCallback(
    async (input: NewAssetLink) => {
      await call((port) => port.links.link(input))
      await invalidate(['assets', 'links'])
    },
    [call, invalidate],
  )
  const unlink = useCallback(
    async (linkId: string) => {
      await call((port) => port.links.unlink(linkId))
      await invalidate(['assets', 'links'])
    },
    [call, invalidate],
  )
  return { links: (id && value) || [], link, unlink }
}
