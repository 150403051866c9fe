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
 * - `VITE_PRIVACY_CONTROLLER`, `VITE_PRIVACY_CONTACT`, `VITE_PRIVACY_LAWFUL_BASIS`: what the
 *   privacy notice (/privacy) says of the data controller, how to reach it (or its data protection
 *   officer) and the lawful basis (UK GDPR articles 13(1)(a)–(c)). Unset, the notice shows
 *   placeholders marked as a demonstration's.
 */
/** GOV.UK's choice for "Exit this page": a busy, neutral site. */
export const DEFAULT_EXIT_PAGE_URL = 'https://www.bbc.co.uk/weather'

/**
 * The lawful basis the app is built for: each use of a resident's offer is a consent they give
 * and may withdraw (the consent wording and its version are kept with the offer).
 */
export const DEFAULT_LAWFUL_BASIS =
  'Your consent (UK GDPR Article 6(1)(a)): you choose what to agree to, and you can withdraw your consent at any time.'

/** What the privacy notice says while the deployment has not named its controller or contact. */
export const DEMO_PRIVACY = {
  controller:
    'Not named yet: this copy of the app runs with demonstration settings. Whoever runs it for real names the organisation responsible for your data here.',
  contact:
    'Not named yet (demonstration settings). Ask the community builder or organisation that gave you the link to this app.',
} as const

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
    VITE_PRIVACY_CONTROLLER: z.string().trim().min(1).max(300).optional(),
    VITE_PRIVACY_CONTACT: z.string().trim().min(1).max(300).optional(),
    VITE_PRIVACY_LAWFUL_BASIS: z.string().trim().min(1).max(600).default(DEFAULT_LAWFUL_BASIS),
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
  privacy: PrivacyNoticeConfig
}

/** What the privacy notice names; `demo` when the controller or contact was not configured. */
export interface PrivacyNoticeConfig {
  /** The data controller: the organisation responsible for the residents' data. */
  controller: string
  /** How to reach the controller or its data protection officer. */
  contact: string
  lawfulBasis: string
  /** True while the controller or the contact are the demonstration's placeholders. */
  demo: boolean
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
    privacy: {
      controller: value.VITE_PRIVACY_CONTROLLER ?? DEMO_PRIVACY.controller,
      contact: value.VITE_PRIVACY_CONTACT ?? DEMO_PRIVACY.contact,
      lawfulBasis: value.VITE_PRIVACY_LAWFUL_BASIS,
      demo: !value.VITE_PRIVACY_CONTROLLER || !value.VITE_PRIVACY_CONTACT,
    },
  }
}

// An empty `VITE_X=` in a .env file means "not set", not "set to the empty string".
function stripEmpty(env: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
}
