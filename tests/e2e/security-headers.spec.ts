import { expect } from '@playwright/test'
import { assetsApp } from './drivers/assets-app'
import { test } from './drivers/map-app-test'

// The built app is served with its Content Security Policy as a response header (a meta tag does
// not reach workers). MapLibre's workers and PGlite's WebAssembly must work under it.
test.describe('the Content Security Policy', () => {
  test('is sent as a header that allows WebAssembly but not eval', async ({ page }) => {
    const response = await page.request.get('/')
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).toContain("worker-src 'self' blob:")
    expect(policy).not.toContain("'unsafe-eval'")
    expect(policy).toContain("object-src 'none'")
  })

  test('lets the map and the local database start with no violation reported @smoke', async ({
    app,
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      )
    })
    await app.given.appOpened({ basemap: 'builtin' })
    await app.then.wardLayerDrawn()
    await assetsApp(page).then.databaseIsReady()
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )
    expect(violations).toEqual([])
  })
})
