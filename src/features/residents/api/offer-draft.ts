import { z } from 'zod'
import { CONSENT_PURPOSES, CONSENT_WORDING_VERSION } from '../../../core/residents/consent-purpose'
import { countCharacters } from '../../../core/residents/count-characters'
import { GIFT_KINDS, type GiftKind } from '../../../core/residents/gift-kind'
import { normalisePostcode } from '../../../core/residents/normalise-postcode'
import {
  AVAILABILITY,
  CONTACT_METHODS,
  OFFER_ACTIVITIES,
  TRAVEL_RANGES,
} from '../../../core/residents/offer-choices'
import { OFFER_LIMITS } from '../../../core/residents/offer-limits'
import type { GiftType, HeldOffer, ResidentOffer } from '../../../core/residents/resident-offer'

/** The offer as the form holds it: text as typed, choices as lists of codes, '' for no choice. */
export interface OfferDraft {
  displayName: string
  /** Gift type codes ticked, of any kind. */
  giftTypes: string[]
  /** A gift in the resident's own words, per kind. */
  ownWords: Record<GiftKind, string>
  activities: string[]
  availability: string[]
  availabilityNote: string
  /** '' (or null, as react-hook-form reads an unchosen radio group) until chosen. */
  travel: string | null
  email: string
  phone: string
  preferredContact: string | null
  postcode: string
  consents: string[]
  /** The time bank chosen ('' none), asked only with the time_bank activity. */
  timeBankId: string
  /** Its name, for the check-your-answers page. */
  timeBankName: string
  /** The join_time_bank consent, asked with the bank. */
  joinTimeBank: boolean
}

export const EMPTY_DRAFT: OfferDraft = {
  displayName: '',
  giftTypes: [],
  ownWords: { head: '', hands: '', heart: '' },
  activities: [],
  availability: [],
  availabilityNote: '',
  travel: '',
  email: '',
  phone: '',
  preferredContact: '',
  postcode: '',
  // Nothing optional is ticked for the resident.
  consents: [],
  timeBankId: '',
  timeBankName: '',
  joinTimeBank: false,
}

const text = (max: number, tooLong: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .refine((value) => countCharacters(value) <= max, tooLong)

const requiredText = (max: number, missing: string, tooLong: string) =>
  text(max, tooLong).refine((value) => value.length > 0, missing)

const choices = (allowed: readonly string[], missing: string | null) =>
  z
    .array(z.string())
    .refine((values) => values.every((value) => allowed.includes(value)), 'Choose from the list')
    .refine((values) => missing === null || values.length > 0, missing ?? '')

const PHONE = /^\+?[0-9]{7,15}$/
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

/**
 * The form's checks, field by field, with the words GOV.UK would use; the database checks the
 * same again (private.check_offer). `emailRequired`: the public form needs an email (to sign in
 * later); a builder recording a paper form does not.
 */
export function offerDraftFields(options: { emailRequired: boolean }) {
  return {
    displayName: requiredText(
      OFFER_LIMITS.displayName,
      'Enter the name you would like us to use',
      `Your name must be ${OFFER_LIMITS.displayName} characters or fewer`,
    ),
    giftTypes: z.array(z.string()),
    ownWords: z.object(
      Object.fromEntries(
        GIFT_KINDS.map((kind) => [
          kind,
          text(
            OFFER_LIMITS.giftDescription,
            `Describe the gift in ${OFFER_LIMITS.giftDescription} characters or fewer`,
          ),
        ]),
      ) as Record<GiftKind, ReturnType<typeof text>>,
    ),
    activities: choices(OFFER_ACTIVITIES, 'Choose at least one thing you would like to do'),
    availability: choices(AVAILABILITY, 'Choose when you are free'),
    availabilityNote: text(
      OFFER_LIMITS.availabilityNote,
      `Your note must be ${OFFER_LIMITS.availabilityNote} characters or fewer`,
    ),
    // An unchosen radio group reads as null.
    travel: z
      .string()
      .nullable()
      .refine((value) => value !== null && (TRAVEL_RANGES as readonly string[]).includes(value), {
        message: 'Choose how far you would travel',
      }),
    email: text(OFFER_LIMITS.email, 'Your email address is too long').superRefine(
      (value, context) => {
        if (value === '' && options.emailRequired) {
          context.addIssue({ code: 'custom', message: 'Enter your email address' })
        } else if (value !== '' && !EMAIL.test(value)) {
          context.addIssue({
            code: 'custom',
            message: 'Enter an email address in the right format, like name@example.com',
          })
        }
      },
    ),
    phone: text(OFFER_LIMITS.phone, 'Your phone number is too long').refine(
      (value) => value === '' || PHONE.test(value.replace(/[\s()-]/g, '')),
      'Enter a phone number, like 01245 123456 or 07700 900123',
    ),
    preferredContact: z
      .string()
      .nullable()
      .refine(
        (value) => !value || (CONTACT_METHODS as readonly string[]).includes(value),
        'Choose email, a phone call or a text message',
      ),
    postcode: z
      .string()
      .refine((value) => value.trim() !== '', 'Enter your postcode')
      .refine(
        (value) => value.trim() === '' || normalisePostcode(value) !== null,
        'That is not a postcode. Enter a full postcode, like CM1 1AA',
      ),
    consents: choices(CONSENT_PURPOSES, null),
    timeBankId: z.string(),
    timeBankName: z.string(),
    joinTimeBank: z.boolean(),
  }
}

/** True when the resident chose "Join the time bank". */
export const wantsTimeBank = (draft: Pick<OfferDraft, 'activities'>) =>
  draft.activities.includes('time_bank')

/**
 * What the time bank question still needs, when the resident chose "Join the time bank": a bank,
 * and their agreement to apply.
 */
export function timeBankProblem(
  draft: Pick<OfferDraft, 'activities' | 'timeBankId' | 'joinTimeBank'>,
): { field: 'timeBankId' | 'joinTimeBank'; message: string } | null {
  if (!wantsTimeBank(draft)) return null
  if (draft.timeBankId === '') {
    return { field: 'timeBankId', message: 'Choose the time bank you would like to join' }
  }
  if (!draft.joinTimeBank) {
    return {
      field: 'joinTimeBank',
      message: 'Tick the box to apply to the time bank, or go back and untick “Join the time bank”',
    }
  }
  return null
}

/** True when the draft names at least one gift (ticked or in the resident's own words). */
export function hasGift(draft: Pick<OfferDraft, 'giftTypes' | 'ownWords'>): boolean {
  return draft.giftTypes.length > 0 || GIFT_KINDS.some((kind) => draft.ownWords[kind].trim() !== '')
}

/** The contact checks that involve two fields: a way to reach them, and the preferred one given. */
export function contactProblem(
  draft: Pick<OfferDraft, 'email' | 'phone' | 'preferredContact'>,
): { field: 'email' | 'phone'; message: string } | null {
  const wantsPhone = draft.preferredContact === 'phone' || draft.preferredContact === 'text'
  if (wantsPhone && draft.phone.trim() === '') {
    return { field: 'phone', message: 'Enter the phone number you would like us to use' }
  }
  if (draft.preferredContact === 'email' && draft.email.trim() === '') {
    return { field: 'email', message: 'Enter the email address you would like us to use' }
  }
  return null
}

/** The draft as the offer the data port sends, with the gift types' kinds from the list. */
export function toResidentOffer(draft: OfferDraft, giftTypes: readonly GiftType[]): ResidentOffer {
  const byCode = new Map(giftTypes.map((type) => [type.code, type]))
  const email = draft.email.trim()
  const phone = draft.phone.trim()
  const applying = wantsTimeBank(draft) && draft.joinTimeBank
  return {
    displayName: draft.displayName.trim(),
    gifts: [
      ...draft.giftTypes.flatMap((code) => {
        const type = byCode.get(code)
        return type ? [{ kind: type.kind, giftType: code, description: '' }] : []
      }),
      ...GIFT_KINDS.filter((kind) => draft.ownWords[kind].trim() !== '').map((kind) => ({
        kind,
        giftType: null,
        description: draft.ownWords[kind].trim(),
      })),
    ],
    activities: draft.activities as ResidentOffer['activities'],
    availability: draft.availability as ResidentOffer['availability'],
    availabilityNote: draft.availabilityNote.trim(),
    travel: (draft.travel || null) as ResidentOffer['travel'],
    email,
    phone,
    preferredContact:
      (draft.preferredContact as ResidentOffer['preferredContact']) ||
      (email ? 'email' : phone ? 'phone' : null),
    postcode: normalisePostcode(draft.postcode) ?? draft.postcode.trim(),
    consents: [
      ...draft.consents.filter((purpose) => purpose !== 'join_time_bank'),
      ...(applying ? ['join_time_bank'] : []),
    ] as ResidentOffer['consents'],
    wordingVersion: CONSENT_WORDING_VERSION,
    timeBankId: applying && draft.timeBankId !== '' ? draft.timeBankId : null,
  }
}

/** What the resident gave before, as a draft to change (their active consents ticked). */
export function toOfferDraft(offer: HeldOffer): OfferDraft {
  const ownWords = { head: '', hands: '', heart: '' }
  for (const gift of offer.gifts) {
    if (gift.giftType === null && ownWords[gift.kind] === '') ownWords[gift.kind] = gift.description
  }
  return {
    displayName: offer.displayName,
    giftTypes: offer.gifts.flatMap((gift) => (gift.giftType ? [gift.giftType] : [])),
    ownWords,
    activities: offer.preferences?.activities ?? [],
    availability: offer.preferences?.availability ?? [],
    availabilityNote: offer.preferences?.availabilityNote ?? '',
    travel: offer.preferences?.travel ?? '',
    email: offer.contact?.email ?? '',
    phone: offer.contact?.phone ?? '',
    preferredContact: offer.contact?.preferredContact ?? '',
    postcode: offer.home?.postcode ?? '',
    consents: offer.consents
      .filter((c) => c.withdrawnAt === null && c.purpose !== 'join_time_bank')
      .map((c) => c.purpose),
    // The application was made when the offer was sent; a change keeps the consent given then.
    timeBankId: '',
    timeBankName: '',
    joinTimeBank: offer.consents.some(
      (c) => c.withdrawnAt === null && c.purpose === 'join_time_bank',
    ),
  }
}
