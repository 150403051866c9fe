import { useCallback } from 'react'
import type { LinkablePerson, NewPersonLink, PersonLink } from '../../../core/assets/person-link'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

export interface PersonLinks {
  links: PersonLink[]
  find: (name: string) => Promise<LinkablePerson[]>
  link: (input: NewPersonLink) => Promise<void>
  unlink: (linkId: string) => Promise<void>
}

/**
 * The people connected to one asset, for those who may see residents (`enabled`: builders and
 * admins); nobody else asks, and the database would show them no one anyway.
 */
export function usePersonLinks(assetId: string | null, enabled: boolean): PersonLinks | null {
  const { value } = usePortQuery(
    ['person-links', assetId],
    (port) =>
      assetId
        ? port.personLinks.list(assetId).catch((error: unknown) => {
            console.warn('People in connections could not be read:', error)
            throw error
          })
        : Promise.resolve([]),
    { enabled: enabled && assetId !== null },
  )
  const call = usePortCall()
  const invalidate = useInvalidate()
  const find = useCallback(
    (name: string) => call((port) => port.personLinks.findPeople(name)),
    [call],
  )
  const link = useCallback(
    async (input: NewPersonLink) => {
      await call((port) => port.personLinks.link(input))
      await invalidate(['person-links'])
    },
    [call, invalidate],
  )
  const unlink = useCallback(
    async (linkId: string) => {
      await call((port) => port.personLinks.unlink(linkId))
      await invalidate(['person-links'])
    },
    [call, invalidate],
  )
  if (!enabled) return null
  return { links: (assetId && value) || [], find, link, unlink }
}
