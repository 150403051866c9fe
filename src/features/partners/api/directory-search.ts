import { z } from 'zod'
import { normalisePostcode } from '../../../core/residents/normalise-postcode'

/** The directory's search as typed (and as kept in the page's address, so it can be shared). */
export const directorySearchSchema = z.object({
  theme: z.string(),
  wardCode: z.string(),
  postcode: z
    .string()
    .trim()
    .max(10, 'Enter a postcode such as CO1 1AA')
    .refine((text) => text === '' || normalisePostcode(text) !== null, {
      message: 'Enter a full postcode such as CO1 1AA',
    }),
  openNow: z.boolean(),
  text: z.string().trim().max(100, 'Keep the words to 100 characters'),
})
export type DirectorySearch = z.infer<typeof directorySearchSchema>

export const NO_SEARCH: DirectorySearch = {
  theme: '',
  wardCode: '',
  postcode: '',
  openNow: false,
  text: '',
}

/** The search from the page's query string (unknown keys ignored, bad values dropped). */
export function readDirectorySearch(query: string): DirectorySearch {
  const params = new URLSearchParams(query)
  const parsed = directorySearchSchema.safeParse({
    theme: params.get('theme') ?? '',
    wardCode: params.get('ward') ?? '',
    postcode: params.get('postcode') ?? '',
    openNow: params.get('open') === 'now',
    text: params.get('q') ?? '',
  })
  return parsed.success ? parsed.data : NO_SEARCH
}

/** The query string for a search (empty parts left out), e.g. `?theme=food&open=now`. */
export function writeDirectorySearch(search: DirectorySearch): string {
  const params = new URLSearchParams()
  if (search.theme) params.set('theme', search.theme)
  if (search.wardCode) params.set('ward', search.wardCode)
  if (search.postcode) params.set('postcode', search.postcode)
  if (search.openNow) params.set('open', 'now')
  if (search.text) params.set('q', search.text)
  const text = params.toString()
  return text ? `?${text}` : ''
}
