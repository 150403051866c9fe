/**
 * The longest answers the form and the database accept, in characters (Unicode code points: an
 * emoji or an Arabic letter counts once). The database refuses longer ones with the same limits
 * (private.check_offer in supabase/migrations/20261123160100_resident_offer_functions.sql).
 */
export const OFFER_LIMITS = {
  displayName: 80,
  giftDescription: 200,
  gifts: 30,
  availabilityNote: 500,
  email: 254,
  phone: 30,
  postcode: 16,
  statusReason: 500,
} as const
