/**
 * Whether a path is one of the public pages without the map (phone first): the residents' pages
 * and the directory of services; the rest is the map app.
 */
export function isResidentsPath(pathname: string): boolean {
  return /^\/(offer(\/|$)|my-data\/?$|privacy\/?$|directory\/?$|offers\/(review|on-behalf|shared)\/?$)/.test(
    pathname,
  )
}
