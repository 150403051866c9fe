import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPhotoMetadata } from '../../src/core/photos/find-photo-metadata'
import {
  buildTestJpeg,
  exifGpsSegment,
  jpegSegment,
  xmpSegment,
} from '../../src/core/photos/testing/build-test-jpeg'
import { commitAs } from './support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  IN_WEST,
  type AssetInput,
  type AssetRow,
} from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// An asset's photo: the database refuses one that still carries metadata (a phone's Exif holds
// where the photo was taken), or is too large, and shows it only to those who see the asset.
let db: TestDatabase
let builder: string
let resident: string
let safeguarding: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  resident = await createUser(db, ['resident'])
  safeguarding = await createUser(db, ['safeguarding'])
})
afterAll(() => db.close())

async function addAsset(userId: string, input: AssetInput = {}): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(userId), CREATE_ASSET, createAssetParams(input))
  return row!
}

const SET_PHOTO = 'select public.set_asset_photo($1, $2, $3, $4, $5, $6)'
const setPhoto = (
  userId: string,
  assetId: string,
  photo: Uint8Array,
  size: { width: number; height: number } = { width: 40, height: 30 },
  altText = 'The hall from the car park',
) =>
  commitAs(db, as(userId), SET_PHOTO, [
    assetId,
    photo,
    'image/jpeg',
    size.width,
    size.height,
    altText,
  ])

const READ_PHOTO = 'select photo, alt_text from public.asset_photo_list where asset_id = $1'
const readPhoto = async (assetId: string) =>
  (await db.admin.query<{ photo: Uint8Array }>(READ_PHOTO, [assetId]))[0]?.photo ?? null

// Where a phone photo taken at someone's home says it was taken.
const HOME: [number, number] = [0.469123, 51.735612]
const clean = buildTestJpeg({ widthPx: 40, heightPx: 30 })

describe('asset photos', () => {
  it('refuses a photo carrying a GPS position in its Exif, saying why, and stores nothing', async () => {
    const asset = await addAsset(builder)
    const withGps = buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [exifGpsSegment(HOME)] })
    await expect(setPhoto(builder, asset.asset_id, withGps)).rejects.toMatchObject({
      code: '22023',
      message:
        'The photo still carries Exif metadata. Photos are stored without metadata, which can hold where a photo was taken: choose the photo again in the app, which removes it.',
    })
    expect(await readPhoto(asset.asset_id)).toBeNull()
  })

  it('refuses a photo carrying XMP', async () => {
    const asset = await addAsset(builder)
    const withXmp = buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [xmpSegment()] })
    await expect(setPhoto(builder, asset.asset_id, withXmp)).rejects.toThrow(
      'The photo still carries XMP metadata.',
    )
  })

  it('refuses a photo carrying a comment or another application segment', async () => {
    const asset = await addAsset(builder)
    const app3 = jpegSegment(
      0xe3,
      Uint8Array.from('Meta\0', (c) => c.charCodeAt(0)),
    )
    const comment = jpegSegment(0xfe, Uint8Array.of(72, 105))
    await expect(
      setPhoto(
        builder,
        asset.asset_id,
        buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [app3] }),
      ),
    ).rejects.toThrow('The photo still carries metadata (an APP3 segment "Meta").')
    await expect(
      setPhoto(
        builder,
        asset.asset_id,
        buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [comment] }),
      ),
    ).rejects.toThrow('The photo still carries a comment (COM).')
  })

  it('refuses metadata written straight into the table, by its check constraint', async () => {
    const asset = await addAsset(builder)
    const withGps = buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [exifGpsSegment(HOME)] })
    await expect(
      db.admin.query(
        `insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
         values ($1, $2, 'image/jpeg', 40, 30, 'Hall')`,
        [asset.asset_id, withGps],
      ),
    ).rejects.toThrow(/asset_photos_acceptable/)
  })

  it('stores a clean photo and gives back the same bytes, free of metadata', async () => {
    const asset = await addAsset(builder)
    await setPhoto(builder, asset.asset_id, clean)
    const stored = await readPhoto(asset.asset_id)
    expect(stored && new Uint8Array(stored)).toEqual(clean)
    expect(findPhotoMetadata(stored!)).toEqual([])
  })

  it('replaces the photo and its description', async () => {
    const asset = await addAsset(builder)
    await setPhoto(builder, asset.asset_id, clean)
    const larger = buildTestJpeg({ widthPx: 1600, heightPx: 1200 })
    await setPhoto(builder, asset.asset_id, larger, { width: 1600, height: 1200 }, 'The stage')
    const [row] = await db.admin.query<{ width: number; alt_text: string }>(
      'select width, alt_text from public.asset_photos where asset_id = $1',
      [asset.asset_id],
    )
    expect(row).toEqual({ width: 1600, alt_text: 'The stage' })
  })

  it('refuses a photo larger than 1 MiB', async () => {
    const asset = await addAsset(builder)
    const large = buildTestJpeg({ widthPx: 40, heightPx: 30, scanBytes: 1_048_577 })
    await expect(setPhoto(builder, asset.asset_id, large)).rejects.toThrow(
      /^The photo is 1025 KB; at most 1,024 KB is stored\.$/,
    )
  })

  it('refuses a photo wider than 1,600 pixels, or of another size than the one given', async () => {
    const asset = await addAsset(builder)
    const wide = buildTestJpeg({ widthPx: 1601, heightPx: 30 })
    await expect(
      setPhoto(builder, asset.asset_id, wide, { width: 1601, height: 30 }),
    ).rejects.toThrow('A photo must be between 1 and 1,600 pixels wide and high.')
    await expect(
      setPhoto(builder, asset.asset_id, clean, { width: 30, height: 40 }),
    ).rejects.toThrow('The photo is 40 × 30 pixels, not the 30 × 40 given.')
  })

  it('refuses a file that is not a JPEG, and a photo without a description', async () => {
    const asset = await addAsset(builder)
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    await expect(setPhoto(builder, asset.asset_id, png)).rejects.toThrow(
      'The photo is not a JPEG file.',
    )
    await expect(setPhoto(builder, asset.asset_id, clean, undefined, '  ')).rejects.toThrow(
      'Describe the photo for people who cannot see it.',
    )
  })

  it('lets a resident add a photo to their pending submission, not to an approved asset', async () => {
    const own = await addAsset(resident)
    expect(own.status).toBe('pending')
    await setPhoto(resident, own.asset_id, clean)
    const approved = await addAsset(builder)
    await expect(setPhoto(resident, approved.asset_id, clean)).rejects.toMatchObject({
      code: '42501',
      message: 'You may not change the photo of this asset.',
    })
  })

  it('shows the public the photos of approved, non-sensitive assets only', async () => {
    const approved = await addAsset(builder, { name: 'Public hall', lngLat: IN_WEST })
    const pending = await addAsset(resident, { name: 'Pending hall' })
    const refuge = await addAsset(safeguarding, { name: 'Refuge', isSensitive: true })
    for (const [userId, asset] of [
      [builder, approved],
      [resident, pending],
      [safeguarding, refuge],
    ] as const) {
      await setPhoto(userId, asset.asset_id, clean)
    }
    const ids = [approved.asset_id, pending.asset_id, refuge.asset_id]
    const seen = async (actor: Parameters<typeof queryAs>[1]) =>
      (
        await queryAs<{ asset_id: string }>(
          db,
          actor,
          'select asset_id from public.asset_photo_list where asset_id = any($1) order by asset_id',
          [ids],
        )
      ).map((row) => row.asset_id)
    expect(await seen({ role: 'anon' })).toEqual([approved.asset_id])
    expect(await seen(as(builder))).toEqual([approved.asset_id, pending.asset_id].sort())
    expect(await seen(as(safeguarding))).toEqual([approved.asset_id, refuge.asset_id].sort())
  })
})
