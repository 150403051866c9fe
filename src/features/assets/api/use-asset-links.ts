import { useCallback, useEffect, useState } from 'react'
import type { AssetLink, NewAssetLink } from '../../../core/assets/asset-link'
import type { DataPort } from '../../../db/port'

/** The connections of one asset, with ways to add and remove one. */
export function useAssetLinks(port: DataPort | null, id: string | null) {
  const [state, setState] = useState<{ id: string | null; links: AssetLink[] }>({
    id: null,
    links: [],
  })
  const [reload, setReload] = useState(0)
  useEffect(() => {
    if (!port || !id) return
    let active = true
    port.assets.listLinks(id).then(
      (links) => active && setState({ id, links }),
      (error: unknown) => console.warn('Connections could not be read:', error),
    )
    return () => {
      active = false
    }
  }, [port, id, reload])

  const link = useCallback(
    async (input: NewAssetLink) => {
      if (!port) throw new Error('The database is still starting; try again in a moment.')
      await port.assets.link(input)
      setReload((n) => n + 1)
    },
    [port],
  )
  const unlink = useCallback(
    async (linkId: string) => {
      if (!port) return
      await port.assets.unlink(linkId)
      setReload((n) => n + 1)
    },
    [port],
  )
  return { links: state.id === id ? state.links : [], link, unlink }
}
