import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import type { OfferDraft } from './offer-draft'

/**
 * A react-hook-form resolver for one question page: `schema` checks only that page's fields of the
 * draft, and the values stay as typed (`raw`), to be kept in the draft until the offer is sent.
 * The one cast: react-hook-form types a resolver by the whole form's values, which a page's schema
 * checks only in part.
 */
export function stepResolver(schema: z.ZodType): Resolver<OfferDraft> {
  return zodResolver(schema as z.ZodType<OfferDraft, OfferDraft>, undefined, {
    raw: true,
  }) as unknown as Resolver<OfferDraft>
}
