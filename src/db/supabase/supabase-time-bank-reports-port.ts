import type { SupabaseClient } from '@supabase/supabase-js'
import { rpcTimeBankReportsPort } from '../rpc-ports/rpc-time-bank-reports-port'
import { toBankIds, toTimeBankSettingsList } from '../rows/time-bank-report-rows'
import type { TimeBankReportsPort } from '../time-bank-reports-port'
import { postgrestCaller } from './postgrest-caller'
import { rowsOf } from './supabase-data-port'

/** The connected adapter's time bank reports: the functions through PostgREST, the banks read. */
export function supabaseTimeBankReportsPort(client: SupabaseClient): TimeBankReportsPort {
  return {
    ...rpcTimeBankReportsPort(postgrestCaller(client)),
    async coordinatedBankIds() {
      return toBankIds(
        rowsOf(await client.from('time_bank_account_list').select('bank_id').eq('kind', 'pot')),
      )
    },
    async listBanks() {
      const [banks, areas] = await Promise.all([
        client.from('time_banks').select('*'),
        client.from('time_bank_areas').select('*'),
      ])
      return toTimeBankSettingsList(rowsOf(banks), rowsOf(areas))
    },
  }
}
