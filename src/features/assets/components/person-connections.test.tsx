// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { NewPersonLink, PersonLink } from '../../../core/assets/person-link'
import { testAsset } from '../../../core/assets/test-asset'
import type { PersonLinks } from '../api/use-person-links'
import { AssetConnections } from './asset-connections'

afterEach(cleanup)

const hall = testAsset({ id: 'hall', name: 'Riverside Hall' })

/** People as the database gives them: a display name, nothing of where they live. */
function fakePeople(links: PersonLink[] = []) {
  const made: NewPersonLink[] = []
  const people: PersonLinks = {
    links,
    find: async (name) =>
      'rosa linked'.includes(name.toLowerCase())
        ? [
            { residentId: 'r1', displayName: 'Rosa Linked', wardName: 'Riverside' },
            { residentId: 'r2', displayName: 'Rosa Linked', wardName: 'Hilltop' },
          ]
        : [],
    link: async (input) => {
      made.push(input)
    },
    unlink: async () => {},
  }
  return { people, made }
}

function renderConnections(people: PersonLinks | null) {
  render(
    <AssetConnections
      asset={hall}
      people={people}
      links={[]}
      candidates={[hall]}
      onLink={async () => {}}
      onUnlink={async () => {}}
      onShow={() => {}}
    />,
  )
}

describe('people in an asset’s connections', () => {
  it('lists connected people by display name', () => {
    const { people } = fakePeople([
      {
        id: 'l1',
        residentId: 'r1',
        assetId: 'hall',
        relation: 'volunteers_at',
        displayName: 'Rosa Linked',
        assetName: 'Riverside Hall',
      },
    ])
    renderConnections(people)
    const list = screen.getByRole('list', { name: 'People connected to Riverside Hall' })
    expect(within(list).getByRole('listitem').textContent).toMatch(
      /^Rosa Linked volunteers at this Remove/,
    )
  })

  it('finds an approved resident by name, tells two of one name apart by ward, and connects the one chosen', async () => {
    const user = userEvent.setup()
    const { people, made } = fakePeople()
    renderConnections(people)
    await user.click(screen.getByText('Connect a person'))
    await user.type(screen.getByLabelText('Their name (approved residents only)'), 'ros')
    await user.click(screen.getByRole('button', { name: 'Find' }))
    await user.selectOptions(
      await screen.findByLabelText('Person'),
      screen.getByRole('option', { name: 'Rosa Linked (Hilltop)' }),
    )
    await user.selectOptions(screen.getByLabelText('The person…'), 'runs')
    await user.click(screen.getByRole('button', { name: 'Connect person' }))
    expect(made).toEqual([{ residentId: 'r2', assetId: 'hall', relation: 'runs' }])
  })

  it('says so when no approved resident has the name, and connects no one', async () => {
    const user = userEvent.setup()
    const { people, made } = fakePeople()
    renderConnections(people)
    await user.click(screen.getByText('Connect a person'))
    await user.type(screen.getByLabelText('Their name (approved residents only)'), 'zed{Enter}')
    await screen.findByText('No approved resident has a name like that.')
    await user.click(screen.getByRole('button', { name: 'Connect person' }))
    expect(screen.getByRole('alert').textContent).toBe('Find the person by name first')
    expect(made).toEqual([])
  })

  it('shows no people section to those who may not see residents', () => {
    renderConnections(null)
    expect(screen.queryByText('Connect a person')).toBeNull()
    expect(screen.queryByText(/^People \(/)).toBeNull()
  })
})
