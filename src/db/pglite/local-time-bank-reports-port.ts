import { rpcTimeBankReportsPort } from '../rpc-ports/rpc-time-bank-reports-port'
import { toBankIds, toTimeBankSettingsList } from '../rows/time-bank-report-rows'
import type { TimeBankReportsPort } from '../time-bank-reports-port'
import { actorCaller } from './actor-caller'
import type { AsActor } from './local-database'

/** The local adapter's time bank reports, run as the acting user under Row Level Security. */
export function localTimeBankReportsPort(asActor: AsActor): TimeBankReportsPort {
  return {
    ...rpcTimeBankReportsPort(actorCaller(asActor)),
    coordinatedBankIds: () =>
      asActor(async (query) =>
        toBankIds(
          await query(`select bank_id from public.time_bank_account_list where kind = 'pot'`),
        ),
      ),
    listBanks: () =>
      asActor(async (query) =>
        toTimeBankSettingsList(
          await query('select * from public.time_banks'),
          await query('select bank_id, area_code from public.time_bank_areas'),
        ),
      ),
  }
}
