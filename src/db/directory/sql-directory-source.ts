import type { SqlQuery } from '../sql-client'
import type { DirectorySource } from '../../core/directory/directory-source'
import type { DirectoryVocabulary } from '../../core/directory/directory-types'
import { toDirectoryService, toPartnerOrganisation } from '../rows/partner-rows'

/** Runs one statement as whoever the caller acts for and gives its rows. */

/** What `directory_page` gives: one page of rows and how many match in all. */
export interface DirectoryPage {
  rows: unknown[]
  total: number
}

/**
 * The directory read through SQL (`directory_page`, the `directory_service` view, `partner_organisations`, the
 * themes, audiences and ward names), as whoever `query` acts for: anonymous for the export and the
 * public API. Rows come as JSON (`to_json`), so that Postgres and PGlite give the same shapes, and are read
 * by the partners' row parsers (src/db/rows/partner-rows.ts).
 *
 * @param query runs a statement as the acting person (e.g. `set local role anon` in a transaction)
 */
export function createSqlDirectorySource(query: SqlQuery): DirectorySource {
  return {
    async listServices(filter, limit, offset) {
      const [result] = await query<{ page: DirectoryPage }>(
        `select public.directory_page(p_text => $1, p_theme => $2, p_audience => $3,
           p_organisation_id => $4::uuid, p_limit => $5, p_offset => $6) as page`,
        [filter.text, filter.theme, filter.audience, filter.organisationId, limit, offset],
      )
      return {
        rows: (result?.page.rows ?? []).map(toDirectoryService),
        total: result?.page.total ?? 0,
      }
    },
    async getService(id) {
      const [found] = await query<{ row: unknown }>(
        `select to_json(d) as row from public.directory_service d where d.scheme_id = $1::uuid`,
        [id],
      )
      return found ? toDirectoryService(found.row) : null
    },
    async listOrganisations() {
      const rows = await query<{ row: unknown }>(
        `select to_json(o) as row from public.partner_organisations o order by o.name, o.id`,
      )
      return rows.map(({ row }) => toPartnerOrganisation(row))
    },
    async readVocabulary(): Promise<DirectoryVocabulary> {
      const [themes, audiences, areas] = await Promise.all([
        query<{ code: string; label: string }>(
          `select code, label from public.scheme_themes order by sort_order, code`,
        ),
        query<{ code: string; label: string }>(
          `select code, label from public.scheme_audiences order by sort_order, code`,
        ),
        query<{ code: string; name: string }>(
          `select ward_code as code, ward_name as name from public.wards
           union select distinct lad_code, lad_name from public.wards`,
        ),
      ])
      return { themes, audiences, areaNames: new Map(areas.map(({ code, name }) => [code, name])) }
    },
  }
}
