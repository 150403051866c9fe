import type { SchedulePayload } from './directory-types'

const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/

/** What ORUK schedules become: weekly openings, what was left out, or why they are not valid. */
export type ScheduleReading =
  { ok: true; schedules: SchedulePayload[]; warnings: string[] } | { ok: false; reason: string }

/**
 * Reads a service's ORUK `schedules` (RFC 5545 style: `freq`, `byday`, `opens_at`, `closes_at`) as
 * weekly openings, one per day. A schedule that cannot mean anything (an unknown day, a time that
 * is not a time, closing before opening) makes the record invalid; one that is valid but not
 * weekly opening hours (monthly, or a description alone) is left out with a warning.
 *
 * @param value the `schedules` field (absent: none)
 */
export function readOrukSchedules(value: unknown): ScheduleReading {
  if (value === undefined || value === null) return { ok: true, schedules: [], warnings: [] }
  if (!Array.isArray(value)) return { ok: false, reason: 'schedules is not a list' }
  const schedules: SchedulePayload[] = []
  const warnings: string[] = []
  for (const [index, item] of value.entries()) {
    const where = `schedule ${index + 1}`
    if (typeof item !== 'object' || item === null)
      return { ok: false, reason: `${where} is not an object` }
    const s = item as Record<string, unknown>
    const byday = typeof s.byday === 'string' ? s.byday.trim() : ''
    const opens = typeof s.opens_at === 'string' ? s.opens_at.trim() : ''
    const closes = typeof s.closes_at === 'string' ? s.closes_at.trim() : ''
    const days = byday === '' ? [] : byday.split(',').map((day) => day.trim().toUpperCase())
    const freq = typeof s.freq === 'string' ? s.freq.toUpperCase() : 'WEEKLY'
    if (freq === 'WEEKLY' || freq === '') {
      const badDay = days.find((day) => !DAYS.has(day))
      if (badDay !== undefined) {
        return {
          ok: false,
          reason: `${where}: byday "${badDay}" is not a day (MO, TU, WE, TH, FR, SA, SU)`,
        }
      }
    }
    if ((opens === '') !== (closes === '')) {
      return {
        ok: false,
        reason: `${where}: ${opens === '' ? 'opens_at' : 'closes_at'} is missing`,
      }
    }
    const opensAt = opens === '' ? null : TIME.exec(opens)
    const closesAt = closes === '' ? null : TIME.exec(closes)
    if (opens !== '' && opensAt === null)
      return { ok: false, reason: `${where}: opens_at "${opens}" is not a time` }
    if (closes !== '' && closesAt === null)
      return { ok: false, reason: `${where}: closes_at "${closes}" is not a time` }
    const from = opensAt ? `${opensAt[1]}:${opensAt[2]}` : null
    const to = closesAt ? `${closesAt[1]}:${closesAt[2]}` : null
    if (from !== null && to !== null && to <= from) {
      return { ok: false, reason: `${where}: closes at ${to}, not after it opens at ${from}` }
    }
    if (freq !== 'WEEKLY' && freq !== '') {
      warnings.push(`${where} (${freq.toLowerCase()}) left out: only weekly opening hours are kept`)
      continue
    }
    if (days.length === 0 || from === null || to === null) {
      warnings.push(`${where} left out: it has no weekly days and hours`)
      continue
    }
    const note = firstText(s.description, s.notes)
    for (const day of days) schedules.push({ byday: day, opens_at: from, closes_at: to, note })
  }
  return { ok: true, schedules, warnings }
}

function firstText(...values: unknown[]): string | null {
  for (const value of values)
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  return null
}
