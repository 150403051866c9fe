import type { ExtraSupply } from '../analysis/compute-ward-gaps'
import type { TimeBankFacts } from '../analysis/explain-ward-gap'
import type { WardTimeBankActivity } from './time-bank-report'

/** The rule of 5: fewer active members than this in a ward is never shown beyond coordinators. */
export const TIME_BANK_MIN_SHOWN = 5

/**
 * Time banks as supply in the gap analysis: active members and hours given per 1,000 residents,
 * weighted 0.5 each, so that time banks together weigh as much as one asset figure (a kind's rate
 * or its walking coverage).
 *
 * A ward with fewer than 5 active members counts 0 in supply, whether its figures are hidden from
 * the viewer (null, the rule of 5) or shown to its coordinator: so the ranking is the same for
 * every viewer, a hidden figure moves no rank, and a handful of members is not counted as a
 * bank's presence. The figures (for reasons and profiles) keep what the viewer may see.
 *
 * @param activity per ward, as time_bank_ward_activity returns it (wards missing have none)
 * @returns the two extra supply parts for computeWardGaps, and each listed ward's figures
 * @example
 * timeBankSupply([{ wardCode: 'E05000001', activeMembers: 12, minutesGiven: 6000 }]).extraSupply[1].perWard
 * // { E05000001: 100 } (hours)
 */
export function timeBankSupply(activity: readonly WardTimeBankActivity[]): {
  extraSupply: ExtraSupply[]
  figures: Record<string, TimeBankFacts>
} {
  const members: Record<string, number> = {}
  const hours: Record<string, number> = {}
  const figures: Record<string, TimeBankFacts> = {}
  for (const ward of activity) {
    const shown = ward.activeMembers !== null
    figures[ward.wardCode] = {
      activeMembers: ward.activeMembers,
      hoursGiven: shown && ward.minutesGiven !== null ? ward.minutesGiven / 60 : null,
    }
    const counted = shown && ward.activeMembers! >= TIME_BANK_MIN_SHOWN
    members[ward.wardCode] = counted ? ward.activeMembers! : 0
    hours[ward.wardCode] = counted ? (ward.minutesGiven ?? 0) / 60 : 0
  }
  return {
    extraSupply: [
      {
        key: 'time_bank_members',
        label: { one: 'active time bank member', many: 'active time bank members' },
        perWard: members,
        weight: 0.5,
        inReason: false,
      },
      {
        key: 'time_bank_hours',
        label: { one: 'hour given through a time bank', many: 'hours given through a time bank' },
        perWard: hours,
        weight: 0.5,
        inReason: false,
      },
    ],
    figures,
  }
}
