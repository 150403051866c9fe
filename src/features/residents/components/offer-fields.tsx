import type { Ref } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { describedBy, FormField } from '../../../components/ui/form-field'
import { region } from '../../../config/region'
import {
  CONSENT_PURPOSES,
  CONSENT_PURPOSE_LABELS,
  consentWording,
} from '../../../core/residents/consent-purpose'
import { GIFT_KINDS, GIFT_KIND_LABELS } from '../../../core/residents/gift-kind'
import {
  AVAILABILITY,
  AVAILABILITY_LABELS,
  CONTACT_METHODS,
  CONTACT_METHOD_LABELS,
  OFFER_ACTIVITIES,
  OFFER_ACTIVITY_LABELS,
  TRAVEL_RANGES,
  travelRangeLabels,
} from '../../../core/residents/offer-choices'
import { OFFER_LIMITS } from '../../../core/residents/offer-limits'
import type { GiftType } from '../../../core/residents/resident-offer'
import type { OfferDraft } from '../api/offer-draft'
import { OFFER_STEP_TITLES } from '../api/offer-steps'
import { errorAt } from './question-page'

/** Each field of the offer, shared by the question pages and the one-page forms. */
export interface FieldProps {
  form: UseFormReturn<OfferDraft>
  /** On a question page: the question is the page's h1, and focus moves to it. */
  headingRef?: Ref<HTMLHeadingElement> | undefined
}

const err = (form: FieldProps['form'], path: string) => errorAt(form.formState.errors, path)

export function NameField({ form, headingRef }: FieldProps) {
  const id = 'offer-displayName'
  const error = err(form, 'displayName')
  return (
    <FormField
      id={id}
      label={headingRef ? OFFER_STEP_TITLES.name : 'Name'}
      headingRef={headingRef}
      hint="A first name, or a name friends use. Builders and the people you help see it."
      error={error}
    >
      <input
        id={id}
        type="text"
        dir="auto"
        autoComplete="given-name"
        spellCheck={false}
        aria-describedby={describedBy(id, true, error)}
        aria-invalid={error ? true : undefined}
        {...form.register('displayName')}
      />
    </FormField>
  )
}

export const GIFTS_FIELD_ID = 'offer-gifts-head'

export function GiftsFields({
  form,
  headingRef,
  giftTypes,
}: FieldProps & { giftTypes: readonly GiftType[] | null }) {
  const error = err(form, 'giftTypes')
  return (
    <div className={error ? 'form-field--error residents-gifts' : 'residents-gifts'}>
      {headingRef ? (
        <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
          {OFFER_STEP_TITLES.gifts}
        </h1>
      ) : (
        <h2 className="residents-subheading">Your gifts</h2>
      )}
      <p className="form-field__hint" id="offer-gifts-hint">
        Everyone has gifts. Choose as many as you like, or describe your own.
      </p>
      {error ? (
        <p className="form-field__error" id="offer-gifts-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {giftTypes === null ? (
        <p role="status" className="residents-note">
          Loading the list of gifts… You can describe yours in your own words meanwhile.
        </p>
      ) : null}
      {GIFT_KINDS.map((kind) => {
        const labels = GIFT_KIND_LABELS[kind]
        const ownId = `offer-ownWords-${kind}`
        const ownError = err(form, `ownWords.${kind}`)
        return (
          <ChoiceGroup
            key={kind}
            type="checkbox"
            id={`offer-gifts-${kind}`}
            legend={`${labels.label}: ${labels.question.toLowerCase()}`}
            hint={labels.hint}
            choices={(giftTypes ?? [])
              .filter((type) => type.kind === kind)
              .map((type) => ({ value: type.code, label: type.label }))}
            registration={form.register('giftTypes')}
          >
            <FormField
              id={ownId}
              label="Another gift, in your own words (optional)"
              error={ownError}
            >
              <input
                id={ownId}
                type="text"
                dir="auto"
                aria-describedby={describedBy(ownId, false, ownError)}
                aria-invalid={ownError ? true : undefined}
                {...form.register(`ownWords.${kind}`)}
              />
            </FormField>
          </ChoiceGroup>
        )
      })}
    </div>
  )
}

export function ActivitiesField({ form, headingRef }: FieldProps) {
  return (
    <ChoiceGroup
      type="checkbox"
      id="offer-activities"
      legend={headingRef ? OFFER_STEP_TITLES.activities : 'What you would like to do'}
      legendAsHeading={headingRef !== undefined}
      headingRef={headingRef}
      hint="Choose all that you would enjoy."
      error={err(form, 'activities')}
      choices={OFFER_ACTIVITIES.map((value) => ({ value, label: OFFER_ACTIVITY_LABELS[value] }))}
      registration={form.register('activities')}
    />
  )
}

export function AvailabilityFields({ form, headingRef }: FieldProps) {
  const noteId = 'offer-availabilityNote'
  const noteError = err(form, 'availabilityNote')
  return (
    <ChoiceGroup
      type="checkbox"
      id="offer-availability"
      legend={headingRef ? OFFER_STEP_TITLES.availability : 'When you are free'}
      legendAsHeading={headingRef !== undefined}
      headingRef={headingRef}
      hint="Choose all that apply."
      error={err(form, 'availability')}
      choices={AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }))}
      registration={form.register('availability')}
    >
      <FormField
        id={noteId}
        label="Anything else about when you are free? (optional)"
        hint={`For example "school holidays only". Up to ${OFFER_LIMITS.availabilityNote} characters.`}
        error={noteError}
      >
        <textarea
          dir="auto"
          id={noteId}
          rows={3}
          aria-describedby={describedBy(noteId, true, noteError)}
          aria-invalid={noteError ? true : undefined}
          {...form.register('availabilityNote')}
        />
      </FormField>
    </ChoiceGroup>
  )
}

export function TravelField({ form, headingRef }: FieldProps) {
  return (
    <ChoiceGroup
      type="radio"
      id="offer-travel"
      legend={headingRef ? OFFER_STEP_TITLES.travel : 'How far you would travel'}
      legendAsHeading={headingRef !== undefined}
      headingRef={headingRef}
      error={err(form, 'travel')}
      choices={TRAVEL_RANGES.map((value) => ({
        value,
        label: travelRangeLabels(region.name)[value],
      }))}
      registration={form.register('travel')}
    />
  )
}

/**
 * @param emailHint - what the email address is for, under its label (the public form's, which
 *   depends on the mode)
 * @param onBehalf - a builder recording someone's offer: the heading speaks of "them"
 */
export function ContactFields({
  form,
  headingRef,
  emailRequired,
  emailHint,
  onBehalf = false,
}: FieldProps & { emailRequired: boolean; emailHint?: string; onBehalf?: boolean }) {
  const emailError = err(form, 'email')
  const phoneError = err(form, 'phone')
  return (
    <div className="residents-contact">
      {headingRef ? (
        <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
          {OFFER_STEP_TITLES.contact}
        </h1>
      ) : (
        <h2 className="residents-subheading">
          {onBehalf ? 'How to contact them' : 'How to contact you'}
        </h2>
      )}
      <FormField
        id="offer-email"
        label={emailRequired ? 'Email address' : 'Email address (optional)'}
        hint={emailHint}
        error={emailError}
      >
        <input
          id="offer-email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          inputMode="email"
          aria-describedby={describedBy('offer-email', emailHint !== undefined, emailError)}
          aria-invalid={emailError ? true : undefined}
          {...form.register('email')}
        />
      </FormField>
      <FormField id="offer-phone" label="Phone number (optional)" error={phoneError}>
        <input
          id="offer-phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          aria-describedby={describedBy('offer-phone', false, phoneError)}
          aria-invalid={phoneError ? true : undefined}
          {...form.register('phone')}
        />
      </FormField>
      <ChoiceGroup
        type="radio"
        id="offer-preferredContact"
        legend="How would you like us to contact you? (optional)"
        error={err(form, 'preferredContact')}
        choices={CONTACT_METHODS.map((value) => ({ value, label: CONTACT_METHOD_LABELS[value] }))}
        registration={form.register('preferredContact')}
      />
    </div>
  )
}

export function PostcodeField({ form, headingRef }: FieldProps) {
  const id = 'offer-postcode'
  const error = err(form, 'postcode')
  return (
    <FormField
      id={id}
      label={headingRef ? OFFER_STEP_TITLES.postcode : 'Postcode'}
      headingRef={headingRef}
      hint="We use it to work out your area. We never show where you live: builders see your area, and the public map shows only how many people offer gifts in each ward."
      error={error}
    >
      <input
        id={id}
        className="residents-input--postcode"
        type="text"
        autoComplete="postal-code"
        spellCheck={false}
        aria-describedby={describedBy(id, true, error)}
        aria-invalid={error ? true : undefined}
        {...form.register('postcode')}
      />
    </FormField>
  )
}

export function ConsentField({ form, headingRef, legend }: FieldProps & { legend?: string }) {
  return (
    <ChoiceGroup
      type="checkbox"
      id="offer-consents"
      legend={headingRef ? OFFER_STEP_TITLES.consent : (legend ?? 'What you agree to')}
      legendAsHeading={headingRef !== undefined}
      headingRef={headingRef}
      hint="Each is optional, and you can change your mind at any time on the “Your data” page."
      error={err(form, 'consents')}
      // Applying to a time bank is asked with the bank (time-bank-fields.tsx).
      choices={CONSENT_PURPOSES.filter((value) => value !== 'join_time_bank').map((value) => ({
        value,
        label: consentWording(region.partners)[value],
        hint: CONSENT_PURPOSE_LABELS[value],
      }))}
      registration={form.register('consents')}
    />
  )
}
