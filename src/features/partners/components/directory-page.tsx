import './partners.css'
import { useMemo } from 'react'
import {
  readDirectorySearch,
  writeDirectorySearch,
  type DirectorySearch,
} from '../api/directory-search'
import { useAudiences, useDirectorySearch, useThemes, useWardChoices } from '../api/partner-queries'
import { DirectorySearchForm } from './directory-search-form'
import { DownloadOrukButton } from './download-oruk-button'
import { ServiceCard } from './service-card'

/**
 * The public directory of services: search by theme, ward or postcode, "open now" and words;
 * each service with how to get it and whom to contact. The search lives in the address, so a
 * result can be shared or bookmarked, and Back returns to the last search.
 */
export function DirectoryPage({
  search: query,
  navigate,
}: {
  /** The page's query string. */
  search: string
  navigate: (path: string) => void
}) {
  const search = useMemo(() => readDirectorySearch(query), [query])
  const themes = useThemes()
  const audiences = useAudiences()
  const wards = useWardChoices()
  const results = useDirectorySearch({
    theme: search.theme || null,
    wardCode: search.wardCode || null,
    postcode: search.postcode || null,
    openNow: search.openNow,
    text: search.text || null,
  })
  const themeLabels = useMemo(
    () => new Map(themes.status === 'ready' ? themes.value.map((t) => [t.code, t.label]) : []),
    [themes],
  )
  const audienceLabels = useMemo(
    () =>
      new Map(audiences.status === 'ready' ? audiences.value.map((a) => [a.code, a.label]) : []),
    [audiences],
  )
  const onSearch = (next: DirectorySearch) => navigate(`/directory${writeDirectorySearch(next)}`)
  return (
    <div className="partners-page" id="directory">
      <h1>Directory of services</h1>
      <p>Services and schemes run by partners across the area, and how to get help from them.</p>
      <DownloadOrukButton />
      <DirectorySearchForm
        key={query}
        initial={search}
        themes={themes.status === 'ready' ? themes.value : []}
        wards={wards.status === 'ready' ? wards.value : []}
        busy={results.status === 'loading'}
        onSearch={onSearch}
      />
      <section aria-labelledby="directory-results" aria-busy={results.status === 'loading'}>
        <h2 id="directory-results">Services</h2>
        {results.status === 'loading' ? (
          <p className="muted" role="status">
            Searching the directory…
          </p>
        ) : results.status === 'failed' ? (
          <p className="form-message form-message--error" role="alert">
            {results.message}
          </p>
        ) : results.value.length === 0 ? (
          <p role="status">
            No services match this search. Try another theme or ward, or leave out “Open now”.
          </p>
        ) : (
          <>
            <p role="status">
              {results.value.length} {results.value.length === 1 ? 'service' : 'services'} found.
            </p>
            <ul className="partners-cards">
              {results.value.map((service) => (
                <li key={service.schemeId}>
                  <ServiceCard
                    service={service}
                    themeLabels={themeLabels}
                    audienceLabels={audienceLabels}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  )
}
