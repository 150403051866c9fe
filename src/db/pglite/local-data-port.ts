import type { PGliteInterface } from '@electric-sql/pglite'
import type { DataPort } from '../port'
import { toAsset } from '../rows/asset-row'
import { toWardSummary } from '../rows/ward-summary-row'
import { DataError, toDataError } from '../data-error'

/** Who the local user acts as: their id and the JWT claims PostgREST would pass. */
export interface LocalActor {
  userId: string
  email: string
}

/**
 * The DataPort over a PGlite database (in the browser's Web Worker, or in Node for tests). Each
 * call runs in its own transaction as the acting user — `set local role authenticated` and the
 * JWT claims in `request.jwt.claims` — so Row Level Security applies exactly as on Supabase.
 */
export function localDataPort(db: PGliteInterface, actor: () => LocalActor | null): DataPort {
  async function asActor<T>(work: (query: QueryFn) => Promise<T>): Promise<T> {
    try {
      return await db.transaction(async (tx) => {
        const who = actor()
        const role = who ? 'authenticated' : 'anon'
        await tx.query(`select set_config('role', $1, true)`, [role])
        await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify(who ? { sub: who.userId, email: who.email, role } : { role }),
        ])
        return work(async (sql, params) => (await tx.query(sql, params)).rows)
      })
    } catch (error) {
      throw error instanceof DataError ? error : toDataError(error)
    }
  }

  return {
    mode: 'local',
    listWardSummaries: () =>
      asActor(async (query) =>
        (await query('select * from public.ward_summaries order by ward_code')).map(toWardSummary),
      ),
    listAssets: () =>
      asActor(async (query) =>
        (await query('select * from public.asset_list order by created_at, asset_id')).map(toAsset),
      ),
    createAsset: (input) =>
      asActor(async (query) => {
        const rows = await query('select * from public.create_asset($1, $2, $3, $4, $5, $6)', [
          input.clientId,
          input.name,
          input.kind,
          input.description,
          input.lngLat[0],
          input.lngLat[1],
        ])
        if (!rows[0]) throw new DataError('The asset was not saved: you may not add assets.')
        return toAsset(rows[0])
      }),
  }
}

type QueryFn = (sql: string, params?: unknown[]) => Promise<unknown[]>
