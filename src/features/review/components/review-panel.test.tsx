// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Asset, AssetStatus } from '../../../core/assets/asset'
import { testAsset } from '../../../core/assets/test-asset'
import { TestPortProvider } from '../../../db/test-port-provider'
import type { DataPort } from '../../../db/port'
import { useReviewQueue } from '../api/use-review-queue'
import { ReviewPanel } from './review-panel'

afterEach(cleanup)

/** An in-memory port holding a few assets, with the status rules the queue relies on. */
function fakePort(assets: Asset[]) {
  let rows = assets
  const port = {
    review: {
      listDuplicateCandidates: async () => [],
      listStale: async () => [],
      listChangeReports: async () => [],
    },
    assets: {
      list: async () => rows,
      subscribe: () => () => {},
      setStatus: async (id: string, version: number, status: AssetStatus, reason?: string) => {
        const row = rows.find((a) => a.id === id)!
        if (row.version !== version) throw new Error('stale')
        const next = { ...row, status, statusReason: reason ?? null, version: version + 1 }
        rows = rows.map((a) => (a.id === id ? next : a))
        return next
      },
    },
  } as unknown as DataPort
  return { port, rows: () => rows }
}

function Harness() {
  const queue = useReviewQueue()
  return <ReviewPanel queue={queue} onShowAsset={() => {}} renderEditor={() => null} />
}

const pending = testAsset({ id: 'p1', name: 'Chelmsford Men’s Shed', status: 'pending' })

function renderQueue(fake: ReturnType<typeof fakePort>) {
  render(
    <TestPortProvider port={fake.port}>
      <Harness />
    </TestPortProvider>,
  )
}

describe('the review queue', () => {
  it('approves a pending asset, which then leaves the queue', async () => {
    const user = userEvent.setup()
    const fake = fakePort([pending, testAsset({ id: 'a1', name: 'Approved hall' })])
    renderQueue(fake)
    const list = await screen.findByRole('list', { name: 'Assets waiting for review' })
    await within(list).findByText('Chelmsford Men’s Shed', { selector: 'p' })
    await user.click(within(list).getByRole('button', { name: 'Approve Chelmsford Men’s Shed' }))

    await screen.findByRole('heading', { name: 'Waiting for review (0)' })
    expect(fake.rows().find((a) => a.id === 'p1')?.status).toBe('approved')
  })

  it('asks for a reason before rejecting, then records it', async () => {
    const user = userEvent.setup()
    const fake = fakePort([pending])
    renderQueue(fake)
    await user.click(await screen.findByRole('button', { name: 'Reject Chelmsford Men’s Shed' }))
    await user.click(screen.getByRole('button', { name: 'Reject with this reason' }))
    expect(screen.getByText('Give the reason, so the person who added it knows')).toBeTruthy()

    await user.type(screen.getByLabelText('Why is it rejected?'), 'Closed in 2024')
    await user.click(screen.getByRole('button', { name: 'Reject with this reason' }))
    await screen.findByRole('heading', { name: 'Waiting for review (0)' })
    expect(fake.rows()[0]).toMatchObject({ status: 'rejected', statusReason: 'Closed in 2024' })
  })
})
