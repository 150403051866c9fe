import { describe, expect, it } from 'vitest'
import { describeBackup } from './describe-backup'

describe('describeBackup', () => {
  it('says how many of each the backup holds, in the singular where there is one', () => {
    expect(describeBackup({ assets: 1, workshops: 0, residentOffers: 1, schemaVersion: '1' })).toBe(
      "This backup holds 1 asset, 0 workshops and 1 resident's offer.",
    )
    expect(
      describeBackup({ assets: 12345, workshops: 2, residentOffers: 3, schemaVersion: '1' }),
    ).toBe("This backup holds 12,345 assets, 2 workshops and 3 residents' offers.")
  })
})
