import { readEssexWards, wardWellInside } from './drivers/essex-data'
import { test } from './drivers/map-app-test'

// The expected names, populations and ward count come from the shared source files, not from
// numbers copied here. These tests run on the built-in style: they fetch nothing from other hosts.
const wards = readEssexWards()

test.describe('The ward map', () => {
  test('draws all the wards of the 14 Essex authorities, with the OGL attribution @smoke', async ({
    app: { given, then },
  }) => {
    await given.appOpened({ basemap: 'builtin' })
    await then.wardsDrawn(wards.length)
    await then.attributionIncludes('Open Government Licence v.3.0')
    await then.attributionIncludes('Contains OS data © Crown copyright')
    then.nothingFetchedFromOtherHosts()
    await then.screenshotSaved('essex-wards')
  })

  test('shows the name and population of the ward clicked on the map', async ({
    app: { given, when, then },
  }) => {
    // Chelmsford city centre, at street zoom.
    const centre: [number, number] = [0.4713, 51.7356]
    const ward = wardWellInside(wards, centre, 150)
    await given.appOpened({ basemap: 'builtin', view: { zoom: 13, centre } })
    await then.wardLayerDrawn()
    await when.clickMapCentre()
    await then.panelShows({ name: ward.name, population: ward.population })
    await then.panelSaysDeprivationIsNotOfficial()
    await then.listShowsSelected(ward.name)
    then.nothingFetchedFromOtherHosts()
    await then.screenshotSaved('ward-clicked')
  })

  test('selects the same ward from the keyboard-operable ward list', async ({
    app: { given, when, then },
  }) => {
    const mostPopulous = wards.reduce((a, b) => (b.population > a.population ? b : a))
    await given.appOpened({ basemap: 'builtin' })
    await then.wardLayerDrawn()
    await when.chooseWardFromListByKeyboard(mostPopulous.name)
    await then.panelShows({ name: mostPopulous.name, population: mostPopulous.population })
    await then.listShowsSelected(mostPopulous.name)
  })

  test('draws the wards over the configured online basemap, credits it, and switches to built-in', async ({
    app: { given, when, then },
  }) => {
    await given.onlineBasemapAnsweredLocally()
    await given.appOpened()
    await then.wardsDrawn(wards.length)
    await then.attributionCreditsOnlineBasemap()
    await then.attributionIncludes('Open Government Licence v.3.0')
    await then.noBasemapNote()

    await when.basemapChosen('Built-in')
    await then.addressHas('basemap=builtin')
    await then.attributionCreditsOnlineBasemap(false)
    await then.attributionIncludes('Open Government Licence v.3.0')
    await then.wardsDrawn(wards.length)
  })

  test('fits a 375 px wide phone screen and still draws every ward', async ({
    app: { given, then },
  }) => {
    await given.screenSize(375, 740)
    await given.appOpened({ basemap: 'builtin' })
    await then.wardsDrawn(wards.length)
    await then.noHorizontalScroll()
    await then.screenshotSaved('phone')
  })

  test('has no accessibility violations that axe can find', async ({ app: { given, then } }) => {
    await given.appOpened({ basemap: 'builtin' })
    await then.wardLayerDrawn()
    await then.noAccessibilityViolations()
  })

  test('says "Page not found" at an address the app does not have, with the way home and to the offer form', async ({
    app: { given, when, then },
  }) => {
    await given.addressOpened('/no-such-page')
    await then.pageNotFoundShown()
    await then.noAccessibilityViolations()
    await when.followsLinkInPage('Offer your gifts')
    await then.pageHeadingIs('Offer your gifts')
  })
})
