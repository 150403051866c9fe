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
import type { TimeBankChoice } from '../core/residents/time-bank-choice'

/** Where a postcode is, as the offer form confirms it: its ward and authority only. */
export interface PostcodeArea {
  postcode: string
  wardCode: string | null
  wardName: string | null
  authority: string | null
}

/**
 * How signing in went. Connected mode emails a link (Supabase Auth magic link) and the person
 * continues from it. Local mode has no email server: the person gives their email and the offer's
 * one-time code, and is signed in for this page only (see local-residents-port.ts); `no-match`
 * when the email and code do not match an offer (the same answer whether or not the email sent one).
 */
export type SignInResult =
  { status: 'email-sent' } | { status: 'signed-in'; linked: number } | { status: 'no-match' }

/**
 * What sending an offer gave back: in local mode its one-time code (shown once; with the email it
 * signs in on this device), or null where sign-in is by email link (connected mode) or the offer
 * has no email.
 */
export interface SentOffer {
  code: string | null
}

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
  /**
   * The time banks a resident of the ward may apply to: those covering it, or, when none does,
   * every bank of its programme (each marked).
   */
  timeBanksForWard(wardCode: string): Promise<TimeBankChoice[]>
  /** Sends the public form's answers (as anyone, signed in or not). */
  submitOffer(offer: ResidentOffer, honeypot?: string): Promise<SentOffer>
  /** Connected mode: starts signing in by email link (see {@link SignInResult}). */
  signInByEmail(email: string): Promise<SignInResult>
  /**
   * Local mode: signs in with the email and the offer's one-time code, for this page only.
   * @throws DataError `P0429` after 5 wrong codes with the email in an hour
   */
  signInWithCode(email: string, code: string): Promise<SignInResult>
  /** Local mode: forgets who signed in, so that the next person on the device sees nothing. */
  signOut(): Promise<void>
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
  /**
   * Builders: record an offer from a paper form or a phone call; returns its id and, in local
   * mode, its one-time code for the builder to hand to the resident (see {@link SentOffer}).
   */
  recordOnBehalf(
    offer: ResidentOffer,
    consent: { how: Exclude<ConsentMethod, 'online'>; givenAt: Date },
  ): Promise<{ residentId: string } & SentOffer>
  /** People offering gifts per ward (5 or more) and per authority, for the public map. */
  countsByArea(): Promise<AreaCount[]>
  /**
   * The programme's named partners: approved residents whose current consent to share with
   * partners stands, with their offer and contact details (never a point). The database records
   * every read in the audit log.
   */
  listSharedWithPartners(): Promise<SharedResident[]>
  /**
   * Builders: residents near a place (`[lng, lat]`) by distance band. The database records each
   * match in the audit log (with the place's ward, never the place).
   * @throws DataError `22023` when the place is outside the region; `P0429` after 30 matches in an
   *   hour by the same person
   */
  matchByDistance(lngLat: [number, number], kind?: GiftKind): Promise<DistanceMatch[]>
}
