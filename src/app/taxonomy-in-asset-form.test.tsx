// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { AssetKind } from '../core/assets/asset'
import type { AssetSubtype } from '../core/assets/asset-subtype'
import { testAsset } from '../core/assets/test-asset'
import { TestPortProvider } from '../db/test-port-provider'
import type { DataPort } from '../db/port'
import { AssetEditor } from '../features/assets/components/asset-editor'
import { useTaxonomy } from '../features/taxonomy/api/use-taxonomy'
import { TaxonomyPanel } from '../features/taxonomy/components/taxonomy-panel'

// app/ shares one taxonomy between the administrators' editor and the asset forms (map-app.tsx):
// a change saved in the editor is offered by an open asset form at once, without a reload.
afterEach(cleanup)

function fakePort() {
  let rows: AssetSubtype[] = [
    { code: 'village_hall', kind: 'physical_space', label: 'Village hall', isActive: true },
    { code: 'community_centre', kind: 'physical_space', label: 'Community centre', isActive: true },
  ]
  return {
    taxonomy: {
      listSubtypes: async () => rows,
      addSubtype: async (kind: AssetKind, label: string) => {
        const added = { code: 'warm_space', kind, label, isActive: true }
        rows = [...rows, added]
        return added
      },
      saveSubtype: async (subtype: AssetSubtype) => {
        rows = rows.map((row) => (row.code === subtype.code ? subtype : row))
        return subtype
      },
    },
  } as unknown as DataPort
}

// The hall being edited has a subtype that is retired below: it must keep it.
const hall = { ...testAsset({ subtype: 'community_centre' }), contact: null }

function Composed() {
  const taxonomy = useTaxonomy()
  return (
    <>
      <TaxonomyPanel taxonomy={taxonomy} />
      <AssetEditor
        asset={hall}
        subtypes={taxonomy.subtypes}
        save={async () => ({ status: 'saved', asset: hall })}
        onDone={() => {}}
        onCancel={() => {}}
      />
    </>
  )
}

const offered = () =>
  within(screen.getByLabelText('Type (optional)'))
    .getAllByRole('option')
    .map((option) => option.textContent)

describe('the taxonomy in the asset form', () => {
  it('offers a subtype added in the editor, and no longer offers one retired there', async () => {
    const user = userEvent.setup()
    render(
      <TestPortProvider port={fakePort()}>
        <Composed />
      </TestPortProvider>,
    )
    await screen.findByRole('option', { name: 'Village hall' })

    await user.type(screen.getByLabelText('New subtype of Physical spaces'), 'Warm space{Enter}')
    await screen.findByRole('option', { name: 'Warm space' })

    await user.click(screen.getByRole('button', { name: 'Retire: Village hall' }))
    await user.click(screen.getByRole('button', { name: 'Retire: Community centre' }))
    await screen.findByRole('button', { name: 'Restore: Community centre' })
    expect(offered()).toEqual(['Not set', 'Community centre', 'Warm space'])
    // Two panels of forms in jsdom on a shared machine: more than the default 5 s.
  }, 30_000)
})
