/** Whether a path is one of the domestic-abuse network's pages (/support, /support/…). */
export function isSupportPath(pathname: string): boolean {
  return /^\/support(\/|$)/.test(pathname)
}
