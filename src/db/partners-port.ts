import type {
  ChampionCount,
  DirectorySearch,
  DirectoryService,
  ExternalTermSummary,
  OrganisationInput,
  PartnerOrganisation,
  SchemeAudience,
  SchemeInput,
  SchemeTheme,
  WardCoverage,
} from '../core/partners/partner'

/**
 * Partners' organisations and schemes, the directory and the coordination views
 * (docs/partners.md). Every method is one SQL function, `security_invoker` view or public table,
 * the same in both modes; the database decides who may do what, and a refusal arrives as a
 * DataError in words. A scheme carries a client-made id, so that saving twice is one scheme.
 */
export interface PartnersPort {
  /** Every partner organisation (public), by name. */
  listOrganisations(): Promise<PartnerOrganisation[]>
  /** The organisations the acting person acts for (an administrator: all of their programmes'). */
  myOrganisations(): Promise<Array<{ organisationId: string; name: string }>>
  /** Opens (administrators; a new id) or changes an organisation (its people and administrators). */
  saveOrganisation(organisation: OrganisationInput): Promise<PartnerOrganisation>
  /**
   * Who belongs to which organisation, as far as the acting person may read it (their own rows;
   * an administrator: their programmes' organisations').
   */
  listOrganisationPeople(): Promise<Array<{ organisationId: string; userId: string }>>
  /** Administrators: adds a person, by the email they signed in with. */
  addPerson(organisationId: string, email: string): Promise<void>
  removePerson(organisationId: string, userId: string): Promise<void>
  /** Themes in their order, retired ones included (marked). */
  listThemes(): Promise<SchemeTheme[]>
  listAudiences(): Promise<SchemeAudience[]>
  /** `edit_taxonomy`: adds or changes a theme. */
  saveTheme(theme: Omit<SchemeTheme, 'sortOrder'>): Promise<SchemeTheme>
  /** `edit_taxonomy`: moves a theme one place up (-1) or down (1) the list. */
  moveTheme(code: string, offset: -1 | 1): Promise<SchemeTheme>
  /** Terms of other directories' taxonomies on the schemes the reader can see, one per term. */
  listExternalTerms(): Promise<ExternalTermSummary[]>
  /**
   * Maps a term to a theme on every scheme the acting person may edit that carries it (and on
   * later imports); resolves to how many schemes it changed.
   */
  mapExternalTerm(vocabulary: string, termCode: string, theme: string): Promise<number>
  /** The directory's active schemes, by name; one organisation's when given. */
  listServices(organisationId?: string): Promise<DirectoryService[]>
  /** The directory searched (`search_directory`); an unknown postcode is refused (`P0404`). */
  searchDirectory(search: DirectorySearch): Promise<DirectoryService[]>
  /** Adds or changes a scheme with everything hanging off it; returns it as the directory shows it. */
  saveScheme(scheme: SchemeInput): Promise<DirectoryService>
  retireScheme(schemeId: string): Promise<void>
  /** For a theme (and audience): every ward of the reader's programmes, with overlaps and gaps. */
  coverage(theme: string, audience?: string | null): Promise<WardCoverage[]>
  championCounts(): Promise<ChampionCount[]>
  recordChampionCount(wardCode: string, champions: number): Promise<void>
}
