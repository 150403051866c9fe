import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { GiftType } from '../../../core/residents/resident-offer'
import type { ReadState } from '../../../db/use-port-query'
import { tidyPostcode } from '../../../core/residents/normalise-postcode'
import type { OfferDraft } from '../api/offer-draft'
import { OFFER_STEP_TITLES, previousStepPath, stepSchema, type OfferStep } from '../api/offer-steps'
import { stepResolver } from '../api/step-resolver'
import type { TimeBanksForPostcode } from '../api/use-time-banks-for-postcode'
import {
  ActivitiesField,
  AvailabilityFields,
  ConsentField,
  ContactFields,
  GIFTS_FIELD_ID,
  GiftsFields,
  NameField,
  PostcodeField,
  TravelField,
} from './offer-fields'
import { QuestionPage, summaryItems } from './question-page'
import { JOIN_TIME_BANK_FIELD_ID, TIME_BANK_FIELD_ID, TimeBankFields } from './time-bank-fields'
import type { Navigate } from './route-link'
import { emailHint, type AppMode } from './mode-wording'
import { useFocusHeading } from './use-focus-heading'

/** Each page's fields, in order, with the input an error summary link moves to. */
const SUMMARY_ORDER: Readonly<Record<OfferStep, ReadonlyArray<readonly [string, string]>>> = {
  name: [['displayName', 'offer-displayName']],
  gifts: [
    ['giftTypes', GIFTS_FIELD_ID],
    ['ownWords.head', 'offer-ownWords-head'],
    ['ownWords.hands', 'offer-ownWords-hands'],
    ['ownWords.heart', 'offer-ownWords-heart'],
  ],
  activities: [['activities', 'offer-activities']],
  availability: [
    ['availability', 'offer-availability'],
    ['availabilityNote', 'offer-availabilityNote'],
  ],
  travel: [['travel', 'offer-travel']],
  contact: [
    ['email', 'offer-email'],
    ['phone', 'offer-phone'],
    ['preferredContact', 'offer-preferredContact'],
  ],
  postcode: [['postcode', 'offer-postcode']],
  'time-bank': [
    ['timeBankId', TIME_BANK_FIELD_ID],
    ['joinTimeBank', JOIN_TIME_BANK_FIELD_ID],
  ],
  consent: [['consents', 'offer-consents']],
}

/**
 * One question page of the public form. Its answers join the draft when they pass the page's
 * checks; `checkPostcode` (the database's list of the region's postcodes, when it is ready) says
 * whether a well-formed postcode is one of the region's.
 */
export function OfferQuestion({
  step,
  draft,
  giftTypes,
  returnToCheck,
  navigate,
  onContinue,
  checkPostcode,
  timeBanks,
  mode,
}: {
  step: OfferStep
  draft: OfferDraft
  giftTypes: readonly GiftType[] | null
  /** Came from "Change" on the check-your-answers page: Continue goes back there. */
  returnToCheck: boolean
  navigate: Navigate
  onContinue: (values: OfferDraft) => void
  checkPostcode: (postcode: string) => Promise<string | null>
  /** The banks for the draft's postcode (read on the time bank page only). */
  timeBanks: ReadState<TimeBanksForPostcode>
  mode: AppMode
}) {
  const form = useForm<OfferDraft>({
    resolver: stepResolver(stepSchema(step)),
    defaultValues: draft,
    shouldFocusError: false,
  })
  const [summaryFocus, setSummaryFocus] = useState(0)
  const [checking, setChecking] = useState(false)
  const headingRef = useFocusHeading<HTMLHeadingElement>(step)
  const failed = () => setSummaryFocus((n) => n + 1)

  const submit = form.handleSubmit(async (values) => {
    if (step === 'postcode') {
      setChecking(true)
      const problem = await checkPostcode(values.postcode).finally(() => setChecking(false))
      if (problem) {
        form.setError('postcode', { message: problem })
        failed()
        return
      }
    }
    if (step === 'time-bank' && timeBanks.status === 'ready') {
      const bank = timeBanks.value.banks.find((b) => b.bankId === values.timeBankId)
      onContinue({ ...values, timeBankName: bank?.name ?? '' })
      return
    }
    onContinue(
      step === 'postcode' ? { ...values, postcode: tidyPostcode(values.postcode) } : values,
    )
  }, failed)

  return (
    <QuestionPage
      title={OFFER_STEP_TITLES[step]}
      back={returnToCheck ? '/offer/check' : previousStepPath(step, draft)}
      navigate={navigate}
      errors={summaryItems(form.formState.errors, SUMMARY_ORDER[step])}
      summaryFocus={summaryFocus}
      onSubmit={submit}
      busy={checking}
    >
      {step === 'name' ? <NameField form={form} headingRef={headingRef} /> : null}
      {step === 'gifts' ? (
        <GiftsFields form={form} headingRef={headingRef} giftTypes={giftTypes} />
      ) : null}
      {step === 'activities' ? <ActivitiesField form={form} headingRef={headingRef} /> : null}
      {step === 'availability' ? <AvailabilityFields form={form} headingRef={headingRef} /> : null}
      {step === 'travel' ? <TravelField form={form} headingRef={headingRef} /> : null}
      {step === 'contact' ? (
        <ContactFields
          form={form}
          headingRef={headingRef}
          emailRequired
          emailHint={emailHint(mode)}
        />
      ) : null}
      {step === 'postcode' ? <PostcodeField form={form} headingRef={headingRef} /> : null}
      {step === 'time-bank' ? (
        <TimeBankFields form={form} headingRef={headingRef} timeBanks={timeBanks} />
      ) : null}
      {step === 'consent' ? <ConsentField form={form} headingRef={headingRef} /> : null}
    </QuestionPage>
  )
}
