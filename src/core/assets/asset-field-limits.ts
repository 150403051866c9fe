/**
 * The most an asset's typed fields may hold, in characters: the forms check these, and the
 * database's table checks and functions refuse anything longer (tests/db/asset-field-limits.test.ts
 * holds the two equal). Change one only with a migration that changes the other.
 */
export const ASSET_FIELD_LIMITS = {
  /** The name, once trimmed. */
  name: 200,
  description: 5000,
  openingTimes: 1000,
  accessibility: 2000,
  website: 500,
  /** The private contact, once trimmed. */
  contact: 500,
  /** How many tags an asset has. */
  tags: 20,
  /** Each tag. */
  tag: 40,
} as const
