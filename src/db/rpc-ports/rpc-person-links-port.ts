import type { Caller } from '../call'
import { findPeopleToLink, linkPersonToAsset, unlinkPerson } from '../calls'
import { nothingFound } from '../not-found-errors'
import type { PersonLinksPort } from '../person-links-port'
import { oneOf } from './one-of'

/** People in connections: the SQL functions, the same in both adapters (the list is a view). */
export function rpcPersonLinksPort(call: Caller): Omit<PersonLinksPort, 'list'> {
  return {
    findPeople: (name) => call(findPeopleToLink, { p_name: name }),
    link: ({ residentId, assetId, relation }) =>
      oneOf(
        call(linkPersonToAsset, {
          p_resident_id: residentId,
          p_asset_id: assetId,
          p_relation: relation,
        }),
        nothingFound('There is no approved resident or asset with that id.'),
      ),
    unlink: (linkId) => call(unlinkPerson, { p_link_id: linkId }),
  }
}
