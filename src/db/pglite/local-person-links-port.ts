import type { PersonLinksPort } from '../person-links-port'
import { toPersonLink } from '../rows/person-link-rows'
import { rpcPersonLinksPort } from '../rpc-ports/rpc-person-links-port'
import { actorCaller } from './actor-caller'
import type { AsActor } from './local-database'

/** The local adapter's people in connections, as the acting user under Row Level Security. */
export function localPersonLinksPort(asActor: AsActor): PersonLinksPort {
  return {
    list: (assetId) =>
      asActor(async (query) =>
        (
          await query(
            `select * from public.person_link_list where asset_id = $1
             order by display_name, created_at, link_id`,
            [assetId],
          )
        ).map(toPersonLink),
      ),
    ...rpcPersonLinksPort(actorCaller(asActor)),
  }
}
