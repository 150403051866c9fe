import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'
import { rolesApp, type RoleLabel } from './drivers/roles-app'

// Local mode lets this device's single user act as the public or in any one role, labelled as
// local; each role sees the screens and actions it has, and not those it lacks. The database
// enforces the same (tests/db/policy-matrix.test.ts); these are what a person sees.
const SCREENS: Array<[RoleLabel, string[]]> = [
  ['The public (signed out)', ['Wards', 'Assets', 'Gifts']],
  ['Resident', ['Wards', 'Assets', 'Gifts', 'Add', 'Workshop']],
  ['Community builder', ['Wards', 'Assets', 'Gifts', 'Add', 'Review', 'Match', 'Workshop']],
  ['Network lead', ['Wards', 'Assets', 'Gifts', 'Add', 'Review', 'Workshop']],
  ['Time bank coordinator', ['Wards', 'Assets', 'Gifts', 'Add', 'Workshop', 'Time bank']],
  ['Partner organisation', ['Wards', 'Assets', 'Gifts', 'Add', 'Workshop']],
  ['Safeguarding', ['Wards', 'Assets', 'Gifts', 'Add', 'Workshop']],
  [
    'Administrator',
    [
      'Wards',
      'Assets',
      'Gifts',
      'Add',
      'Review',
      'Match',
      'Workshop',
      'Time bank',
      'People',
      'Taxonomy',
    ],
  ],
]

test.describe('acting in each role (local mode)', () => {
  test('shows each role the screens it has and hides those it lacks', async ({ app, page }) => {
    // Eight changes of role, each of which has every panel read its data again as the new role.
    test.setTimeout(240_000)
    const roles = rolesApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assetsApp(page).then.databaseIsReady()
    await roles.then.actingAs('Community builder')
    for (const [role, tabs] of SCREENS) {
      await roles.when.actAs(role)
      await roles.then.tabsAre(tabs)
    }
  })

  test("a resident's asset waits for review, and a builder approves it from the queue", async ({
    app,
    page,
  }) => {
    const roles = rolesApp(page)
    const assets = assetsApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assets.then.databaseIsReady()
    await roles.when.actAs('Resident')
    await assets.when.addAsset({
      name: 'Broomfield Men’s Shed',
      kind: 'Associations and groups',
      lng: '0.4611',
      lat: '51.7600',
    })
    await assets.then.listShows('Broomfield Men’s Shed', { status: 'Waiting for review' })
    await assets.when.selectInList('Broomfield Men’s Shed')
    await roles.then.editActionsOffered(false)

    await roles.when.actAs('Community builder')
    await roles.when.approveInQueue('Broomfield Men’s Shed')
    await assets.then.listShows('Broomfield Men’s Shed', { status: 'Approved' })
    await assets.when.selectInList('Broomfield Men’s Shed')
    await roles.then.editActionsOffered(true)

    await roles.when.actAs('The public (signed out)')
    await assets.then.listShows('Broomfield Men’s Shed', { status: 'Approved' })
  })

  test('a sensitive place is seen and exported, marked, only by safeguarding and admins', async ({
    app,
    page,
  }) => {
    const roles = rolesApp(page)
    const assets = assetsApp(page)
    await app.given.appOpened({ basemap: 'builtin' })
    await assets.then.databaseIsReady()
    await roles.when.actAs('Safeguarding')
    await roles.when.tickSensitivePlace()
    await assets.when.addAsset({
      name: 'Safe house',
      kind: 'Physical spaces',
      lng: '0.4700',
      lat: '51.7350',
    })
    await assets.then.listShows('Safe house', { status: 'Approved' })
    const exported = await roles.when.downloadAssetsCsv()
    expect(exported.find((row) => row.name === 'Safe house')?.sensitive).toBe('yes')

    for (const role of ['The public (signed out)', 'Community builder', 'Network lead'] as const) {
      await roles.when.actAs(role)
      await assets.then.listLacks('Safe house')
    }
    await roles.when.actAs('Administrator')
    await assets.then.listShows('Safe house', { status: 'Approved' })
  })
})
