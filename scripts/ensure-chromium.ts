// Makes sure Debian's Chromium is there for the browser tests: installs it when we are root with
// apt, otherwise stops with one line saying what to run. Never skips the tier silently.
import { execSync } from 'node:child_process'
import { chromiumExecutable } from './chromium-executable'

if (!chromiumExecutable()) {
  const canInstall = process.getuid?.() === 0 && hasCommand('apt-get')
  if (!canInstall) {
    console.error(
      'Browser tests need Chromium: run `sudo apt-get install chromium chromium-headless-shell` (or set CHROMIUM_PATH) and try again.',
    )
    process.exit(1)
  }
  console.error('Installing Debian chromium for the browser tests…')
  execSync('apt-get update -qq && apt-get install -y -qq chromium chromium-headless-shell', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (!chromiumExecutable()) {
    console.error('Chromium did not install; browser tests cannot run.')
    process.exit(1)
  }
}

function hasCommand(name: string): boolean {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
