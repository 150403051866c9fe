import { existsSync } from 'node:fs'

// Debian's headless shell starts about twice as fast as the full browser; either renders WebGL.
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
]

/** The path of the Chromium the browser tests drive, or undefined when none is installed. */
export function chromiumExecutable(): string | undefined {
  return candidates.find((path): path is string => !!path && existsSync(path))
}
