import { describe, expect, it } from 'vitest'
import { SIGNED_OUT, type Session } from '../../../core/session/session'
import type { DataPort } from '../../../db/port'
import { recordAnalysisExport } from './use-record-analysis-export'

/** A port acting for `session` whose audit call the test sees (or makes fail). */
function portFor(session: Session, failure?: Error) {
  const steps: string[] = []
  const port = {
    session: { current: async () => session },
    exports: {
      recordWards: async (wardCount: number) => {
        if (failure) throw failure
        steps.push(`recorded ${wardCount}`)
      },
    },
  } as unknown as Pick<DataPort, 'session' | 'exports'>
  return { port, steps }
}

const lead: Session = {
  signedIn: true,
  email: 'lead@example.test',
  roles: ['lead'],
  capabilities: ['analyse_gaps', 'review_assets'],
}

describe('downloads of the gap analysis', () => {
  it("records a signed-in lead's download in the audit log before the file is made", async () => {
    const { port, steps } = portFor(lead)
    await recordAnalysisExport(port, 257, () => void steps.push('downloaded'))
    expect(steps).toEqual(['recorded 257', 'downloaded'])
  })

  it('makes no file when the download could not be recorded', async () => {
    const { port, steps } = portFor(lead, new Error('The database is not reachable.'))
    const done = recordAnalysisExport(port, 1, () => void steps.push('downloaded'))
    await expect(done).rejects.toThrow('The database is not reachable.')
    expect(steps).toEqual([])
  })

  it('lets the public download the ward figures with nothing to record (there is nobody to name)', async () => {
    const { port, steps } = portFor(SIGNED_OUT)
    await recordAnalysisExport(port, 1, () => void steps.push('downloaded'))
    expect(steps).toEqual(['downloaded'])
  })
})
