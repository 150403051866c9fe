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
