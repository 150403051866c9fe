// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AssetDetails } from '../../../core/assets/asset'
import { testAsset } from '../../../core/assets/test-asset'
import type { AssetPhoto, NewAssetPhoto } from '../../../core/photos/asset-photo'
import { AssetEditor } from './asset-editor'

afterEach(cleanup)
// jsdom has no object URLs; the photo's <img> only needs one to exist.
beforeAll(() => {
  URL.createObjectURL ??= () => 'blob:test'
  URL.revokeObjectURL ??= () => undefined
})

const asset: AssetDetails = { ...testAsset({ name: 'Oaklands Hall', version: 3 }), contact: null }
const current: AssetPhoto = {
  bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0xd9),
  mime: 'image/jpeg',
  widthPx: 4,
  heightPx: 3,
  altText: 'The hall from the park',
  addedAt: '2026-11-24T10:00:00.000Z',
}

function renderEditor() {
  const photoSaves: Array<NewAssetPhoto | null> = []
  const assetSaves: number[] = []
  render(
    <AssetEditor
      asset={asset}
      subtypes={[]}
      save={async (version) => {
        assetSaves.push(version)
        return { status: 'saved', asset: { ...asset, version: version + 1 } }
      }}
      photo={{ current, save: async (photo) => void photoSaves.push(photo) }}
      onDone={() => {}}
      onCancel={() => {}}
    />,
  )
  return { photoSaves, assetSaves }
}

describe("editing an asset's photo", () => {
  it('shows the photo with its description, and saves a new description', async () => {
    const user = userEvent.setup()
    const { photoSaves } = renderEditor()
    expect(screen.getByTestId('asset-photo-preview')).toBeTruthy()
    const description = screen.getByLabelText('Describe the photo')
    expect(description).toHaveProperty('value', 'The hall from the park')
    await user.clear(description)
    await user.type(description, 'The hall’s ramp')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const { bytes, mime, widthPx, heightPx } = current
    expect(photoSaves).toEqual([{ bytes, mime, widthPx, heightPx, altText: 'The hall’s ramp' }])
  })

  it('refuses to save a photo without a description, and saves nothing', async () => {
    const user = userEvent.setup()
    const { photoSaves, assetSaves } = renderEditor()
    await user.clear(screen.getByLabelText('Describe the photo'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findAllByText('Describe what the photo shows, for people who cannot see it'),
    ).not.toHaveLength(0)
    expect(photoSaves).toEqual([])
    expect(assetSaves).toEqual([])
  })

  it('removes the photo', async () => {
    const user = userEvent.setup()
    const { photoSaves } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Remove the photo' }))
    expect(screen.queryByLabelText('Describe the photo')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(photoSaves).toEqual([null])
  })
})
