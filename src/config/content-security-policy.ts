/**
 * Builds the Content-Security-Policy header the built app is served with.
 *
 * Sent as a response header (preview server and deployment `_headers`), never as a meta tag:
 * a meta tag does not reach Web Workers, and both MapLibre and PGlite run in workers.
 * `'wasm-unsafe-eval'` lets PGlite compile its WebAssembly without allowing `eval`;
 * `worker-src blob:` is how MapLibre starts its workers.
 *
 * @param origins - extra origins the app must reach: the Supabase project and the basemap hosts
 * @returns the header value
 * @example buildContentSecurityPolicy(['https://abc.supabase.co'])
 */
export function buildContentSecurityPolicy(origins: readonly string[]): string {
  const connect = ["'self'", ...unique(origins), ...unique(origins.map(toWebSocketOrigin))]
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...unique(origins)],
    'font-src': ["'self'", ...unique(origins)],
    'connect-src': connect,
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${unique(values).join(' ')}`)
    .join('; ')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))]
}

function toWebSocketOrigin(origin: string): string {
  return origin.startsWith('https://') ? `wss://${origin.slice('https://'.length)}` : ''
}
