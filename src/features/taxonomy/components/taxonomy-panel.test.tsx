// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { AssetKind } from '../../../core/assets/asset'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import { DataError } from '../../../db/data-error'
import { TestPortProvider } from '../../../db/test-port-provider'
import type { DataPort } from '../../../db/port'
import { useTaxonomy } from '../api/use-taxonomy'
import { TaxonomyPanel } from './taxonomy-panel'

afterEach(cleanup)

const seed: AssetSubtype[] = [
  { code: 'pub', kind: 'economic', label: 'Pub', isActive: true },
  { code: 'cafe', kind: 'economic', label: 'Café', isActive: true },
  { code: 'market', kind: 'economic', label: 'Market', isActive: false },
  { code: 'library', kind: 'institution', label: 'Library', isActive: true },
]

/** An in-memory taxonomy in its order, changed as the database's functions change it. */
function fakePort(options: { refuseAdd?: string } = {}) {
  let rows = [...seed]
  const calls: string[] = []
  const port = {
    taxonomy: {
      listSubtypes: async () => rows,
      addSubtype: async (kind: AssetKind, label: string) => {
        calls.push(`add ${label}`)
        if (options.refuseAdd) throw new DataError(options.refuseAdd, '23505')
        const added = { code: label.toLowerCase(), kind, label, isActive: true }
        rows = [...rows, added]
        return added
      },
      saveSubtype: async (subtype: AssetSubtype) => {
        calls.push(`save ${subtype.code}`)
        rows = rows.map((row) => (row.code === subtype.code ? subtype : row))
        return subtype
      },
      moveSubtype: async (code: string, offset: -1 | 1) => {
        calls.push(`move ${code} ${offset}`)
        const kind = rows.find((row) => row.code === code)!.kind
        const same = rows.filter((row) => row.kind === kind)
        const at = same.findIndex((row) => row.code === code)
        const to = at + offset
        if (to >= 0 && to < same.length) [same[at], same[to]] = [same[to]!, same[at]!]
        rows = [...rows.filter((row) => row.kind !== kind), ...same]
        return rows.find((row) => row.code === code)!
      },
    },
  } as unknown as DataPort
  return { port, calls, rows: () => rows }
}

function Harness() {
  return <TaxonomyPanel taxonomy={useTaxonomy()} />
}

function renderPanel(fake: ReturnType<typeof fakePort>) {
  render(
    <TestPortProvider port={fake.port}>
      <Harness />
    </TestPortProvider>,
  )
}

const economy = () => screen.getByRole('list', { name: 'Subtypes of Local economy' })
const namesIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.firstElementChild?.textContent)

describe('the taxonomy editor', () => {
  it('lists the six kinds with their subtypes, retired ones said so', async () => {
    renderPanel(fakePort())
    await within(await screen.findByRole('list', { name: 'Subtypes of Local economy' })).findByText(
      'Pub',
    )
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6)
    expect(namesIn(economy())).toEqual([
      'Pub',
      'Café',
      'Market (retired: kept on old assets, not offered)',
    ])
    expect(screen.getByRole('button', { name: 'Restore: Market' })).toBeTruthy()
  })

  it('adds a subtype at the end of its kind and says so', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    await user.type(await screen.findByLabelText('New subtype of Local economy'), 'Launderette')
    await user.click(screen.getByRole('button', { name: 'Add to Local economy' }))

    await within(economy()).findByText('Launderette')
    expect(namesIn(economy()).at(-1)).toBe('Launderette')
    expect(screen.getByRole('status').textContent).toBe('Added “Launderette” to Local economy.')
    expect(screen.getByLabelText<HTMLInputElement>('New subtype of Local economy').value).toBe('')
  })

  it('says beside the field why a name is refused, and sends nothing', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    const field = await screen.findByLabelText<HTMLInputElement>('New subtype of Local economy')
    const add = screen.getByRole('button', { name: 'Add to Local economy' })

    await user.click(add)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe(`${field.id}-error`)
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Error: Enter a name for the subtype',
    )
    expect(document.activeElement).toBe(field)

    await user.type(field, ' market ')
    await user.click(add)
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Error: Local economy already has a subtype called “market”',
    )

    await user.clear(field)
    await user.click(field)
    await user.paste('x'.repeat(101))
    await user.click(add)
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Error: The name must be 100 characters or fewer (it has 101)',
    )
    expect(fake.calls).toEqual([])
  })

  it("shows the database's refusal as the field's error, keeping what was typed", async () => {
    const user = userEvent.setup()
    const refusal = 'Local economy already has a subtype called "Barber".'
    renderPanel(fakePort({ refuseAdd: refusal }))
    const field = await screen.findByLabelText<HTMLInputElement>('New subtype of Local economy')
    await user.type(field, 'Barber{Enter}')
    expect((await screen.findByText(refusal)).id).toBe(`${field.id}-error`)
    expect(field.value).toBe('Barber')
  })

  it('renames from the keyboard, and gives focus back to the Rename button', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    const rename = await screen.findByRole('button', { name: 'Rename: Pub' })
    rename.focus()
    await user.keyboard('{Enter}')
    const field = screen.getByLabelText('New name for “Pub”')
    expect(document.activeElement).toBe(field)
    await user.clear(field)
    await user.type(field, 'Public house{Enter}')

    await within(economy()).findByText('Public house')
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Rename: Public house' }),
    )
    expect(fake.rows().find((row) => row.code === 'pub')?.label).toBe('Public house')
  })

  it('cancels a rename with Escape, changing nothing', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    await user.click(await screen.findByRole('button', { name: 'Rename: Café' }))
    await user.keyboard('x{Escape}')
    expect(screen.queryByLabelText('New name for “Café”')).toBeNull()
    expect(fake.calls).toEqual([])
  })

  it('moves a subtype up, keeping focus on it; at the top, focus goes to Move down', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    await user.click(await screen.findByRole('button', { name: 'Move up: Café' }))

    await screen.findByRole('status')
    await within(economy()).findByText('Café')
    expect(namesIn(economy()).slice(0, 2)).toEqual(['Café', 'Pub'])
    const down = screen.getByRole<HTMLButtonElement>('button', { name: 'Move down: Café' })
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move up: Café' }).disabled).toBe(
      true,
    )
    expect(document.activeElement).toBe(down)
    expect(screen.getByRole('status').textContent).toBe('Moved “Café” up.')
  })

  it('retires a subtype and restores it', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderPanel(fake)
    await user.click(await screen.findByRole('button', { name: 'Retire: Pub' }))
    await screen.findByRole('button', { name: 'Restore: Pub' })
    expect(fake.rows().find((row) => row.code === 'pub')?.isActive).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Restore: Pub' }))
    await screen.findByRole('button', { name: 'Retire: Pub' })
    expect(fake.rows().find((row) => row.code === 'pub')?.isActive).toBe(true)
  })
})
