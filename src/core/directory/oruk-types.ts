// The parts of Open Referral UK 3.0 (../shared/specs/openreferral-uk, schema/compiled/service.json)
// that the directory writes. Optional fields are left out rather than null: the schemas type them
// as strings, and null is not a string.

export interface OrukTaxonomyTerm {
  id: string
  name: string
  description: string
  taxonomy?: string
  taxonomy_id?: string
  term?: string
}

export interface OrukTaxonomy {
  id: string
  name: string
  description: string
  version?: string
}

export interface OrukAttribute {
  id: string
  taxonomy_term_id: string
  taxonomy_term: OrukTaxonomyTerm
}

export interface OrukOrganization {
  id: string
  name: string
  description: string
  email?: string
  website?: string
  attributes?: OrukAttribute[]
  /** fields ORUK has no place for (an organisation's phone): see directoryExtension */
  community_asset_map?: { phone?: string }
}

export interface OrukSchedule {
  id: string
  freq: 'WEEKLY'
  byday: string
  opens_at: string
  closes_at: string
  description?: string
}

export interface OrukServiceArea {
  id: string
  name: string
  uri: string
}

export interface OrukLocation {
  id: string
  location_type: 'physical'
  name: string
  description?: string
  latitude?: number
  longitude?: number
}

export interface OrukServiceAtLocation {
  id: string
  location: OrukLocation
}

export interface OrukContact {
  id: string
  name: string
}

export interface OrukService {
  id: string
  name: string
  description?: string
  url?: string
  email?: string
  status: 'active'
  last_modified: string
  organization: OrukOrganization
  schedules: OrukSchedule[]
  service_areas: OrukServiceArea[]
  service_at_locations: OrukServiceAtLocation[]
  contacts: OrukContact[]
  attributes: OrukAttribute[]
  /**
   * Fields the UK profile removed (a service's application process and phones) but a scheme has:
   * kept under one prefixed key, which the schemas allow, so that an export round-trips.
   */
  community_asset_map?: { how_to_access?: string; contact_phone?: string }
}
