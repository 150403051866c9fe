import type { TimeBankSettings } from '../../../core/time-banks/time-bank-report'
import { useInvalidate, usePortCall } from '../../../db/use-port-query'

/** Saves a bank's settings (save_time_bank), then reads the banks again everywhere. */
export function useSaveTimeBank(): (settings: TimeBankSettings) => Promise<TimeBankSettings> {
  const call = usePortCall()
  const invalidate = useInvalidate()
  return async (settings) => {
    const saved = await call((port) => port.timeBankReports.saveBank(settings))
    await invalidate(['time-banks'])
    return saved
  }
}
