import { usePortQuery } from '../../../db/use-port-query'

/** Every time bank with its settings (anyone may read them), by name. */
export function useTimeBankList() {
  return usePortQuery(['time-banks', 'settings'], (port) => port.timeBankReports.listBanks())
}
