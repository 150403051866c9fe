import { z } from 'zod'
import type { BasemapChoice } from './use-basemap'

const choiceSchema = z.enum(['online', 'builtin'])

/**
 * Reads `?basemap=online|builtin` from a query string; anything else (absent, misspelt) means the
 * configured default, `online`.
 *
 * @example readBasemapChoice('?basemap=builtin') // 'builtin'
 */
export function readBasemapChoice(search: string): BasemapChoice {
  const parsed = choiceSchema.safeParse(new URLSearchParams(search).get('basemap'))
  return parsed.success ? parsed.data : 'online'
}

/**
 * The same address with the basemap choice in its query; the default is left out so that shared
 * links stay short. The hash (`#map=…`) is kept.
 *
 * @example writeBasemapChoice('https://x.org/?a=1#map=9/51.8/0.6', 'builtin')
 * // 'https://x.org/?a=1&basemap=builtin#map=9/51.8/0.6'
 */
export function writeBasemapChoice(href: string, choice: BasemapChoice): string {
  const url = new URL(href)
  if (choice === 'online') url.searchParams.delete('basemap')
  else url.searchParams.set('basemap', choice)
  return url.href
}
