import { usePortQuery } from '../../../db/use-port-query'

/** Every time bank with its settings (anyone may read them), by name. */
export function useTimeBankList() {
  return usePortQuery(['time-banks', 'settings'], (port) => port.timeBankReports.listBanks())
}

/**
 * The banks the person coordinates, to offer theirs first.
 *
 * @param enabled false for someone who coordinates no bank
 */
export function useCoordinatedBankIds(enabled: boolean) {
  // Not 'coordinated': the Time bank tab caches its banks (objects, not ids) under that key.
  return usePortQuery(
    ['time-banks', 'coordinated-ids'],
    (port) => port.timeBankReports.coordinatedBankIds(),
    { enabled },
  )
}
