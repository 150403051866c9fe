// The asset photo's domain driver: making a phone-like photo, attaching it in the add form, and
// reading back what the app shows. Only this file knows how that is done in the page.
import { expect, type Page } from '@playwright/test'
import { exifGpsSegment, insertAfterSoi } from '../../../src/core/photos/testing/build-test-jpeg'

export function photoApp(page: Page) {
  const addForm = page.getByRole('form', { name: 'Add an asset' })
  const details = page.getByTestId('asset-details')

  const given = {
    /**
     * A photo as a phone saves it: a JPEG with real pixels (encoded by the browser, 2,400 × 1,800
     * so that it must be scaled down) and an Exif GPS position put in after SOI, where phones write it.
     */
    async phonePhotoTakenAt(lngLat: [number, number]): Promise<Buffer> {
      const pixels = await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(2400, 1800)
        const context = canvas.getContext('2d')!
        const gradient = context.createLinearGradient(0, 0, 2400, 1800)
        gradient.addColorStop(0, '#2b6cb0')
        gradient.addColorStop(1, '#f6ad55')
        context.fillStyle = gradient
        context.fillRect(0, 0, 2400, 1800)
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
        return Array.from(new Uint8Array(await blob.arrayBuffer()))
      })
      return Buffer.from(insertAfterSoi(Uint8Array.from(pixels), exifGpsSegment(lngLat)))
    },
  }

  const when = {
    async photoAttachedInAddForm(photo: Buffer, description: string) {
      await addForm
        .getByLabel('Choose a photo')
        .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo })
      await expect(addForm.getByTestId('asset-photo-preview')).toBeVisible()
      await addForm.getByLabel('Describe the photo').fill(description)
    },
  }

  const then = {
    /** The selected asset's details show its photo, drawn, described by `description`. */
    async detailsShowPhoto(description: string) {
      const photo = details.getByRole('img', { name: description })
      await expect(photo).toBeVisible()
      await expect
        .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0)
    },
    /**
     * The bytes of the photo the details show, as the app read them from the database (the
     * image's object URL). Read from a second page of the same origin served without the app's
     * Content Security Policy, whose connect-src rightly does not let the app fetch `blob:` URLs.
     */
    async bytesOfShownPhoto(): Promise<Uint8Array> {
      const src = await details.getByTestId('asset-photo').getAttribute('src')
      expect(src).toMatch(/^blob:/)
      const probe = await page.context().newPage()
      await probe.route('**/photo-probe', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
      )
      await probe.goto('/photo-probe')
      const bytes = await probe.evaluate(
        async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
        src!,
      )
      await probe.close()
      return Uint8Array.from(bytes)
    },
  }

  return { given, when, then }
}
