/** Whether a path is one of the residents' pages (phone first, no map); the rest is the map app. */
export function isResidentsPath(pathname: string): boolean {
  return /^\/(offer(\/|$)|my-data\/?$|privacy\/?$|offers\/(review|on-behalf|shared)\/?$)/.test(
    pathname,
  )
}
