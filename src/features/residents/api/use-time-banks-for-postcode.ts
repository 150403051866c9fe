import { normalisePostcode } from '../../../core/residents/normalise-postcode'
import type { TimeBankChoice } from '../../../core/residents/time-bank-choice'
import { usePortQuery, type ReadState } from '../../../db/use-port-query'

/** The time banks a resident at a postcode may apply to, with their ward's name. */
export interface TimeBanksForPostcode {
  wardName: string | null
  banks: TimeBankChoice[]
}

/**
 * The banks for the postcode's ward (those covering it, or every bank of the programme when none
 * does); no banks for a postcode the region lacks. Read only while `enabled` (the time bank page).
 */
export function useTimeBanksForPostcode(
  postcode: string,
  enabled: boolean,
): ReadState<TimeBanksForPostcode> {
  const normalised = normalisePostcode(postcode)
  const { read } = usePortQuery(
    ['residents', 'time-banks-for-postcode', normalised],
    async (port): Promise<TimeBanksForPostcode> => {
      const area = normalised ? await port.residents.findPostcodeArea(normalised) : null
      if (!area?.wardCode) return { wardName: null, banks: [] }
      return {
        wardName: area.wardName,
        banks: await port.residents.timeBanksForWard(area.wardCode),
      }
    },
    { enabled: enabled && normalised !== null },
  )
  return read
}
