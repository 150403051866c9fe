import { z } from 'zod'
import {
  contactProblem,
  hasGift,
  offerDraftFields,
  wantsTimeBank,
  type OfferDraft,
} from './offer-draft'

/** The question pages of the "Offer your gifts" form, in order; each is /offer/<id>. */
export const OFFER_STEPS = [
  'name',
  'gifts',
  'activities',
  'availability',
  'travel',
  'contact',
  'postcode',
  'time-bank',
  'consent',
] as const
export type OfferStep = (typeof OFFER_STEPS)[number]

export const OFFER_STEP_TITLES: Readonly<Record<OfferStep, string>> = {
  name: 'What name would you like us to use?',
  gifts: 'What gifts would you like to offer?',
  activities: 'What would you like to do?',
  availability: 'When are you free?',
  travel: 'How far would you travel?',
  contact: 'How can we contact you?',
  postcode: 'What is your postcode?',
  'time-bank': 'Which time bank would you like to join?',
  consent: 'What do you agree to?',
}

const fields = offerDraftFields({ emailRequired: true })

/** The checks of one page of the public form. */
export function stepSchema(step: OfferStep): z.ZodType {
  switch (step) {
    case 'name':
      return z.object({ displayName: fields.displayName })
    case 'gifts':
      return z
        .object({ giftTypes: fields.giftTypes, ownWords: fields.ownWords })
        .refine((draft) => hasGift(draft), {
          path: ['giftTypes'],
          message: 'Choose a gift from the lists, or describe one in your own words',
        })
    case 'activities':
      return z.object({ activities: fields.activities })
    case 'availability':
      return z.object({
        availability: fields.availability,
        availabilityNote: fields.availabilityNote,
      })
    case 'travel':
      return z.object({ travel: fields.travel })
    case 'contact':
      return contactChecks(
        z.object({
          email: fields.email,
          phone: fields.phone,
          preferredContact: fields.preferredContact,
        }),
      )
    case 'postcode':
      return z.object({ postcode: fields.postcode })
    case 'time-bank':
      return z.object({
        timeBankId: fields.timeBankId.refine(
          (value) => value !== '',
          'Choose the time bank you would like to join',
        ),
        joinTimeBank: fields.joinTimeBank.refine(
          (value) => value,
          'Tick the box to apply to the time bank, or go back and untick “Join the time bank”',
        ),
      })
    case 'consent':
      return z.object({ consents: fields.consents })
  }
}

/** Adds the checks that need both contact fields (the way preferred must be given). */
export function contactChecks<
  T extends z.ZodType<Pick<OfferDraft, 'email' | 'phone' | 'preferredContact'>>,
>(schema: T) {
  return schema.superRefine((draft, context) => {
    const problem = contactProblem(draft)
    if (problem)
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
  })
}

/** The whole offer on one page (a builder's record, the resident's change). */
export function wholeOfferSchema(options: { emailRequired: boolean }) {
  const all = offerDraftFields(options)
  return contactChecks(
    z.object(all).refine((draft) => hasGift(draft), {
      path: ['giftTypes'],
      message: 'Choose a gift from the lists, or describe one in your own words',
    }),
  )
}

/** Whether the form asks `step` of this draft: the time bank only of those joining one. */
export function isStepAsked(step: OfferStep, draft: Pick<OfferDraft, 'activities'>): boolean {
  return step !== 'time-bank' || wantsTimeBank(draft)
}

/** The page after `step` that the draft is asked, or the check-your-answers page after the last. */
export function nextStepPath(step: OfferStep, draft: Pick<OfferDraft, 'activities'>): string {
  const next = OFFER_STEPS.slice(OFFER_STEPS.indexOf(step) + 1).find((s) => isStepAsked(s, draft))
  return next ? `/offer/${next}` : '/offer/check'
}

/** The page before `step` that the draft is asked, or the start page before the first. */
export function previousStepPath(step: OfferStep, draft: Pick<OfferDraft, 'activities'>): string {
  const previous = OFFER_STEPS.slice(0, OFFER_STEPS.indexOf(step))
    .reverse()
    .find((s) => isStepAsked(s, draft))
  return previous ? `/offer/${previous}` : '/offer'
}
