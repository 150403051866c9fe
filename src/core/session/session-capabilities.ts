import type { AppRole } from './app-role'
import type { Session } from './session'

/**
 * What the app offers a person, from their roles. Only for showing and hiding screens and
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
}

const any = (roles: readonly AppRole[], wanted: readonly AppRole[]) =>
  roles.some((role) => wanted.includes(role))

/**
 * @param session - who is using the app
 * @returns what to offer them
 * @example sessionCapabilities({ signedIn: true, email: null, roles: ['lead'] }).review // true
 */
export function sessionCapabilities(session: Session): SessionCapabilities {
  const { roles } = session
  return {
    addAssets: session.signedIn,
    editAssets: any(roles, ['builder', 'admin', 'safeguarding']),
    review: any(roles, ['builder', 'lead', 'admin']),
    runWorkshops: any(roles, ['builder', 'admin']),
    manageRoles: any(roles, ['admin']),
    editTaxonomy: any(roles, ['admin']),
    seeSensitivePlaces: any(roles, ['safeguarding', 'admin']),
    matchResidents: any(roles, ['builder', 'admin']),
    seeSharedResidents: any(roles, ['partner']),
    linkPeople: any(roles, ['builder', 'admin']),
  }
}
