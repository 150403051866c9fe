// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { lazy, type ComponentType } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LazyScreen } from './lazy-screen'

afterEach(cleanup)

describe('LazyScreen', () => {
  it('says what is loading, then shows the screen when its code arrives', async () => {
    let arrive: (module: { default: ComponentType }) => void = () => {}
    const Screen = lazy(() => new Promise<{ default: ComponentType }>((r) => (arrive = r)))
    render(
      <LazyScreen what="the map">
        <Screen />
      </LazyScreen>,
    )
    expect(screen.getByRole('status').textContent).toBe('Loading the map…')
    arrive({ default: () => <h2>Ward map</h2> })
    expect(await screen.findByRole('heading', { name: 'Ward map' })).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('explains a failed download and offers a reload instead of a blank page', async () => {
    // React reports the caught error on the console; the test is about what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const Screen = lazy(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: /assets/map-app-1.js'),
      ),
    )
    render(
      <LazyScreen what="the map">
        <Screen />
      </LazyScreen>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Could not show the map')
    expect(alert.textContent).toContain('Check the connection, then reload the page.')
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy()
    vi.restoreAllMocks()
  })
})
