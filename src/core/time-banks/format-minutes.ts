/**
 * An amount of time in words, as a statement prints it: whole hours and the minutes left over.
 *
 * @param minutes - a whole number of minutes (negative for time received)
 * @returns e.g. "1 h 30 min", "45 min", "2 h", "0 min", "−1 h 15 min" (a true minus sign)
 * @example formatMinutes(90) // "1 h 30 min"
 */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : ''
  const whole = Math.abs(Math.trunc(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  const parts = [hours > 0 ? `${hours} h` : '', rest > 0 || hours === 0 ? `${rest} min` : '']
  return sign + parts.filter(Boolean).join(' ')
}

/**
 * The same amount with its sign always shown, for a statement's column of credits and debits.
 *
 * @param minutes - whole minutes
 * @returns e.g. "+1 h 30 min", "−45 min", "0 min"
 * @example formatSignedMinutes(90) // "+1 h 30 min"
 */
export function formatSignedMinutes(minutes: number): string {
  return minutes > 0 ? `+${formatMinutes(minutes)}` : formatMinutes(minutes)
}

/**
 * Hours and minutes as typed in a form, as whole minutes.
 *
 * @param hours - whole hours, 0 or more
 * @param minutes - 0 to 59
 * @returns the total in minutes
 * @example toMinutes(1, 30) // 90
 */
export function toMinutes(hours: number, minutes: number): number {
  return hours * 60 + minutes
}
