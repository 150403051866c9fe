import { useEffect, useState } from 'react'
import { getWardBoundaries, type WardBoundaries } from './get-ward-boundaries'

export type WardBoundariesState =
  | { status: 'loading' }
  | { status: 'ready'; boundaries: WardBoundaries }
  | { status: 'failed'; message: string }

/** Where `npm run prepare:local` writes the static ward layer, under the app's base path. */
export const wardBoundariesUrl = `${import.meta.env.BASE_URL}generated/region/wards.geojson`

/** The static ward layer, loaded once; independent of the database, which may still be starting. */
export function useWardBoundaries(url: string = wardBoundariesUrl): WardBoundariesState {
  const [state, setState] = useState<{ url: string; state: WardBoundariesState } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    getWardBoundaries(url, controller.signal).then(
      (boundaries) => setState({ url, state: { status: 'ready', boundaries } }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const message =
          error instanceof Error ? error.message : 'The ward boundaries could not be loaded.'
        setState({ url, state: { status: 'failed', message } })
      },
    )
    return () => controller.abort()
  }, [url])

  return state?.url === url ? state.state : { status: 'loading' }
}
