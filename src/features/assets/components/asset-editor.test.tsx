// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { AssetChanges, AssetDetails } from '../../../core/assets/asset'
import { testAsset } from '../../../core/assets/test-asset'
import { VersionConflictError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { saveAssetChanges } from '../api/save-asset'
import { AssetEditor } from './asset-editor'

afterEach(cleanup)

/**
 * A tiny in-memory stand-in for the data port's update: versioned like the database, refusing a
 * save from a stale version with the stored asset as VersionConflictError.current.
 */
function fakePort(stored: AssetDetails) {
  let current = stored
  const saves: Array<{ expectedVersion: number; changes: AssetChanges }> = []
  const port = {
    assets: {
      update: async (_id: string, expectedVersion: number, changes: AssetChanges) => {
        saves.push({ expectedVersion, changes })
        if (expectedVersion !== current.version) {
          throw new VersionConflictError('Someone else saved first', current)
        }
        current = { ...current, ...changes, version: current.version + 1 }
        return current
      },
      get: async () => current,
    },
  } as unknown as DataPort
  return {
    port,
    saves,
    /** Someone else saves meanwhile. */
    theyChange: (changes: Partial<AssetDetails>) => {
      current = { ...current, ...changes, version: current.version + 1 }
    },
    current: () => current,
  }
}

const base: AssetDetails = { ...testAsset({ name: 'Oaklands Hall', version: 3 }), contact: null }

function renderEditor(fake: ReturnType<typeof fakePort>) {
  const done: AssetDetails[] = []
  render(
    <AssetEditor
      asset={base}
      subtypes={[]}
      save={(version, changes) => saveAssetChanges(fake.port, base.id, version, changes)}
      onDone={(asset) => done.push(asset as AssetDetails)}
      onCancel={() => {}}
    />,
  )
  return done
}

describe('editing an asset someone else saved meanwhile', () => {
  it('shows their version beside mine and keeps what I typed', async () => {
    const user = userEvent.setup()
    const fake = fakePort(base)
    renderEditor(fake)
    fake.theyChange({ name: 'Oaklands Park Hall', openingTimes: 'Mon 9–5' })
    const name = screen.getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Oaklands Pavilion')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const conflict = await screen.findByRole('alert', { name: /Someone else saved this asset/ })
    expect(conflict.textContent).toContain('Oaklands Park Hall')
    expect(conflict.textContent).toContain('Oaklands Pavilion')
    expect(conflict.textContent).toContain('Mon 9–5')
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Oaklands Pavilion')
  })

  it('saves only my changes on their version when I choose mine', async () => {
    const user = userEvent.setup()
    const fake = fakePort(base)
    const done = renderEditor(fake)
    fake.theyChange({ name: 'Oaklands Park Hall', openingTimes: 'Mon 9–5' })
    const name = screen.getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Oaklands Pavilion')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await user.click(await screen.findByRole('button', { name: 'Save mine on their version' }))

    expect(fake.saves.at(-1)).toEqual({
      expectedVersion: 4,
      changes: { name: 'Oaklands Pavilion' },
    })
    expect(done.at(-1)).toMatchObject({
      name: 'Oaklands Pavilion',
      openingTimes: 'Mon 9–5',
      version: 5,
    })
  })

  it('drops my edit and shows theirs when I keep theirs', async () => {
    const user = userEvent.setup()
    const fake = fakePort(base)
    const done = renderEditor(fake)
    fake.theyChange({ name: 'Oaklands Park Hall' })
    await user.type(screen.getByLabelText('Description (optional)'), 'Mine')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))

    expect(done.at(-1)).toMatchObject({ name: 'Oaklands Park Hall', description: '', version: 4 })
    expect(fake.saves).toHaveLength(1)
  })
})
