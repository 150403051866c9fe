import { schemePayload } from '../../core/partners/partner'
import type { Caller } from '../call'
import {
  addPartnerPerson,
  myPartnerOrganisations,
  recordChampionCount,
  removePartnerPerson,
  retireScheme,
  savePartnerOrganisation,
  saveScheme,
  saveSchemeTheme,
  mapExternalTerm,
  moveSchemeTheme,
  schemeCoverage,
  searchDirectory,
} from '../calls'
import { DataError } from '../data-error'
import type { PartnersPort } from '../partners-port'
import {
  toChampionCount,
  toDirectoryService,
  toExternalTerm,
  toOrganisationPerson,
  toPartnerOrganisation,
  toSchemeAudience,
  toSchemeTheme,
} from '../rows/partner-rows'
import type { ViewReader } from '../view-reader'

/** The first row a write answers with, or a refusal in words when it answered none. */
function first<T>(rows: readonly T[]): T {
  const [row] = rows
  if (row === undefined) throw new DataError('The database did not answer with the record.')
  return row
}

/** The partners' SQL functions, views and public tables, the same in both adapters. */
export function rpcPartnersPort(call: Caller, read: ViewReader): PartnersPort {
  return {
    listOrganisationPeople: async () =>
      (
        await read({
          view: 'partner_organisation_people',
          order: [{ column: 'organisation_id' }, { column: 'added_at' }, { column: 'user_id' }],
        })
      ).map(toOrganisationPerson),
    listOrganisations: async () =>
      (
        await read({
          view: 'partner_organisations',
          order: [{ column: 'name' }, { column: 'id' }],
        })
      ).map(toPartnerOrganisation),
    myOrganisations: () => call(myPartnerOrganisations, {}),
    saveOrganisation: async (organisation) =>
      first(
        await call(savePartnerOrganisation, {
          p_id: organisation.id,
          p_name: organisation.name,
          p_sector: organisation.sector,
          p_description: organisation.description ?? undefined,
          p_website: organisation.website ?? undefined,
          p_email: organisation.email ?? undefined,
          p_phone: organisation.phone ?? undefined,
          p_programme_id: organisation.programmeId ?? undefined,
        }),
      ),
    addPerson: (organisationId, email) =>
      call(addPartnerPerson, { p_organisation_id: organisationId, p_email: email }),
    removePerson: (organisationId, userId) =>
      call(removePartnerPerson, { p_organisation_id: organisationId, p_user_id: userId }),
    listThemes: async () =>
      (
        await read({ view: 'scheme_themes', order: [{ column: 'sort_order' }, { column: 'code' }] })
      ).map(toSchemeTheme),
    listAudiences: async () =>
      (
        await read({
          view: 'scheme_audiences',
          order: [{ column: 'sort_order' }, { column: 'code' }],
        })
      ).map(toSchemeAudience),
    saveTheme: async (theme) =>
      first(
        await call(saveSchemeTheme, {
          p_code: theme.code,
          p_label: theme.label,
          p_need_indicator: theme.needIndicator ?? undefined,
          p_need_label: theme.needLabel ?? undefined,
          p_retired: theme.retired,
        }),
      ),
    moveTheme: async (code, offset) =>
      first(await call(moveSchemeTheme, { p_code: code, p_offset: offset })),
    listExternalTerms: async () =>
      (
        await read({
          view: 'external_term_summary',
          order: [{ column: 'vocabulary' }, { column: 'term_name' }, { column: 'term_code' }],
        })
      ).map(toExternalTerm),
    mapExternalTerm: (vocabulary, termCode, theme) =>
      call(mapExternalTerm, { p_vocabulary: vocabulary, p_term_code: termCode, p_theme: theme }),
    listServices: async (organisationId) =>
      (
        await read({
          view: 'directory_service',
          ...(organisationId !== undefined && { where: { organisation_id: organisationId } }),
          order: [{ column: 'name' }, { column: 'scheme_id' }],
        })
      ).map(toDirectoryService),
    searchDirectory: (search) =>
      call(searchDirectory, {
        p_theme: search.theme ?? undefined,
        p_audience: search.audience ?? undefined,
        p_ward_code: search.wardCode ?? undefined,
        p_postcode: search.postcode ?? undefined,
        p_open_now: search.openNow ?? undefined,
        p_text: search.text ?? undefined,
        p_limit: search.limit,
        p_offset: search.offset,
      }),
    saveScheme: async (scheme) =>
      first(await call(saveScheme, { p_scheme: schemePayload(scheme) })),
    retireScheme: (schemeId) => call(retireScheme, { p_scheme_id: schemeId }),
    coverage: (theme, audience) =>
      call(schemeCoverage, { p_theme: theme, p_audience: audience ?? undefined }),
    championCounts: async () =>
      (await read({ view: 'champion_count_list', order: [{ column: 'ward_code' }] })).map(
        toChampionCount,
      ),
    recordChampionCount: (wardCode, champions) =>
      call(recordChampionCount, { p_ward_code: wardCode, p_champions: champions }),
  }
}
