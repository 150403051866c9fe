import type { SupabaseClient } from '@supabase/supabase-js'
import type { DirectorySource } from '../../core/directory/directory-source'
import type { DirectoryPage } from '../directory/sql-directory-source'
import { toDirectoryService, toPartnerOrganisation } from '../rows/partner-rows'

/**
 * The directory read through supabase-js, for the Open Referral UK API in connected mode (the
 * Edge Function, supabase/functions/oruk/): the same SQL function and tables as
 * createSqlDirectorySource, as whoever the client is signed in as (anonymous for the API).
 */
export function createSupabaseDirectorySource(client: SupabaseClient): DirectorySource {
  const must = <T>({ data, error }: { data: T | null; error: { message: string } | null }): T => {
    if (error || data === null) throw new Error(error?.message ?? 'No answer from the database')
    return data
  }
  return {
    async listServices(filter, limit, offset) {
      const page = must<DirectoryPage>(
        await client.rpc('directory_page', {
          p_text: filter.text,
          p_theme: filter.theme,
          p_audience: filter.audience,
          p_organisation_id: filter.organisationId,
          p_limit: limit,
          p_offset: offset,
        }),
      )
      return { rows: page.rows.map(toDirectoryService), total: page.total }
    },
    async getService(id) {
      const rows = must<unknown[]>(
        await client.from('directory_service').select('*').eq('scheme_id', id),
      )
      return rows[0] === undefined ? null : toDirectoryService(rows[0])
    },
    async listOrganisations() {
      return must<unknown[]>(
        await client.from('partner_organisations').select('*').order('name').order('id'),
      ).map(toPartnerOrganisation)
    },
    async readVocabulary() {
      const [themes, audiences, wards] = await Promise.all([
        client.from('scheme_themes').select('code, label').order('sort_order').order('code'),
        client.from('scheme_audiences').select('code, label').order('sort_order').order('code'),
        client.from('wards').select('ward_code, ward_name, lad_code, lad_name'),
      ])
      const areaNames = new Map<string, string>()
      for (const ward of must(wards)) {
        areaNames.set(ward.ward_code as string, ward.ward_name as string)
        areaNames.set(ward.lad_code as string, ward.lad_name as string)
      }
      return { themes: must(themes), audiences: must(audiences), areaNames }
    },
  }
}
