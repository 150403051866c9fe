import type { Caller } from '../call'
import { recordExport } from '../calls'
import type { ExportsPort } from '../exports-port'

/** Downloads' records in the audit log: one SQL function, the same in both adapters. */
export function rpcExportsPort(call: Caller): ExportsPort {
  const record = async (what: string, rowCount: number) => {
    await call(recordExport, { p_what: what, p_row_count: rowCount })
  }
  return {
    recordAssetList: (rowCount) => record('asset_list', rowCount),
    recordWards: (wardCount) => record('wards', wardCount),
    recordSharedResidents: (rowCount) => record('residents', rowCount),
  }
}
