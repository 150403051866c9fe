import { z } from 'zod'
import { PARTNER_SECTORS } from '../../../core/partners/partner'

/** An organisation an administrator opens (the database checks the same again). */
export const organisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the organisation’s name')
    .max(200, 'Keep the name to 200 characters'),
  sector: z.enum(PARTNER_SECTORS, { message: 'Choose the sector' }),
})
export type OrganisationValues = z.infer<typeof organisationSchema>

// The limits and patterns of `partner_organisations`' checks (migration 20261208100000), which
// the database applies again; a blank field is saved as none.
const blankOr = (check: (value: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || check(value), message)

/** What an organisation's people (and administrators) change about it on the Partners screen. */
export const organisationDetailsSchema = organisationSchema.extend({
  description: z.string().trim().max(2000, 'Keep the description to 2000 characters'),
  website: blankOr(
    (value) => /^https:\/\/[^\s/]+\.\S+$/i.test(value) && value.length <= 500,
    'Enter a web address starting https://, such as https://example.org',
  ),
  email: blankOr(
    (value) => z.string().email().safeParse(value).success,
    'Enter an email address such as name@example.org',
  ),
  phone: blankOr(
    (value) => /^[0-9 +()-]{3,40}$/.test(value),
    'Enter a phone number: digits, spaces, +, ( ) and - only',
  ),
})
export type OrganisationDetailsValues = z.infer<typeof organisationDetailsSchema>

/** A person added to an organisation by the email they sign in with. */
export const personSchema = z.object({
  email: z.string().trim().email('Enter an email address such as name@example.org'),
})
export type PersonValues = z.infer<typeof personSchema>

export const SECTOR_LABELS = {
  statutory: 'Statutory',
  voluntary: 'Voluntary',
  community: 'Community',
  faith: 'Faith',
  business: 'Business',
} as const satisfies Record<(typeof PARTNER_SECTORS)[number], string>
