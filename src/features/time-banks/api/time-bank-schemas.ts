import { z } from 'zod'
import { AVAILABILITY } from '../../../core/residents/offer-choices'
import { toMinutes } from '../../../core/time-banks/format-minutes'
import {
  LISTING_DIRECTIONS,
  LISTING_FREQUENCIES,
  MEMBER_KINDS,
} from '../../../core/time-banks/time-bank'

// The time bank forms' schemas: what react-hook-form checks as typed; the database checks the
// same again and its refusal is shown in words.

const required = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}`).max(max, `Keep ${what} to ${max} characters`)

const optional = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} to ${max} characters`)

/** An offer or a request. */
export const listingSchema = z.object({
  direction: z.enum(LISTING_DIRECTIONS),
  giftType: z.string().min(1, 'Choose the skill'),
  title: required('a title', 120),
  description: optional('the description', 1000),
  frequency: z.enum(LISTING_FREQUENCIES),
  availability: z.array(z.enum(AVAILABILITY)),
  whenNote: optional('when', 200),
  needsDbs: z.boolean(),
})
export type ListingValues = z.infer<typeof listingSchema>

const duration = {
  hours: z.coerce
    .number({ message: 'Enter the hours as a whole number' })
    .int('Enter the hours as a whole number')
    .min(0, 'Hours cannot be below 0')
    .max(99, 'At most 99 hours at once'),
  minutes: z.coerce
    .number({ message: 'Enter the minutes as a whole number' })
    .int('Enter the minutes as a whole number')
    .min(0, 'Minutes cannot be below 0')
    .max(59, 'Enter minutes from 0 to 59'),
}
const someTime = <T extends { hours: number; minutes: number }>(values: T) =>
  toMinutes(values.hours, values.minutes) > 0

/** An exchange a member records with one other member. */
export const exchangeSchema = z
  .object({
    role: z.enum(['gave', 'received']),
    otherMemberId: z.string().min(1, 'Choose the other member'),
    ...duration,
    description: optional('the description', 500),
    occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date'),
  })
  .refine(someTime, { message: 'Enter how long it took', path: ['hours'] })
export type ExchangeInput = z.input<typeof exchangeSchema>
export type ExchangeValues = z.output<typeof exchangeSchema>

/** A donation of hours to a member or to the community pot (empty recipient). */
export const donationSchema = z
  .object({ toMemberId: z.string(), ...duration, note: optional('the note', 500) })
  .refine(someTime, { message: 'Enter how much time to give', path: ['hours'] })
export type DonationInput = z.input<typeof donationSchema>
export type DonationValues = z.output<typeof donationSchema>

/** A group exchange a coordinator records: one giver to many receivers, or many to one. */
export const groupExchangeSchema = z
  .object({
    giverIds: z.array(z.string()).min(1, 'Choose who gave'),
    receiverIds: z.array(z.string()).min(1, 'Choose who received'),
    ...duration,
    description: optional('the description', 500),
    occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date'),
  })
  .refine(someTime, { message: 'Enter how long it took', path: ['hours'] })
  .refine((values) => values.giverIds.length === 1 || values.receiverIds.length === 1, {
    message: 'One giver to many receivers, or many givers to one receiver',
    path: ['receiverIds'],
  })
  .refine((values) => !values.giverIds.some((id) => values.receiverIds.includes(id)), {
    message: 'Nobody can give to themselves',
    path: ['receiverIds'],
  })
export type GroupExchangeInput = z.input<typeof groupExchangeSchema>
export type GroupExchangeValues = z.output<typeof groupExchangeSchema>

/** A member a coordinator records: a resident by postcode, an organisation or group by its asset. */
export const memberSchema = z
  .object({
    kind: z.enum(MEMBER_KINDS),
    displayName: required('their name', 80),
    postcode: optional('the postcode', 10),
    assetName: optional('the name on the map', 200),
    about: optional('about them', 1000),
    availability: z.array(z.enum(AVAILABILITY)),
    skills: z.array(z.string()),
  })
  .refine((values) => values.kind === 'resident' || values.assetName !== '', {
    message: 'Enter its name as the map shows it',
    path: ['assetName'],
  })
export type MemberValues = z.infer<typeof memberSchema>

/** A member's profile, as the member or a coordinator changes it. */
export const profileSchema = z.object({
  about: optional('about them', 1000),
  availability: z.array(z.enum(AVAILABILITY)),
  skills: z.array(z.string()),
})
export type ProfileValues = z.infer<typeof profileSchema>
