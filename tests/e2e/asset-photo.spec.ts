import exifr from 'exifr'
import { expect } from '@playwright/test'
import { findPhotoMetadata } from '../../src/core/photos/find-photo-metadata'
import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'
import { photoApp } from './drivers/photo-app'

// A front door in Chelmsford: where a builder's phone says the photo was taken.
const HOME: [number, number] = [0.469123, 51.735612]

test('a builder attaches a phone photo to an asset; it shows, and what is stored has no location', async ({
  app,
  page,
}) => {
  const assets = assetsApp(page)
  const photos = photoApp(page)
  await app.given.appOpened({ basemap: 'builtin' })
  await assets.given.databaseIsReady()
  const phonePhoto = await photos.given.phonePhotoTakenAt(HOME)
  // The photo chosen does carry the position (read by an independent Exif reader).
  expect((await exifr.gps(phonePhoto))?.latitude).toBeCloseTo(HOME[1], 5)

  await assets.when.openTab('Add')
  await photos.when.photoAttachedInAddForm(phonePhoto, 'The hall’s front door with its ramp')
  await assets.when.addAsset({
    name: 'Moulsham Lodge Hall',
    kind: 'Physical spaces',
    lng: '0.4691',
    lat: '51.7356',
  })
  await assets.then.savedMessage('Moulsham Lodge Hall')

  await assets.when.selectInList('Moulsham Lodge Hall')
  await photos.then.detailsShowPhoto('The hall’s front door with its ramp')
  const stored = await photos.then.bytesOfShownPhoto()
  expect(findPhotoMetadata(stored)).toEqual([])
  expect(await exifr.gps(stored)).toBeUndefined()
  expect(Buffer.from(stored).includes('Exif')).toBe(false)
  expect((await exifr.parse(stored, true)) ?? {}).not.toHaveProperty('GPSLatitude')
})
