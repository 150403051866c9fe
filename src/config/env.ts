import { z } from 'zod'

/**
 * The app's configuration, from `VITE_*` variables, validated once at start-up so that a typo
 * fails with a message instead of a blank map.
 *
 * - `VITE_SUPABASE_URL` + `VITE_SUPABASE_ANON_KEY`: connected mode; both absent: local mode.
 * - `VITE_BASEMAP_STYLE_URL`: a MapLibre style URL, or `builtin` for the ward-only style.
 * - `VITE_BASEMAP_ATTRIBUTION`: the basemap's attribution, shown on the map.
 * - `VITE_EXIT_PAGE_URL`: where "Exit this page" leaves for: a neutral page that says nothing
 *   about abuse or help (GOV.UK's component uses BBC Weather).
 */
/** GOV.UK's choice for "Exit this page": a busy, neutral site. */
export const DEFAULT_EXIT_PAGE_URL = 'https://www.bbc.co.uk/weather'

const envSchema = z
  .object({
    VITE_SUPABASE_URL: z.url().optional(),
    VITE_SUPABASE_ANON_KEY: z.string().min(20).optional(),
    VITE_BASEMAP_STYLE_URL: z
      .union([z.literal('builtin'), z.url()])
      .default('https://tiles.openfreemap.org/styles/positron'),
    VITE_BASEMAP_ATTRIBUTION: z
      .string()
      .default(
        '<a href="https://openfreemap.org">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/">OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      ),
    VITE_EXIT_PAGE_URL: z.url({ protocol: /^https?$/ }).default(DEFAULT_EXIT_PAGE_URL),
  })
  .refine((env) => !!env.VITE_SUPABASE_URL === !!env.VITE_SUPABASE_ANON_KEY, {
    message:
      'Set both VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY for connected mode, or neither.',
  })

export interface AppConfig {
  supabase: { url: string; anonKey: string } | null
  basemap: { styleUrl: string | 'builtin'; attribution: string }
  /** The neutral page "Exit this page" leaves for. */
  exitPageUrl: string
}

/** Parses the environment; throws an Error whose message lists each bad variable. */
export function readConfig(env: Record<string, unknown>): AppConfig {
  const parsed = envSchema.safeParse(stripEmpty(env))
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`,
    )
    throw new Error(`The app's configuration is not valid: ${problems.join('; ')}`)
  }
  const value = parsed.data
  return {
    supabase:
      value.VITE_SUPABASE_URL && value.VITE_SUPABASE_ANON_KEY
        ? { url: value.VITE_SUPABASE_URL, anonKey: value.VITE_SUPABASE_ANON_KEY }
        : null,
    basemap: {
      styleUrl: value.VITE_BASEMAP_STYLE_URL,
      attribution: value.VITE_BASEMAP_ATTRIBUTION,
    },
    exitPageUrl: value.VITE_EXIT_PAGE_URL,
  }
}

// An empty `VITE_X=` in a .env file means "not set", not "set to the empty string".
function stripEmpty(env: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
}
