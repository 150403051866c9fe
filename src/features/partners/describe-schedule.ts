import type { Weekday, SchemeSchedule } from '../../core/partners/partner'

export const BYDAY_LABELS: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
}

const ORDER = Object.keys(BYDAY_LABELS)

/**
 * A scheme's opening times in words, a line per day in week order (times to the minute); none:
 * "Ask for times".
 *
 * @example describeSchedule([{ byday: 'TU', opensAt: '10:00:00', closesAt: '12:30:00', note: null }])
 * // ['Tuesday 10:00–12:30']
 */
export function describeSchedule(rows: readonly SchemeSchedule[]): string[] {
  if (rows.length === 0) return ['Ask for times']
  return [...rows]
    .sort(
      (a, b) =>
        ORDER.indexOf(a.byday) - ORDER.indexOf(b.byday) || a.opensAt.localeCompare(b.opensAt),
    )
    .map(
      (row) =>
        `${BYDAY_LABELS[row.byday]} ${row.opensAt.slice(0, 5)}–${row.closesAt.slice(0, 5)}${row.note ? ` (${row.note})` : ''}`,
    )
}
