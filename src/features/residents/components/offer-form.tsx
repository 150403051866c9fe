import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { ErrorSummary } from '../../../components/ui/error-summary'
import type { GiftType } from '../../../core/residents/resident-offer'
import type { OfferDraft } from '../api/offer-draft'
import { wholeOfferSchema } from '../api/offer-steps'
import { stepResolver } from '../api/step-resolver'
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
import { summaryItems } from './question-page'

const ORDER: ReadonlyArray<readonly [string, string]> = [
  ['displayName', 'offer-displayName'],
  ['giftTypes', GIFTS_FIELD_ID],
  ['ownWords.head', 'offer-ownWords-head'],
  ['ownWords.hands', 'offer-ownWords-hands'],
  ['ownWords.heart', 'offer-ownWords-heart'],
  ['activities', 'offer-activities'],
  ['availability', 'offer-availability'],
  ['availabilityNote', 'offer-availabilityNote'],
  ['travel', 'offer-travel'],
  ['email', 'offer-email'],
  ['phone', 'offer-phone'],
  ['postcode', 'offer-postcode'],
  ['consents', 'offer-consents'],
]

/**
 * The whole offer on one page: the resident changing theirs, or a builder recording someone's
 * from a paper form. A refusal from the database is shown above the form; nothing typed is lost.
 */
export function OfferForm({
  label,
  defaultValues,
  giftTypes,
  emailRequired,
  submitLabel,
  onSubmit,
  consentLegend,
  extra,
  actions,
  onBehalf = false,
}: {
  /** The form's accessible name. */
  label: string
  defaultValues: OfferDraft
  giftTypes: readonly GiftType[] | null
  emailRequired: boolean
  submitLabel: string
  /** Saves; a thrown Error's message is shown above the form. */
  onSubmit: (values: OfferDraft) => Promise<void>
  consentLegend?: string
  /** More fields after the consents (a builder's "how consent was given"), on the same form. */
  extra?: (form: UseFormReturn<OfferDraft>) => ReactNode
  actions?: ReactNode
  /** A builder recording someone else's offer (headings speak of "them", not "you"). */
  onBehalf?: boolean
}) {
  const form = useForm<OfferDraft>({
    resolver: stepResolver(wholeOfferSchema({ emailRequired })),
    defaultValues,
    shouldFocusError: false,
  })
  const [summaryFocus, setSummaryFocus] = useState(0)
  const [refusal, setRefusal] = useState<string | null>(null)
  const refusalRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (refusal) refusalRef.current?.focus()
  }, [refusal])
  const submit = form.handleSubmit(
    async (values) => {
      setRefusal(null)
      try {
        await onSubmit(values)
      } catch (error) {
        setRefusal(error instanceof Error ? error.message : String(error))
      }
    },
    () => setSummaryFocus((n) => n + 1),
  )
  const errors = summaryItems(form.formState.errors, ORDER)
  return (
    <form className="residents-form" aria-label={label} noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} focusKey={errors.length > 0 ? summaryFocus : 0} />
      {refusal ? (
        <p className="form-message form-message--error" role="alert" tabIndex={-1} ref={refusalRef}>
          {refusal}
        </p>
      ) : null}
      <NameField form={form} />
      <GiftsFields form={form} giftTypes={giftTypes} />
      <ActivitiesField form={form} />
      <AvailabilityFields form={form} />
      <TravelField form={form} />
      <ContactFields form={form} emailRequired={emailRequired} onBehalf={onBehalf} />
      <PostcodeField form={form} />
      <ConsentField form={form} {...(consentLegend ? { legend: consentLegend } : {})} />
      {extra?.(form)}
      <div className="residents-actions">
        <button
          type="submit"
          className="button residents-button"
          disabled={form.formState.isSubmitting}
        >
          {submitLabel}
        </button>
        {actions}
      </div>
    </form>
  )
}
