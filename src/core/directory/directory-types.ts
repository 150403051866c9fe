// What the ORUK mapping writes for the database (docs/partners.md): `save_scheme` and
// `save_partner_organisation` payloads and `import_directory` records, named as the SQL names
// them. What it reads is the directory as src/core/partners/partner.ts types it.

/** One opening as `save_scheme` takes it: a weekday and the hours (Europe/London). */
export interface SchedulePayload {
  byday: string
  /** `HH:MM` or `HH:MM:SS` */
  opens_at: string
  closes_at: string
  note: string | null
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
  schedules: SchedulePayload[]
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
