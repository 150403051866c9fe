/**
 * The origins outside the app that configuration asks it to reach: the Supabase project and the
 * basemap style's host. Used for the CSP, so that nothing else is allowed.
 *
 * @param env - the `VITE_*` variables
 * @returns origins such as `https://abc.supabase.co`
 */
export function externalOrigins(env: Record<string, string | undefined>): string[] {
  const urls = [env.VITE_SUPABASE_URL, env.VITE_BASEMAP_STYLE_URL, env.VITE_BASEMAP_EXTRA_ORIGINS]
  return urls
    .flatMap((value) => (value ?? '').split(/[\s,]+/))
    .filter((value) => value.startsWith('https://') || value.startsWith('http://'))
    .map((value) => new URL(value).origin)
}
