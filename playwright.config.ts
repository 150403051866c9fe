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
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
