/** A social value figure with what it rests on, never one without the other. */
export interface SocialValue {
  /** Hours given (minutes / 60, unrounded). */
  hours: number
  /** Hours × the hourly value, pence, rounded to the nearest penny. */
  valuePence: number
  /** The hourly value used, pence. */
  hourlyValuePence: number
  /** What the hourly value is, e.g. "National Living Wage from April 2026 (£12.71 an hour)". */
  basis: string
}

/**
 * The value of the hours a bank's members gave: hours × the bank's hourly value, with the basis
 * of that value carried beside the figure so that no screen can show one without the other.
 *
 * @param minutes time given, whole minutes (≥ 0)
 * @param hourlyValuePence the bank's value of one hour, pence (time_banks.hourly_value_pence)
 * @param basis what that value is (time_banks.hourly_value_basis)
 * @returns the hours, the value in pence and the basis
 * @example
 * computeSocialValue(90, 1271, 'National Living Wage').valuePence // 1907 (1.5 h × £12.71)
 */
export function computeSocialValue(
  minutes: number,
  hourlyValuePence: number,
  basis: string,
): SocialValue {
  const hours = minutes / 60
  return {
    hours,
    valuePence: Math.round((minutes * hourlyValuePence) / 60),
    hourlyValuePence,
    basis,
  }
}

/** The programme's cited return on investment in time banking, with its source. */
export const CITED_RETURN = {
  /** Pounds of social value per pound invested. */
  perPound: 3,
  source:
    'New Economics Foundation (NEF): £3 of social value for every £1 invested in time banking',
} as const

/** An estimate from the cited return: never a measurement, and labelled so. */
export interface ReturnEstimate {
  investmentPence: number
  /** investment × the cited return, pence. */
  estimatePence: number
  perPound: number
  source: string
  label: 'estimate'
}

/**
 * The social value the programme's cited return (NEF: £3 for every £1) puts on an investment the
 * coordinator enters. An estimate from a published ratio, not from this bank's hours.
 *
 * @param investmentPence what was invested, pence (≥ 0)
 * @returns the estimate with its ratio, source and label
 * @example estimateProgrammeReturn(1_000_000).estimatePence // 3_000_000 (£10,000 → £30,000)
 */
export function estimateProgrammeReturn(investmentPence: number): ReturnEstimate {
  return {
    investmentPence,
    estimatePence: Math.round(investmentPence * CITED_RETURN.perPound),
    perPound: CITED_RETURN.perPound,
    source: CITED_RETURN.source,
    label: 'estimate',
  }
}

/**
 * Pence as pounds for reading: whole pounds without pence, else two places.
 *
 * @example formatPounds(190_700) // '£1,907'
 * @example formatPounds(1907) // '£19.07'
 */
export function formatPounds(pence: number): string {
  const pounds = pence / 100
  return pounds.toLocaleString('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
    maximumFractionDigits: 2,
  })
}
