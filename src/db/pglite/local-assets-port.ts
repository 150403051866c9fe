import type { AssetsPort } from '../port'
import { DataError } from '../data-error'
import { nothingFound } from '../not-found-errors'
import { toAssetChangeEvent } from '../rows/asset-change-event-row'
import { toAssetChangesRow, toCreateAssetParams } from '../rows/asset-changes-row'
import { toAssetLink } from '../rows/asset-link-row'
import { toAssetPhoto, toSetAssetPhotoParams } from '../rows/asset-photo-row'
import { toAssetSubtype } from '../rows/asset-subtype-row'
import {
  toAssetHistoryEntry,
  toChangeReport,
  toDuplicateCandidate,
} from '../rows/asset-review-rows'
import { toAsset, toAssetDetails } from '../rows/asset-row'
import type { AsActor, LocalDatabase, SqlQuery } from './local-database'

/** The local adapter's assets: one SQL function or security_invoker view per call. */
export function localAssetsPort(asActor: AsActor, db: LocalDatabase): AssetsPort {
  /** Runs a function returning asset_list rows and gives its one row. */
  const oneAsset = (sql: string, params: readonly unknown[]) =>
    asActor(async (query) => toAsset(await firstRow(query, sql, params)))

  return {
    recordExport: (rowCount) =>
      asActor(async (query) => {
        await query(`select public.record_export('asset_list', $1)`, [rowCount])
      }),
    listSubtypes: () =>
      asActor(async (query) =>
        (
          await query(
            `select code, kind, label, is_active from public.asset_subtypes
             order by kind, sort_order, label`,
          )
        ).map(toAssetSubtype),
      ),
    saveSubtype: (subtype) =>
      asActor(async (query) =>
        toAssetSubtype(
          await firstRow(
            query,
            'select * from public.save_asset_subtype($1, $2, $3, $4)',
            [subtype.code, subtype.kind, subtype.label, subtype.isActive],
            'The subtype was not saved.',
          ),
        ),
      ),
    addSubtype: (kind, label) =>
      asActor(async (query) =>
        toAssetSubtype(
          await firstRow(query, 'select * from public.add_asset_subtype($1, $2)', [kind, label]),
        ),
      ),
    moveSubtype: (code, offset) =>
      asActor(async (query) =>
        toAssetSubtype(
          await firstRow(query, 'select * from public.move_asset_subtype($1, $2)', [code, offset]),
        ),
      ),
    list: () =>
      asActor(async (query) =>
        (await query('select * from public.asset_list order by created_at, asset_id')).map(toAsset),
      ),
    get: (id) =>
      asActor(async (query) =>
        toAssetDetails(
          await firstRow(query, 'select * from public.asset_details where asset_id = $1', [id]),
        ),
      ),
    create: (input) =>
      asActor(async (query) => {
        const params = Object.values(toCreateAssetParams(input))
        const placeholders = params.map((_, i) => `$${i + 1}`).join(', ')
        const [row] = await query(`select * from public.create_asset(${placeholders})`, params)
        if (!row) throw new DataError('The asset was not saved: you may not add assets.')
        return toAsset(row)
      }),
    update: (id, expectedVersion, changes) =>
      oneAsset('select * from public.update_asset($1, $2, $3::jsonb)', [
        id,
        expectedVersion,
        JSON.stringify(toAssetChangesRow(changes)),
      ]),
    setStatus: (id, expectedVersion, status, reason) =>
      oneAsset('select * from public.set_asset_status($1, $2, $3, $4)', [
        id,
        expectedVersion,
        status,
        reason ?? null,
      ]),
    markVerified: (id) => oneAsset('select * from public.mark_asset_verified($1)', [id]),
    merge: (keepId, duplicateId) =>
      oneAsset('select * from public.merge_assets($1, $2)', [keepId, duplicateId]),
    listDuplicateCandidates: () =>
      asActor(async (query) =>
        (await query('select * from public.list_duplicate_candidates()')).map(toDuplicateCandidate),
      ),
    dismissDuplicate: (firstId, secondId) =>
      asActor(async (query) => {
        await query('select public.dismiss_duplicate_pair($1, $2)', [firstId, secondId])
      }),
    restoreDuplicate: (firstId, secondId) =>
      asActor(async (query) => {
        await query('select public.restore_duplicate_pair($1, $2)', [firstId, secondId])
      }),
    listStale: (months) =>
      asActor(async (query) =>
        (await query('select * from public.list_stale_assets($1)', [months])).map(toAsset),
      ),
    reportChange: (assetId, message) =>
      asActor(async (query) => {
        await query('select public.report_asset_change($1, $2)', [assetId, message])
      }),
    listChangeReports: () =>
      asActor(async (query) =>
        (
          await query(
            `select * from public.asset_change_report_list where resolved_at is null
             order by created_at, report_id`,
          )
        ).map(toChangeReport),
      ),
    resolveChangeReport: (reportId) =>
      asActor(async (query) => {
        await query('select public.resolve_change_report($1)', [reportId])
      }),
    history: (assetId) =>
      asActor(async (query) =>
        (await query('select * from public.asset_history($1)', [assetId])).map(toAssetHistoryEntry),
      ),
    listLinks: (assetId) =>
      asActor(async (query) =>
        (
          await query(
            `select * from public.asset_link_list where from_asset_id = $1 or to_asset_id = $1
             order by created_at, link_id`,
            [assetId],
          )
        ).map(toAssetLink),
      ),
    link: (input) =>
      asActor(async (query) =>
        toAssetLink(
          await firstRow(
            query,
            'select * from public.link_assets($1, $2, $3)',
            [input.fromAssetId, input.toAssetId, input.relation],
            'There is no asset with that id.',
          ),
        ),
      ),
    unlink: (linkId) =>
      asActor(async (query) => {
        await query('select public.unlink_assets($1)', [linkId])
      }),
    getPhoto: (assetId) =>
      asActor(async (query) => {
        const [row] = await query('select * from public.asset_photo_list where asset_id = $1', [
          assetId,
        ])
        return row ? toAssetPhoto(row) : null
      }),
    setPhoto: (assetId, photo) =>
      asActor(async (query) => {
        const params = Object.values(toSetAssetPhotoParams(assetId, photo))
        await query('select public.set_asset_photo($1, $2, $3, $4, $5, $6)', params)
      }),
    removePhoto: (assetId) =>
      asActor(async (query) => {
        await query('select public.remove_asset_photo($1)', [assetId])
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

/** The first row, or a DataError saying what is missing (the function returned nothing). */
async function firstRow(
  query: SqlQuery,
  sql: string,
  params: readonly unknown[],
  missing?: string,
) {
  const [row] = await query(sql, params)
  if (!row) throw nothingFound(missing)
  return row
}
