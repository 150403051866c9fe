import { toSpreadsheetCsv } from '../export/to-spreadsheet-csv'
import { GIFT_KIND_LABELS } from './gift-kind'
import {
  AVAILABILITY_LABELS,
  CONTACT_METHOD_LABELS,
  OFFER_ACTIVITY_LABELS,
  travelRangeLabels,
} from './offer-choices'
import type { SharedResident } from './shared-resident'

const COLUMNS = [
  'name',
  'ward',
  'authority',
  'postcode_sector',
  'gifts',
  'would_like_to',
  'free',
  'availability_note',
  'travel',
  'email',
  'phone',
  'preferred_contact',
  'consent_version',
  'consent_given',
]

/**
 * The residents shared with a partner as a spreadsheet-safe CSV: what their consent to share with
 * partners covers (their offer and how to contact them), one resident per row, lists joined by
 * "; ". Every cell is text, so a name like "=HYPERLINK(…)" is never run as a formula.
 *
 * @param residents - the list the partner was given
 * @param regionName - the region's name, for the widest travel range ("Anywhere in …")
 * @example sharedResidentsToCsv([asha], region.name).split('\r\n')[0] // 'name,ward,authority,…'
 */
export function sharedResidentsToCsv(
  residents: readonly SharedResident[],
  regionName: string,
): string {
  const travelLabels = travelRangeLabels(regionName)
  return toSpreadsheetCsv(
    COLUMNS,
    residents.map((r) => ({
      name: r.displayName,
      ward: r.wardName,
      authority: r.authority,
      postcode_sector: r.postcodeSector,
      gifts: r.gifts
        .map((g) => `${GIFT_KIND_LABELS[g.kind].label}: ${g.label ?? g.description}`)
        .join('; '),
      would_like_to: r.activities.map((a) => OFFER_ACTIVITY_LABELS[a]).join('; '),
      free: r.availability.map((a) => AVAILABILITY_LABELS[a]).join('; '),
      availability_note: r.availabilityNote,
      travel: r.travel ? travelLabels[r.travel] : null,
      email: r.contact.email,
      phone: r.contact.phone,
      preferred_contact: r.contact.preferred ? CONTACT_METHOD_LABELS[r.contact.preferred] : null,
      consent_version: r.consent.version,
      consent_given: r.consent.givenAt.slice(0, 10),
    })),
  )
}
