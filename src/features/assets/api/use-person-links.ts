import { useCallback, useEffect, useState } from 'react'
import type { LinkablePerson, NewPersonLink, PersonLink } from '../../../core/assets/person-link'
import type { DataPort } from '../../../db/port'

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
export function usePersonLinks(
  port: DataPort | null,
  assetId: string | null,
  enabled: boolean,
): PersonLinks | null {
  const [state, setState] = useState<{ id: string | null; links: PersonLink[] }>({
    id: null,
    links: [],
  })
  const [reload, setReload] = useState(0)
  useEffect(() => {
    if (!port || !assetId || !enabled) return
    let active = true
    port.personLinks.list(assetId).then(
      (links) => active && setState({ id: assetId, links }),
      (error: unknown) => console.warn('People in connections could not be read:', error),
    )
    return () => {
      active = false
    }
  }, [port, assetId, enabled, reload])

  const find = useCallback(
    async (name: string) => (port ? port.personLinks.findPeople(name) : []),
    [port],
  )
  const link = useCallback(
    async (input: NewPersonLink) => {
      if (!port) throw new Error('The database is still starting; try again in a moment.')
      await port.personLinks.link(input)
      setReload((n) => n + 1)
    },
    [port],
  )
  const unlink = useCallback(
    async (linkId: string) => {
      if (!port) return
      await port.personLinks.unlink(linkId)
      setReload((n) => n + 1)
    },
    [port],
  )
  if (!enabled) return null
  return { links: state.id === assetId ? state.links : [], find, link, unlink }
}
