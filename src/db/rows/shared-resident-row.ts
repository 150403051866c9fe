// A row of residents_shared_with_partners() (20261124110000_partner_sharing.sql) as a core type.
import { z } from 'zod'
import { pgArray } from './pg-array'
import { timestamp } from './timestamp'
import { GIFT_KINDS } from '../../core/residents/gift-kind'
import {
  AVAILABILITY,
  CONTACT_METHODS,
  OFFER_ACTIVITIES,
  TRAVEL_RANGES,
} from '../../core/residents/offer-choices'
import type { SharedResident } from '../../core/residents/shared-resident'

const sharedResidentRow = z
  .object({
    resident_id: z.string(),
    display_name: z.string(),
    ward_name: z.string().nullable(),
    authority: z.string().nullable(),
    postcode_sector: z.string().nullable(),
    gifts: z.array(
      z.object({
        kind: z.enum(GIFT_KINDS),
        gift_type: z.string().nullable(),
        gift_label: z.string().nullable(),
        description: z.string(),
      }),
    ),
    activities: pgArray(z.enum(OFFER_ACTIVITIES)).nullable(),
    availability: pgArray(z.enum(AVAILABILITY)).nullable(),
    availability_note: z.string().nullable(),
    travel: z.enum(TRAVEL_RANGES).nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferred_contact: z.enum(CONTACT_METHODS).nullable(),
    consent_version: z.string(),
    consented_at: timestamp,
  })
  .transform((r): SharedResident => ({
    residentId: r.resident_id,
    displayName: r.display_name,
    wardName: r.ward_name,
    authority: r.authority,
    postcodeSector: r.postcode_sector,
    gifts: r.gifts.map((g) => ({
      kind: g.kind,
      giftType: g.gift_type,
      description: g.description,
      label: g.gift_label,
    })),
    activities: r.activities ?? [],
    availability: r.availability ?? [],
    availabilityNote: r.availability_note ?? '',
    travel: r.travel,
    contact: { email: r.email, phone: r.phone, preferred: r.preferred_contact },
    consent: { version: r.consent_version, givenAt: r.consented_at },
  }))

/** Validates a row of residents_shared_with_partners(). */
export function toSharedResident(row: unknown): SharedResident {
  return sharedResidentRow.parse(row)
}
