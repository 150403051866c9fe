import type { AssetLinksPort } from '../asset-links-port'
import type { PhotosPort } from '../photos-port'
import type { AssetsPort } from '../port'
import type { ReviewPort } from '../review-port'
import type { TaxonomyPort } from '../taxonomy-port'
import { nothingFound } from '../not-found-errors'
import { toAssetChangeEvent } from '../rows/asset-change-event-row'
import { toAssetLink } from '../rows/asset-link-row'
import { toAssetPhoto } from '../rows/asset-photo-row'
import { toAssetSubtype } from '../rows/asset-subtype-row'
import { toChangeReport } from '../rows/asset-review-rows'
import { toAsset, toAssetDetails } from '../rows/asset-row'
import { rpcAssetLinksPort } from '../rpc-ports/rpc-asset-links-port'
import { rpcAssetsPort } from '../rpc-ports/rpc-assets-port'
import { rpcPhotosPort } from '../rpc-ports/rpc-photos-port'
import { rpcReviewPort } from '../rpc-ports/rpc-review-port'
import { rpcTaxonomyPort } from '../rpc-ports/rpc-taxonomy-port'
import { actorCaller } from './actor-caller'
import type { AsActor, LocalDatabase } from './local-database'

/**
 * The local adapter's assets: the SQL functions of src/db/calls.ts as the acting person, and the
 * security_invoker views read here.
 */
export function localAssetsPort(asActor: AsActor, db: LocalDatabase): AssetsPort {
  return {
    ...rpcAssetsPort(actorCaller(asActor)),
    list: () =>
      asActor(async (query) =>
        (await query('select * from public.asset_list order by created_at, asset_id')).map(toAsset),
      ),
    get: (id) =>
      asActor(async (query) => {
        const [row] = await query('select * from public.asset_details where asset_id = $1', [id])
        if (!row) throw nothingFound()
        return toAssetDetails(row)
      }),
    subscribe(onChange) {
      // Every tab hears every notification (PGliteWorker forwards them); each carries ids only,
      // and the listener reads the asset again through Row Level Security.
      let stopped = false
      const stop = db.listen('asset_changes', (payload) => {
        if (stopped) return
        const event = toAssetChangeEvent(payload)
        if (event) onChange(event)
      })
      return () => {
        stopped = true
        // Nothing to tell the person if stopping fails: the callback already ignores everything.
        void stop.then((unlisten) => unlisten()).catch(() => undefined)
      }
    },
  }
}

/** The local adapter's taxonomy, as the acting person. */
export function localTaxonomyPort(asActor: AsActor): TaxonomyPort {
  return {
    ...rpcTaxonomyPort(actorCaller(asActor)),
    listSubtypes: () =>
      asActor(async (query) =>
        (
          await query(
            `select code, kind, label, is_active from public.asset_subtypes
             order by kind, sort_order, label`,
          )
        ).map(toAssetSubtype),
      ),
  }
}

/** The local adapter's curation queues, as the acting person. */
export function localReviewPort(asActor: AsActor): ReviewPort {
  return {
    ...rpcReviewPort(actorCaller(asActor)),
    listChangeReports: () =>
      asActor(async (query) =>
        (
          await query(
            `select * from public.asset_change_report_list where resolved_at is null
             order by created_at, report_id`,
          )
        ).map(toChangeReport),
      ),
  }
}

/** The local adapter's links between assets, as the acting person. */
export function localAssetLinksPort(asActor: AsActor): AssetLinksPort {
  return {
    ...rpcAssetLinksPort(actorCaller(asActor)),
    list: (assetId) =>
      asActor(async (query) =>
        (
          await query(
            `select * from public.asset_link_list where from_asset_id = $1 or to_asset_id = $1
             order by created_at, link_id`,
            [assetId],
          )
        ).map(toAssetLink),
      ),
  }
}

/** The local adapter's photos of assets, as the acting person. */
export function localPhotosPort(asActor: AsActor): PhotosPort {
  return {
    ...rpcPhotosPort(actorCaller(asActor)),
    get: (assetId) =>
      asActor(async (query) => {
        const [row] = await query('select * from public.asset_photo_list where asset_id = $1', [
          assetId,
        ])
        return row ? toAssetPhoto(row) : null
      }),
  }
}
