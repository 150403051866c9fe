import type { Capability } from './capability'
import type { Session } from './session'

/**
 * What the app offers a person, from the capabilities the database says they hold. Only for showing and hiding screens and
 * buttons: the database decides what anyone may actually do (Row Level Security).
 */
export interface SessionCapabilities {
  /** Add assets (a signed-in person's go to review; a builder's are approved at once). */
  addAssets: boolean
  /** Edit, move, archive and restore assets. */
  editAssets: boolean
  /** The review queues: approve, reject, merge, stale, reported changes. */
  review: boolean
  /** Open and run workshops. */
  runWorkshops: boolean
  /** See and manage people's roles. */
  manageRoles: boolean
  /** Edit the taxonomy: add, rename, reorder, retire and restore subtypes. */
  editTaxonomy: boolean
  /** See sensitive places (refuges, safe houses). */
  seeSensitivePlaces: boolean
  /** Match residents to a place by distance band (match_residents_by_distance). */
  matchResidents: boolean
  /** The programme's named partners: residents who agreed to share their offer with partners. */
  seeSharedResidents: boolean
  /** See and connect people (approved residents) in assets' connections. */
  linkPeople: boolean
  /** Coordinate time banks: applications, members, checks, introductions, the ledger. */
  coordinateTimeBank: boolean
  /** Open time banks and set their limits, hourly value and areas (administrators). */
  manageTimeBanks: boolean
  /** Read their own time bank memberships (a member sees the Time bank tab). */
  seeOwnTimeBank: boolean
  /** Record how many trained domestic-abuse champions a ward has (a count, never a person). */
  recordChampionCounts: boolean
  /** Add, change and retire their organisation's schemes (partners; administrators: any). */
  editPartnerSchemes: boolean
  /** Open partner organisations and add or remove their people (administrators). */
  managePartnerOrganisations: boolean
  /** Import a file of assets, and undo their own imports (builders and administrators). */
  importAssets: boolean
}

/**
 * @param session - who is using the app, with the capabilities the database gave them
 * @returns what to offer them
 * @example sessionCapabilities({ ...SIGNED_OUT, signedIn: true, capabilities: ['review_assets'] }).review // true
 */
export function sessionCapabilities(session: Session): SessionCapabilities {
  const has = (capability: Capability) => session.capabilities.includes(capability)
  return {
    addAssets: session.signedIn,
    editAssets: has('edit_assets') || has('curate_sensitive_places'),
    review: has('review_assets'),
    runWorkshops: has('run_workshops'),
    manageRoles: has('manage_roles'),
    editTaxonomy: has('edit_taxonomy'),
    seeSensitivePlaces: has('see_sensitive_places'),
    matchResidents: has('match_residents'),
    seeSharedResidents: has('read_shared_residents'),
    linkPeople: has('link_people'),
    coordinateTimeBank: has('coordinate_time_bank'),
    manageTimeBanks: has('manage_time_banks'),
    seeOwnTimeBank: session.signedIn,
    recordChampionCounts: has('record_champion_counts'),
    editPartnerSchemes: has('edit_partner_schemes'),
    managePartnerOrganisations: has('manage_partner_organisations'),
    importAssets: has('import_assets'),
  }
}
