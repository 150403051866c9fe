import type { AppConfig } from './env'

/**
 * The origins outside the app that its configuration asks it to reach: the Supabase project, the
 * basemap style's host and any extra basemap hosts (`VITE_BASEMAP_EXTRA_ORIGINS`, for styles whose
 * tiles or glyphs live elsewhere). The CSP allows these and nothing else.
 *
 * @param config - the validated configuration
 * @param extra - space- or comma-separated extra origins
 * @returns origins such as `https://abc.supabase.co`
 */
export function externalOrigins(config: AppConfig, extra = ''): string[] {
  const urls = [
    config.supabase?.url ?? '',
    config.basemap.styleUrl === 'builtin' ? '' : config.basemap.styleUrl,
    ...extra.split(/[\s,]+/),
  ]
  return urls
    .filter((value) => value.startsWith('https://') || value.startsWith('http://'))
    .map((value) => new URL(value).origin)
}
