import { describe, expect, it } from 'vitest'
import { describeStartup } from './describe-startup'

describe('describeStartup', () => {
  it('gives the download in megabytes of the total', () => {
    expect(
      describeStartup({ phase: 'downloading', loadedBytes: 5_000_000, totalBytes: 25_000_000 }),
    ).toEqual({ phase: 'Downloading the local database', amount: '5.0 MB of 25.0 MB' })
  })

  it('gives the amount so far when the total is unknown', () => {
    expect(describeStartup({ phase: 'downloading', loadedBytes: 1_250_000 }).amount).toBe('1.3 MB')
  })

  it('names the other phases without amounts', () => {
    expect(describeStartup({ phase: 'migrating' })).toEqual({ phase: 'Updating the database' })
    expect(describeStartup({ phase: 'ready' })).toEqual({ phase: 'Database ready' })
  })
})
