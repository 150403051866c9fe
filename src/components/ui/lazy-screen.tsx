import { Component, Suspense, type ReactNode } from 'react'
import { ErrorPanel } from './error-panel'

export interface LazyScreenProps {
  /** What is being shown, in the sentence "Loading the map…", e.g. "the map". */
  what: string
  children: ReactNode
}

/**
 * A screen whose code downloads when it is first shown: "Loading the map…" until it arrives and,
 * when the download fails (the connection dropped, or a new release replaced the files), a message
 * and a reload button rather than a blank page.
 */
export function LazyScreen({ what, children }: LazyScreenProps) {
  return (
    <ScreenBoundary what={what}>
      <Suspense
        fallback={
          <p className="lazy-screen muted" role="status">
            Loading {what}…
          </p>
        }
      >
        {children}
      </Suspense>
    </ScreenBoundary>
  )
}

class ScreenBoundary extends Component<{ what: string; children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <ErrorPanel title={`Could not show ${this.props.what}`} message={describe(error)}>
        <button type="button" onClick={() => location.reload()}>
          Reload the page
        </button>
      </ErrorPanel>
    )
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // Chromium, Firefox and Safari word a failed dynamic import differently.
  return /dynamically imported module|module script failed|error loading dynamically/i.test(message)
    ? 'Part of the app could not be downloaded. Check the connection, then reload the page.'
    : message
}
