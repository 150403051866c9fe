import type { PersonLinksPort } from '../person-links-port'
import { nothingFound } from '../not-found-errors'
import { toLinkablePerson, toPersonLink } from '../rows/person-link-rows'
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
    findPeople: (name) =>
      asActor(async (query) =>
        (await query('select * from public.find_people_to_link($1)', [name])).map(toLinkablePerson),
      ),
    link: ({ residentId, assetId, relation }) =>
      asActor(async (query) => {
        const [row] = await query('select * from public.link_person_to_asset($1, $2, $3)', [
          residentId,
          assetId,
          relation,
        ])
        if (!row) throw nothingFound('There is no approved resident or asset with that id.')
        return toPersonLink(row)
      }),
    unlink: (linkId) =>
      asActor(async (query) => {
        await query('select public.unlink_person($1)', [linkId])
      }),
  }
}
