import type {
  DirectoryService,
  PartnerOrganisation,
  PartnerSector,
  SchemeAudience,
  SchemeInput,
  SchemeTheme,
  WardCoverage,
} from '../core/partners/partner-types'

/** What the directory is searched by; every part optional. */
export interface DirectoryQuery {
  theme?: string | null
  audience?: string | null
  wardCode?: string | null
  /** Tidied and turned into its ward by the database; unknown: DataError `P0404`. */
  postcode?: string | null
  /** Open at this moment, Europe/London time. */
  openNow?: boolean
  text?: string | null
  limit?: number
  offset?: number
}

/**
 * Partners' organisations and schemes, the directory and the coordination figures
 * (docs/partners.md). Every method is one SQL function or view, the same in both modes; the
 * database decides who may do what (a partner edits their own organisation's schemes only), and a
 * refusal arrives as a DataError in words.
 */
export interface PartnersPort {
  /** The themes (the editable taxonomy), retired ones included, in their order. */
  listThemes(): Promise<SchemeTheme[]>
  listAudiences(): Promise<SchemeAudience[]>
  /** Every organisation (anyone may read them). */
  listOrganisations(): Promise<PartnerOrganisation[]>
  /** The organisations the acting person is a person of (an administrator: all of theirs). */
  myOrganisations(): Promise<{ organisationId: string; name: string }[]>
  /** Who belongs to which organisation, as far as the acting person may read it. */
  listOrganisationPeople(): Promise<{ organisationId: string; userId: string }[]>
  /** Opens (no id) or changes an organisation. */
  saveOrganisation(organisation: {
    id: string | null
    name: string
    sector: PartnerSector
    description?: string | null
    website?: string | null
    email?: string | null
    phone?: string | null
  }): Promise<PartnerOrganisation>
  /** Adds the person who signs in with `email` to an organisation (administrators). */
  addPerson(organisationId: string, email: string): Promise<void>
  removePerson(organisationId: string, userId: string): Promise<void>
  /** Active schemes of one organisation, by name, with whether the acting person may edit each. */
  listSchemes(organisationId: string): Promise<DirectoryService[]>
  /** Adds or changes a scheme (idempotent on its id) and answers with it as the directory shows it. */
  saveScheme(scheme: SchemeInput): Promise<DirectoryService>
  retireScheme(schemeId: string): Promise<void>
  /** The directory, by name. */
  searchDirectory(query: DirectoryQuery): Promise<DirectoryService[]>
  /** Every ward's coverage by a theme's schemes (and an audience's), with the theme's need. */
  coverage(theme: string, audience?: string | null): Promise<WardCoverage[]>
}
