import { useId, useState } from 'react'
import { formatHours } from '../../../core/time-banks/monthly-report-series'
import {
  computeSocialValue,
  estimateProgrammeReturn,
  formatPounds,
} from '../../../core/time-banks/social-value'
import type { TimeBankSettings } from '../../../core/time-banks/time-bank-report'

export interface SocialValuePanelProps {
  bank: TimeBankSettings
  /** Minutes exchanged in the period (null while the report loads). */
  minutes: number | null
  /** The period in words, e.g. "the last 12 months". */
  period: string
}

const POUNDS = /^\d+(\.\d{1,2})?$/

/**
 * Social value two ways, never mixed: the bank's hours × its hourly value with the value's basis
 * beside it; and, for an investment the coordinator types, the programme's cited return (NEF's
 * £3 for every £1), labelled as an estimate with its source.
 */
export function SocialValuePanel({ bank, minutes, period }: SocialValuePanelProps) {
  const id = useId()
  const [investment, setInvestment] = useState('')
  const typed = investment.trim().replace(/^£/, '').replaceAll(',', '')
  const valid = POUNDS.test(typed)
  const estimate = valid ? estimateProgrammeReturn(Math.round(Number(typed) * 100)) : null
  const value =
    minutes === null
      ? null
      : computeSocialValue(minutes, bank.hourlyValuePence, bank.hourlyValueBasis)
  return (
    <>
      {value === null ? (
        <p role="status">Loading the hours…</p>
      ) : (
        <p className="time-bank-reports__value">
          <strong data-testid="social-value">{formatPounds(value.valuePence)}</strong> of social
          value: {formatHours(minutes!)} hours exchanged in {period} ×{' '}
          {formatPounds(value.hourlyValuePence)} an hour.{' '}
          <span className="time-bank-reports__basis">Basis: {value.basis}.</span>
        </p>
      )}
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-investment`}>
          Investment in the bank (£)
        </label>
        <p className="form-field__hint" id={`${id}-hint`}>
          For an estimate from the programme&rsquo;s cited return, e.g. 10000
        </p>
        <input
          id={`${id}-investment`}
          inputMode="decimal"
          autoComplete="off"
          value={investment}
          aria-describedby={`${id}-hint`}
          aria-invalid={investment !== '' && !valid}
          onChange={(event) => setInvestment(event.target.value)}
        />
      </div>
      {investment !== '' && !valid ? (
        <p className="form-message form-message--error" role="alert">
          Enter the investment in pounds, e.g. 10000 or 2500.50
        </p>
      ) : null}
      <div aria-live="polite">
        {estimate ? (
          <p className="time-bank-reports__estimate" data-testid="social-value-estimate">
            <strong>Estimate:</strong> {formatPounds(estimate.estimatePence)} of social value from{' '}
            {formatPounds(estimate.investmentPence)} invested, at £{estimate.perPound} for every £1.
            Source: {estimate.source}. An estimate from a published ratio, not a measure of this
            bank&rsquo;s hours.
          </p>
        ) : null}
      </div>
    </>
  )
}
