// The shapes of the directory as the database gives and takes them (docs/partners.md): rows of
// `directory_service` and `partner_organisations` in, `save_scheme` and `save_partner_organisation`
// payloads out. Names are the SQL columns, so a row passes through unchanged.

/** One opening: a weekday and the hours, as `scheme_schedules` holds it. */
export interface DirectorySchedule {
  byday: string
  /** `HH:MM` or `HH:MM:SS`, local (Europe/London) time */
  opens_at: string
  closes_at: string
  note: string | null
}

/**
 * A venue as `directory_service` shows it. A sensitive venue has no `asset_id`, point or ward for
 * a caller who may not see sensitive places, and its `name` is then its public name.
 */
export interface DirectoryVenue {
  asset_id: string | null
  name: string
  lng: number | null
  lat: number | null
  ward_code: string | null
  sensitive: boolean
  front_door_contact: string | null
}

/** One row of the `directory_service` view: an active scheme. */
export interface DirectoryServiceRow {
  scheme_id: string
  organisation_id: string
  organisation_name: string
  organisation_sector: string
  kind: string
  name: string
  description: string | null
  themes: string[]
  audiences: string[]
  access: string
  how_to_access: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  url: string | null
  schedules: DirectorySchedule[]
  area_codes: string[]
  ward_codes: string[]
  venues: DirectoryVenue[]
  updated_at: string
}

/** A row of `partner_organisations` (what anyone may read). */
export interface DirectoryOrganisation {
  id: string
  name: string
  sector: string
  description: string | null
  website: string | null
  email: string | null
  phone: string | null
}

/** The labels of codes the rows carry (themes, audiences), and names of areas when known. */
export interface DirectoryVocabulary {
  themes: ReadonlyArray<{ code: string; label: string }>
  audiences: ReadonlyArray<{ code: string; label: string }>
  /** GSS code → name of the ward or authority; a code without a name is shown as itself */
  areaNames?: ReadonlyMap<string, string>
}

/** A venue to save: a map asset, with the public name and front-door contact of a sensitive one. */
export interface SchemeVenuePayload {
  asset_id: string | null
  public_name: string | null
  front_door_contact: string | null
}

/** The `save_scheme(p_scheme jsonb)` payload. */
export interface SchemePayload {
  id: string
  organisation_id: string
  kind: string
  name: string
  description: string | null
  themes: string[]
  audiences: string[]
  access: string
  how_to_access: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  url: string | null
  schedules: DirectorySchedule[]
  areas: string[]
  venues: SchemeVenuePayload[]
}

/** The arguments of `save_partner_organisation`, by name without the `p_`. */
export interface OrganisationPayload {
  id: string
  name: string
  /** null: not given in the file (the database keeps the one it has, or files it as voluntary) */
  sector: string | null
  description: string | null
  website: string | null
  email: string | null
  phone: string | null
}

/**
 * A location of an imported service. The database links it to a venue: the map asset of that id,
 * else the scheme's sensitive venue of that public name (whose front-door contact is the
 * description); else it is reported and left out.
 */
export interface ImportLocation {
  location_id: string
  name: string | null
  description: string | null
}

/** A term of another taxonomy, kept with the scheme and offered for mapping to a theme. */
export interface ExternalTerm {
  vocabulary: string
  term_code: string
  term_name: string
}

/** What `import_directory` takes, one entry per record of the file. */
export type ImportRecord =
  | {
      record_no: number
      record_type: 'organization'
      record_id: string
      organisation: OrganisationPayload
      warnings: string[]
    }
  | {
      record_no: number
      record_type: 'service'
      record_id: string
      /** ORUK status other than `active`: saved, then retired */
      retired: boolean
      /** the payload with `venues` empty: the database fills them from `locations` */
      scheme: SchemePayload
      locations: ImportLocation[]
      /** what the mapping could not keep (a schedule by month, an area with no code, …) */
      warnings: string[]
      external_terms: ExternalTerm[]
    }

/** One line of an import's report. */
export interface RecordReport {
  record_no: number
  record_type: string
  record_id: string
  status: 'ok' | 'warning' | 'refused'
  reason: string | null
}
