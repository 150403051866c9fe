// Residents' rows as the database returns them (snake_case; timestamps as Date from PGlite and
// node-postgres, as text from PostgREST and inside JSON) turned into core types, checked with one
// schema per shape; and an offer turned into the JSON the database checks.
import { z } from 'zod'
import { pgArray } from './pg-array'
import { timestamp } from './timestamp'
import { PERSON_RELATIONS } from '../../core/assets/person-link'
import { CONSENT_PURPOSES } from '../../core/residents/consent-purpose'
import { GIFT_KINDS } from '../../core/residents/gift-kind'
import {
  AVAILABILITY,
  CONTACT_METHODS,
  OFFER_ACTIVITIES,
  TRAVEL_RANGES,
} from '../../core/residents/offer-choices'
import {
  DISTANCE_BANDS,
  type AreaCount,
  type DistanceMatch,
  type GiftType,
  type HeldOffer,
  type MyResidentData,
  type ResidentOffer,
  type ReviewItem,
} from '../../core/residents/resident-offer'
import type { TimeBankApplication, TimeBankChoice } from '../../core/residents/time-bank-choice'
import type { PostcodeArea } from '../residents-port'

const status = z.enum(['pending', 'approved', 'rejected'])
const giftKind = z.enum(GIFT_KINDS)
const travel = z.enum(TRAVEL_RANGES)

const gift = z
  .object({
    kind: giftKind,
    gift_type: z.string().nullable(),
    gift_label: z.string().nullable().optional(),
    description: z.string(),
  })
  .transform((g) => ({
    kind: g.kind,
    giftType: g.gift_type,
    description: g.description,
    label: g.gift_label ?? null,
  }))

const heldOffer = z
  .object({
    resident_id: z.string(),
    display_name: z.string(),
    status,
    status_reason: z.string().nullable(),
    created_at: timestamp,
    confirmed_at: timestamp.nullable(),
    recorded_on_behalf: z.boolean(),
    area: z.object({
      postcode_sector: z.string().nullable(),
      ward_name: z.string().nullable(),
      authority: z.string().nullable(),
    }),
    home: z.object({ postcode: z.string(), lng: z.number(), lat: z.number() }).nullable(),
    contact: z
      .object({
        email: z.string().nullable(),
        phone: z.string().nullable(),
        preferred_contact: z.enum(CONTACT_METHODS),
      })
      .nullable(),
    gifts: z.array(gift),
    preferences: z
      .object({
        activities: z.array(z.enum(OFFER_ACTIVITIES)),
        availability: z.array(z.enum(AVAILABILITY)),
        availability_note: z.string(),
        travel: travel.nullable(),
      })
      .nullable(),
    consents: z.array(
      z.object({
        purpose: z.enum(CONSENT_PURPOSES),
        wording_version: z.string(),
        wording: z.string(),
        given_at: timestamp,
        given_how: z.enum(['online', 'verbal', 'paper']),
        withdrawn_at: timestamp.nullable(),
      }),
    ),
    connections: z.array(
      z.object({
        relation: z.enum(PERSON_RELATIONS),
        asset_name: z.string(),
        created_at: timestamp,
      }),
    ),
    history: z.array(
      z.object({
        occurred_at: timestamp,
        action: z.string(),
        table: z.string(),
        columns: z.array(z.string()),
      }),
    ),
  })
  .transform((o): HeldOffer => ({
    residentId: o.resident_id,
    displayName: o.display_name,
    status: o.status,
    statusReason: o.status_reason,
    createdAt: o.created_at,
    confirmedAt: o.confirmed_at,
    recordedOnBehalf: o.recorded_on_behalf,
    area: {
      postcodeSector: o.area.postcode_sector,
      wardName: o.area.ward_name,
      authority: o.area.authority,
    },
    home: o.home ? { postcode: o.home.postcode, lngLat: [o.home.lng, o.home.lat] } : null,
    contact: o.contact
      ? {
          email: o.contact.email,
          phone: o.contact.phone,
          preferredContact: o.contact.preferred_contact,
        }
      : null,
    gifts: o.gifts,
    preferences: o.preferences
      ? {
          activities: o.preferences.activities,
          availability: o.preferences.availability,
          availabilityNote: o.preferences.availability_note,
          travel: o.preferences.travel,
        }
      : null,
    consents: o.consents.map((c) => ({
      purpose: c.purpose,
      wordingVersion: c.wording_version,
      wording: c.wording,
      givenAt: c.given_at,
      givenHow: c.given_how,
      withdrawnAt: c.withdrawn_at,
    })),
    connections: o.connections.map((c) => ({
      relation: c.relation,
      assetName: c.asset_name,
      since: c.created_at,
    })),
    history: o.history.map((h) => ({
      occurredAt: h.occurred_at,
      action: h.action,
      table: h.table,
      columns: h.columns,
    })),
  }))

const timeBankApplication = z
  .object({
    member_id: z.string(),
    bank_name: z.string(),
    status: z.enum(['applied', 'active', 'declined', 'left']),
    status_reason: z.string().nullable(),
    applied_at: timestamp,
    joined_at: timestamp.nullable(),
  })
  .transform((m): TimeBankApplication => ({
    memberId: m.member_id,
    bankName: m.bank_name,
    status: m.status,
    statusReason: m.status_reason,
    appliedAt: m.applied_at,
    joinedAt: m.joined_at,
  }))

const myData = z
  .object({
    generated_at: timestamp,
    offers: z.array(heldOffer),
    time_banks: z.array(timeBankApplication).default([]),
  })
  .transform((d): MyResidentData => ({
    generatedAt: d.generated_at,
    offers: d.offers,
    timeBanks: d.time_banks,
  }))

const timeBankChoice = z
  .object({ bank_id: z.string(), name: z.string(), covers_ward: z.boolean() })
  .transform((b): TimeBankChoice => ({
    bankId: b.bank_id,
    name: b.name,
    coversWard: b.covers_ward,
  }))

/** Parses a row of time_banks_for_ward(). */
export function toTimeBankChoice(row: unknown): TimeBankChoice {
  return timeBankChoice.parse(row)
}

const reviewItem = z
  .object({
    resident_id: z.string(),
    display_name: z.string(),
    status,
    status_reason: z.string().nullable(),
    created_at: timestamp,
    confirmed_at: timestamp.nullable(),
    recorded_on_behalf: z.boolean(),
    ward_name: z.string().nullable(),
    authority: z.string().nullable(),
    postcode_sector: z.string().nullable(),
    gifts: z.array(gift),
    activities: pgArray(z.enum(OFFER_ACTIVITIES)).nullable(),
    availability: pgArray(z.enum(AVAILABILITY)).nullable(),
    travel: travel.nullable(),
    consents: pgArray(z.enum(CONSENT_PURPOSES)),
    duplicates: z.array(
      z.object({ resident_id: z.string(), display_name: z.string(), reason: z.string() }),
    ),
  })
  .transform((r): ReviewItem => ({
    residentId: r.resident_id,
    displayName: r.display_name,
    status: r.status,
    statusReason: r.status_reason,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    recordedOnBehalf: r.recorded_on_behalf,
    wardName: r.ward_name,
    authority: r.authority,
    postcodeSector: r.postcode_sector,
    gifts: r.gifts,
    activities: r.activities ?? [],
    availability: r.availability ?? [],
    travel: r.travel,
    consents: r.consents,
    duplicates: r.duplicates.map((d) => ({
      residentId: d.resident_id,
      displayName: d.display_name,
      reason: d.reason,
    })),
  }))

const areaCount = z
  .object({
    area_kind: z.enum(['ward', 'authority']),
    area_code: z.string(),
    area_name: z.string(),
    authority_code: z.string(),
    authority_name: z.string(),
    people: z.coerce.number(),
  })
  .transform((a): AreaCount => ({
    kind: a.area_kind,
    code: a.area_code,
    name: a.area_name,
    authorityCode: a.authority_code,
    authorityName: a.authority_name,
    people: a.people,
  }))

const distanceMatch = z
  .object({
    resident_id: z.string(),
    display_name: z.string(),
    ward_name: z.string().nullable(),
    gifts: z.array(gift).nullable(),
    travel: travel.nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferred_contact: z.enum(CONTACT_METHODS).nullable(),
    distance_band: z.enum(DISTANCE_BANDS),
  })
  .transform((m): DistanceMatch => ({
    residentId: m.resident_id,
    displayName: m.display_name,
    wardName: m.ward_name,
    band: m.distance_band,
    gifts: m.gifts ?? [],
    travel: m.travel,
    contact: { email: m.email, phone: m.phone, preferred: m.preferred_contact },
  }))

const giftType = z.object({ code: z.string(), kind: giftKind, label: z.string() })

const postcodeArea = z
  .object({
    postcode: z.string(),
    ward_code: z.string().nullable().optional(),
    ward_name: z.string().nullable().optional(),
    lad_name: z.string().nullable().optional(),
  })
  .transform((p): PostcodeArea => ({
    postcode: p.postcode,
    wardCode: p.ward_code ?? null,
    wardName: p.ward_name ?? null,
    authority: p.lad_name ?? null,
  }))

/** Parses my_resident_data()'s JSON (and a JSON string, as node-postgres may return it). */
export function toMyResidentData(value: unknown): MyResidentData {
  return myData.parse(typeof value === 'string' ? JSON.parse(value) : value)
}

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
const offerCode = z
  .string()
  .regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  .nullable()

/** The one-time code in submit_resident_offer()'s answer. */
export function toOfferCode(value: unknown): string | null {
  return z.object({ code: offerCode.optional() }).parse(json(value)).code ?? null
}

/** Parses record_resident_offer_with_code()'s answer: the offer's id and its code. */
export function toRecordedOffer(value: unknown): { residentId: string; code: string | null } {
  const recorded = z.object({ resident_id: z.string().uuid(), code: offerCode }).parse(json(value))
  return { residentId: recorded.resident_id, code: recorded.code }
}

/** Parses one offer as update_my_offer() returns it. */
export function toHeldOffer(value: unknown): HeldOffer {
  return heldOffer.parse(typeof value === 'string' ? JSON.parse(value) : value)
}

/** Parses a row of list_offers_for_review(). */
export function toReviewItem(row: unknown): ReviewItem {
  return reviewItem.parse(row)
}

/** Parses a row of resident_counts_by_area(). */
export function toAreaCount(row: unknown): AreaCount {
  return areaCount.parse(row)
}

/** Parses a row of match_residents_by_distance(). */
export function toDistanceMatch(row: unknown): DistanceMatch {
  return distanceMatch.parse(row)
}

/** Parses a row of public.gift_types. */
export function toGiftType(row: unknown): GiftType {
  return giftType.parse(row)
}

/** Parses a postcode with its ward's name and authority (ward_name, lad_name). */
export function toPostcodeArea(row: unknown): PostcodeArea {
  return postcodeArea.parse(row)
}

/**
 * The JSON the database's offer functions check (private.check_offer). `honeypot` is the hidden
 * "website" field of the public form; people leave it empty.
 */
export function toOfferPayload(offer: ResidentOffer, honeypot?: string): Record<string, unknown> {
  return {
    display_name: offer.displayName,
    gifts: offer.gifts.map((g) => ({
      kind: g.kind,
      gift_type: g.giftType,
      description: g.description,
    })),
    activities: offer.activities,
    availability: offer.availability,
    availability_note: offer.availabilityNote,
    travel: offer.travel,
    email: offer.email,
    phone: offer.phone,
    preferred_contact: offer.preferredContact ?? '',
    postcode: offer.postcode,
    consents: offer.consents,
    wording_version: offer.wordingVersion,
    ...(offer.timeBankId ? { time_bank_id: offer.timeBankId } : {}),
    ...(honeypot === undefined ? {} : { website: honeypot }),
  }
}
