import type { ConsentMethod } from '../core/residents/consent-purpose'
import type { GiftKind } from '../core/residents/gift-kind'
import type {
  AreaCount,
  DistanceMatch,
  GiftType,
  HeldOffer,
  MyResidentData,
  ResidentOffer,
  ReviewItem,
} from '../core/residents/resident-offer'
import type { SharedResident } from '../core/residents/shared-resident'

/** Where a postcode is, as the offer form confirms it: its ward and authority only. */
export interface PostcodeArea {
  postcode: string
  wardName: string | null
  authority: string | null
}

/**
 * How signing in by email link went. Connected mode emails a link (Supabase Auth magic link) and
 * the person continues from it; local mode has no email server, so the email typed links this
 * device's user to the offers sent with it at once (see local-residents-port.ts).
 */
export type SignInResult = { status: 'email-sent' } | { status: 'signed-in'; linked: number }

/**
 * Residents' offers of their gifts. Every method is one SQL function or table read
 * (supabase/migrations/2026112316*), so the database decides who may see and do what; refusals
 * arrive as DataErrors with a message a person can act on.
 */
export interface ResidentsPort {
  /** The gifts to choose from, by kind and list order. */
  listGiftTypes(): Promise<GiftType[]>
  /** A postcode's ward and authority, or null when the region has no such postcode. */
  findPostcodeArea(postcode: string): Promise<PostcodeArea | null>
  /** Sends the public form's answers (as anyone, signed in or not). */
  submitOffer(offer: ResidentOffer, honeypot?: string): Promise<void>
  /** Starts signing in by email link (see {@link SignInResult}). */
  signInByEmail(email: string): Promise<SignInResult>
  /**
   * Everything held about the signed-in resident (after linking the offers sent with their
   * email), or null when nobody is signed in as a resident.
   */
  getMyData(): Promise<MyResidentData | null>
  /** The same, for download: records the export in the audit log first. */
  exportMyData(): Promise<MyResidentData>
  /** Changes one of the resident's offers (answers and consents) and returns what is held. */
  updateMyOffer(residentId: string, offer: ResidentOffer): Promise<HeldOffer>
  /** Erases everything held about the signed-in resident; returns how many offers went. */
  eraseMyData(): Promise<number>
  /** Builders: the review queue, pending first. */
  listForReview(): Promise<ReviewItem[]>
  /** Builders: approve, or reject with a reason. */
  review(residentId: string, status: 'approved' | 'rejected', reason?: string): Promise<void>
  /** Builders: record an offer from a paper form or a phone call; returns its id. */
  recordOnBehalf(
    offer: ResidentOffer,
    consent: { how: Exclude<ConsentMethod, 'online'>; givenAt: Date },
  ): Promise<string>
  /** People offering gifts per ward (5 or more) and per authority, for the public map. */
  countsByArea(): Promise<AreaCount[]>
  /**
   * The programme's named partners: approved residents whose current consent to share with
   * partners stands, with their offer and contact details (never a point). The database records
   * every read in the audit log.
   */
  listSharedWithPartners(): Promise<SharedResident[]>
  /** Partners: records in the audit log that they downloaded `rowCount` shared residents. */
  recordSharedExport(rowCount: number): Promise<void>
  /**
   * Builders: residents near a place (`[lng, lat]`) by distance band. The database records each
   * match in the audit log (with the place's ward, never the place).
   * @throws DataError `22023` when the place is outside the region; `P0429` after 30 matches in an
   *   hour by the same person
   */
  matchByDistance(lngLat: [number, number], kind?: GiftKind): Promise<DistanceMatch[]>
}
