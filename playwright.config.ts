import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './scripts/chromium-executable'

// Debian's Chromium, never a downloaded browser; WebGL through SwiftShader so MapLibre renders.
// E2E_PORT (with BUILD_OUT_DIR, see vite.config.ts) serves a build elsewhere when 4173 is taken.
const port = Number(process.env.E2E_PORT ?? 4173)
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // A few fast journeys (tagged @smoke: the map draws, the local database starts, a write survives
  // a reload) run first, so a broken build fails in minutes; the long journeys only after them.
  projects: [
    { name: 'smoke', grep: /@smoke/ },
    { name: 'journeys', grepInvert: /@smoke/, dependencies: ['smoke'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
