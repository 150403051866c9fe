import type { ImportsPort } from '../imports-port'
import { localViewReader } from './local-view-reader'
import type { SqlQuery } from './local-database'
import { sqlCaller } from './sql-caller'
import { rpcImportsPort } from '../rpc-ports/rpc-imports-port'

/**
 * The app's ImportsPort over a query that already acts as someone (the command line's acting
 * query, a test's), so the command line runs the very calls the screen runs.
 */
export function sqlImportsPort(query: SqlQuery): ImportsPort {
  return rpcImportsPort(
    sqlCaller(query),
    localViewReader((work) => work(query)),
  )
}
