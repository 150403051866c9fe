import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { buildContentSecurityPolicy } from './src/config/content-security-policy'
import { externalOrigins } from './src/config/external-origins'
import { readConfig } from './src/config/env'

// Writes the same CSP into dist/_headers so that a static host (Netlify, Cloudflare Pages) sends
// it, and dist/_redirects so that such a host serves the app for its own paths.
function headersFile(csp: string): Plugin {
  return {
    name: 'cam-headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
      })
      // The app's own paths (/offer, /my-data, …) are pages of the one index.html.
      this.emitFile({ type: 'asset', fileName: '_redirects', source: '/*  /index.html  200\n' })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const csp = buildContentSecurityPolicy(
    externalOrigins(readConfig(env), env.VITE_BASEMAP_EXTRA_ORIGINS),
  )
  return {
    plugins: [react(), headersFile(csp)],
    worker: { format: 'es' },
    // PGlite loads its own .wasm and .data files by URL; pre-bundling would break those URLs.
    optimizeDeps: { exclude: ['@electric-sql/pglite', '@electric-sql/pglite-postgis'] },
    // BUILD_OUT_DIR lets two end-to-end runs on one machine build and serve apart.
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 2048,
      outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    },
    preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': csp } },
    server: { port: 5173 },
  }
})
