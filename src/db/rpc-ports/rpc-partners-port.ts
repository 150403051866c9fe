import type { Caller } from '../call'
import {
  addPartnerPerson,
  myPartnerOrganisations,
  removePartnerPerson,
  retireScheme,
  savePartnerOrganisation,
  saveScheme,
  schemeCoverage,
  searchDirectory,
} from '../calls'
import { DataError } from '../data-error'
import type { PartnersPort } from '../partners-port'
import {
  toDirectoryService,
  toOrganisationPerson,
  toPartnerOrganisation,
  toSchemeAudience,
  toSchemePayload,
  toSchemeTheme,
} from '../rows/partner-rows'
import type { ViewReader } from '../view-reader'

function first<T>(rows: readonly T[]): T {
  const [row] = rows
  if (row === undefined) throw new DataError('The database did not answer with the record.')
  return row
}

/** The partners' SQL functions and views, the same in both adapters. */
export function rpcPartnersPort(call: Caller, read: ViewReader): PartnersPort {
  return {
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
    listOrganisations: async () =>
      (await read({ view: 'partner_organisations', order: [{ column: 'name' }] })).map(
        toPartnerOrganisation,
      ),
    myOrganisations: () => call(myPartnerOrganisations, {}),
    listOrganisationPeople: async () =>
      (
        await read({
          view: 'partner_organisation_people',
          order: [{ column: 'organisation_id' }, { column: 'added_at' }],
        })
      ).map(toOrganisationPerson),
    saveOrganisation: async (organisation) =>
      first(
        await call(savePartnerOrganisation, {
          p_id: organisation.id,
          p_name: organisation.name,
          p_sector: organisation.sector,
          p_description: organisation.description ?? null,
          p_website: organisation.website ?? null,
          p_email: organisation.email ?? null,
          p_phone: organisation.phone ?? null,
        }),
      ),
    addPerson: (organisationId, email) =>
      call(addPartnerPerson, { p_organisation_id: organisationId, p_email: email }),
    removePerson: (organisationId, userId) =>
      call(removePartnerPerson, { p_organisation_id: organisationId, p_user_id: userId }),
    listSchemes: async (organisationId) =>
      (
        await read({
          view: 'directory_service',
          where: { organisation_id: organisationId },
          order: [{ column: 'name' }, { column: 'scheme_id' }],
        })
      ).map(toDirectoryService),
    saveScheme: async (scheme) =>
      first(await call(saveScheme, { p_scheme: toSchemePayload(scheme) })),
    retireScheme: (schemeId) => call(retireScheme, { p_scheme_id: schemeId }),
    searchDirectory: (query) =>
      call(searchDirectory, {
        p_theme: query.theme || null,
        p_audience: query.audience || null,
        p_ward_code: query.wardCode || null,
        p_postcode: query.postcode || null,
        p_open_now: query.openNow ?? false,
        p_text: query.text || null,
        p_limit: query.limit ?? 50,
        p_offset: query.offset ?? 0,
      }),
    coverage: (theme, audience) =>
      call(schemeCoverage, { p_theme: theme, p_audience: audience || null }),
  }
}
