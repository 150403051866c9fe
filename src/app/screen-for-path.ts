import { isResidentsPath } from './is-residents-path'
import { isSupportPath } from './is-support-path'

/** The app's screens that an address chooses between. */
export type ScreenName = 'map' | 'residents' | 'support' | 'not-found'

/**
 * Which screen an address within the app shows: the domestic-abuse network's pages (/support…),
 * the residents' pages (/offer, /my-data, /privacy, /directory, /offers/…), the map at the root
 * (its other screens are `?view=` queries there), and "Page not found" for any other address,
 * rather than the map as if the address were right.
 *
 * @param pathname - the path without the deployment's base, e.g. "/offer/name"
 * @returns the screen's name
 * @example screenForPath('/ofer') // 'not-found'
 */
export function screenForPath(pathname: string): ScreenName {
  if (isSupportPath(pathname)) return 'support'
  if (isResidentsPath(pathname)) return 'residents'
  if (/^\/(index\.html)?$/.test(pathname)) return 'map'
  return 'not-found'
}
