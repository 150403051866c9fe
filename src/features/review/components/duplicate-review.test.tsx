// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { DuplicateCandidate } from '../../../core/assets/asset-review'
import { testAsset } from '../../../core/assets/test-asset'
import { TestPortProvider } from '../../../db/test-port-provider'
import type { DataPort } from '../../../db/port'
import { useReviewQueue } from '../api/use-review-queue'
import { ReviewPanel } from './review-panel'

afterEach(cleanup)

const church = testAsset({ id: 'a1', name: "St Mary's Church" })
const hall = testAsset({ id: 'a2', name: "St Mary's Church Hall" })
const shed = testAsset({ id: 'a3', name: 'Church Hall shed' })
const pair = (first: typeof church, second: typeof church): DuplicateCandidate => ({
  first,
  second,
  similarity: 0.8,
  distanceMetres: 30,
})

/** A port whose duplicate candidates leave out dismissed pairs, as the database does. */
function fakePort(candidates: DuplicateCandidate[]) {
  let dismissed: string[][] = []
  const key = (a: string, b: string) => [a, b].sort().join('+')
  const port = {
    assets: {
      list: async () => [church, hall, shed],
      subscribe: () => () => {},
    },
    review: {
      listDuplicateCandidates: async () =>
        candidates.filter(
          (c) => !dismissed.some((d) => key(d[0]!, d[1]!) === key(c.first.id, c.second.id)),
        ),
      listStale: async () => [],
      listChangeReports: async () => [],
      dismissDuplicate: async (firstId: string, secondId: string) => {
        dismissed.push([firstId, secondId])
      },
      restoreDuplicate: async (firstId: string, secondId: string) => {
        dismissed = dismissed.filter((d) => key(d[0]!, d[1]!) !== key(firstId, secondId))
      },
    },
  } as unknown as DataPort
  return { port, dismissed: () => dismissed }
}

function Harness() {
  const queue = useReviewQueue()
  return <ReviewPanel queue={queue} onShowAsset={() => {}} renderEditor={() => null} />
}

function showQueue(port: DataPort) {
  render(
    <TestPortProvider port={port}>
      <Harness />
    </TestPortProvider>,
  )
}

describe('possible duplicates', () => {
  it('takes a pair said to be "not a duplicate" off the list, leaving its assets’ other pairs', async () => {
    const user = userEvent.setup()
    const fake = fakePort([pair(church, hall), pair(hall, shed)])
    showQueue(fake.port)
    await screen.findByRole('heading', { name: 'Possible duplicates (2)' })

    await user.click(
      screen.getByRole('button', {
        name: "Not a duplicate: “St Mary's Church” and “St Mary's Church Hall”",
      }),
    )

    await screen.findByRole('heading', { name: 'Possible duplicates (1)' })
    expect(fake.dismissed()).toEqual([['a1', 'a2']])
    const list = screen.getByRole('list', { name: 'Possible duplicates' })
    expect(
      within(list).getByRole('button', {
        name: "Not a duplicate: “St Mary's Church Hall” and “Church Hall shed”",
      }),
    ).toBeTruthy()
  })

  it('reaches "Not a duplicate" from the keyboard', async () => {
    const user = userEvent.setup()
    const fake = fakePort([pair(church, hall)])
    showQueue(fake.port)
    const button = await screen.findByRole('button', { name: /^Not a duplicate/ })
    button.focus()
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { name: 'Possible duplicates (0)' })
    expect(fake.dismissed()).toHaveLength(1)
  })

  it('takes a "Not a duplicate" back with Undo, and the pair returns to the list', async () => {
    const user = userEvent.setup()
    const fake = fakePort([pair(church, hall)])
    showQueue(fake.port)
    await user.click(await screen.findByRole('button', { name: /^Not a duplicate/ }))
    const status = await screen.findByRole('status')
    expect(status.textContent).toContain(
      "“St Mary's Church” and “St Mary's Church Hall” are marked as not duplicates.",
    )
    await user.click(within(status).getByRole('button', { name: 'Undo' }))

    await screen.findByRole('heading', { name: 'Possible duplicates (1)' })
    expect(fake.dismissed()).toEqual([])
    expect(screen.queryByRole('status')).toBeNull()
  })
})
