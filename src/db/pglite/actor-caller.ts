import type { Caller } from '../call'
import type { AsActor } from './local-database'
import { sqlCaller } from './sql-caller'

/** Runs each call in its own transaction as the acting person. */
export function actorCaller(asActor: AsActor): Caller {
  return (call, values) => asActor((query) => sqlCaller(query)(call, values))
}
