import { describe, expect, it } from 'vitest'
import type { SharedResident } from './shared-resident'
import { sharedResidentsToCsv } from './shared-residents-to-csv'

const asha: SharedResident = {
  residentId: 'r1',
  displayName: '=HYPERLINK("http://x.test")',
  wardName: 'Moulsham and Central',
  authority: 'Chelmsford',
  postcodeSector: 'CM1 1',
  gifts: [
    { kind: 'hands', giftType: 'gardening', label: 'Gardening', description: '' },
    { kind: 'heart', giftType: null, label: null, description: 'Chatting, with people' },
  ],
  activities: ['regular', 'time_bank'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'up_to_3_km',
  contact: { email: 'asha@example.test', phone: '07700900111', preferred: 'phone' },
  consent: { version: '2026-11-23', givenAt: '2026-11-23T10:00:00.000Z' },
}

describe('sharedResidentsToCsv', () => {
  it('writes one row per resident with their gifts, contact and consent, never a point', () => {
    const [header, row, ...rest] = sharedResidentsToCsv([asha], 'Essex').split('\r\n')
    expect(header).toBe(
      'name,ward,authority,postcode_sector,gifts,would_like_to,free,availability_note,travel,email,phone,preferred_contact,consent_version,consent_given',
    )
    expect(rest).toEqual([])
    expect(row).toContain('"Hands: Gardening; Heart: Chatting, with people"')
    expect(row).toContain('asha@example.test,07700900111,')
    expect(row).toContain(',2026-11-23,2026-11-23')
    expect(header).not.toMatch(/lng|lat|longitude|latitude|home/)
  })

  it('keeps a name that looks like a formula as text', () => {
    const row = sharedResidentsToCsv([asha], 'Essex').split('\r\n')[1]
    expect(row?.startsWith(`"'=HYPERLINK(""http://x.test"")"`)).toBe(true)
  })
})
