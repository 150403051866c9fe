import { useEffect } from 'react'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { region } from '../../../config/region'
import { CONSENT_PURPOSE_LABELS, consentWording } from '../../../core/residents/consent-purpose'
import { timeBankQuestion } from '../../../core/residents/time-bank-choice'
import type { ReadState } from '../../../db/use-port-query'
import { OFFER_STEP_TITLES } from '../api/offer-steps'
import type { TimeBanksForPostcode } from '../api/use-time-banks-for-postcode'
import type { FieldProps } from './offer-fields'
import { errorAt } from './question-page'

export const TIME_BANK_FIELD_ID = 'offer-timeBankId'
export const JOIN_TIME_BANK_FIELD_ID = 'offer-joinTimeBank'

/**
 * "Which time bank would you like to join?": the banks for the resident's ward (the one covering
 * it ticked for them; two: they choose; none: every bank, saying none covers the ward), and their
 * agreement to apply (the join_time_bank consent).
 */
export function TimeBankFields({
  form,
  headingRef,
  timeBanks,
}: FieldProps & { timeBanks: ReadState<TimeBanksForPostcode> }) {
  const ready = timeBanks.status === 'ready' ? timeBanks.value : null
  const question = ready ? timeBankQuestion(ready.banks, ready.wardName) : null
  const { getValues, setValue } = form
  useEffect(() => {
    if (question?.preselected && getValues('timeBankId') === '') {
      setValue('timeBankId', question.preselected)
    }
  }, [question?.preselected, getValues, setValue])

  const consentError = errorAt(form.formState.errors, 'joinTimeBank')
  const consentHint = `${JOIN_TIME_BANK_FIELD_ID}-item-hint`
  return (
    <>
      {ready && ready.banks.length > 0 ? (
        <ChoiceGroup
          type="radio"
          id={TIME_BANK_FIELD_ID}
          legend={OFFER_STEP_TITLES['time-bank']}
          legendAsHeading
          headingRef={headingRef}
          hint={question?.hint}
          error={errorAt(form.formState.errors, 'timeBankId')}
          choices={ready.banks.map((bank) => ({ value: bank.bankId, label: bank.name }))}
          registration={form.register('timeBankId')}
        />
      ) : (
        <div className="form-field">
          <h1 className="choice-group__heading" ref={headingRef} tabIndex={-1}>
            {OFFER_STEP_TITLES['time-bank']}
          </h1>
          <p className="form-field__hint" role="status" id={TIME_BANK_FIELD_ID}>
            {timeBanks.status === 'loading'
              ? 'Finding the time banks for your area…'
              : timeBanks.status === 'failed'
                ? `The time banks could not be found: ${timeBanks.message}`
                : 'We could not find the time banks for your postcode: go back and check it.'}
          </p>
        </div>
      )}
      <div className={`form-field choice-group${consentError ? ' form-field--error' : ''}`}>
        <fieldset
          className="choice-group__fieldset"
          aria-describedby={consentError ? `${JOIN_TIME_BANK_FIELD_ID}-error` : undefined}
        >
          <legend className="choice-group__legend">Your application</legend>
          {consentError ? (
            <p className="form-field__error" id={`${JOIN_TIME_BANK_FIELD_ID}-error`}>
              <span className="visually-hidden">Error: </span>
              {consentError}
            </p>
          ) : null}
          <div className="choice-group__items">
            <div className="choice-group__item">
              <input
                className="choice-group__input"
                type="checkbox"
                id={JOIN_TIME_BANK_FIELD_ID}
                aria-describedby={consentHint}
                {...form.register('joinTimeBank')}
              />
              <label className="choice-group__label" htmlFor={JOIN_TIME_BANK_FIELD_ID}>
                {consentWording(region.partners).join_time_bank}
              </label>
              <p className="choice-group__item-hint" id={consentHint}>
                {CONSENT_PURPOSE_LABELS.join_time_bank}: a coordinator welcomes you before you
                start. “Your data” shows your application; erasing your data there withdraws it.
              </p>
            </div>
          </div>
        </fieldset>
      </div>
    </>
  )
}
