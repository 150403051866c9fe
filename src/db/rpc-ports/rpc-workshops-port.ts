import type { Caller } from '../call'
import { createWorkshop, joinWorkshop } from '../calls'
import { DataError } from '../data-error'
import { noWorkshopWithCode } from '../not-found-errors'
import type { WorkshopsPort } from '../port'
import { oneOf } from './one-of'

/** Opening and joining workshops: the SQL functions, the same in both adapters. */
export function rpcWorkshopsPort(call: Caller): Pick<WorkshopsPort, 'create' | 'join'> {
  return {
    create: (input) =>
      oneOf(
        call(createWorkshop, { p_name: input.name, p_place: input.place, p_held_on: input.date }),
        new DataError('The workshop was not opened.'),
      ),
    // join_workshop returns no row for a wrong code (it must record the try, so it cannot raise).
    join: (code) => oneOf(call(joinWorkshop, { p_code: code }), noWorkshopWithCode(code)),
  }
}
