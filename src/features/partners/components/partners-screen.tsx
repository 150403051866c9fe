import './partners.css'
import { useState } from 'react'
import { useAudiences, useMyOrganisations, useThemes, useWardChoices } from '../api/partner-queries'
import { DownloadOrukButton } from './download-oruk-button'
import { OrganisationDetails } from './organisation-details'
import { OrganisationSchemes } from './organisation-schemes'
import { OrganisationsAdmin } from './organisations-admin'
import { OtherSchemes } from './other-schemes'
import { ReadStateView } from '../../../components/ui/read-state-view'

/**
 * The Partners screen: a partner's organisation's schemes (add, edit, retire), and for
 * administrators the organisations and their people. What each may do is the database's to say;
 * this only leaves out what the person cannot use.
 */
export function PartnersScreen({
  canEdit,
  canManage,
}: {
  /** edit_partner_schemes */
  canEdit: boolean
  /** manage_partner_organisations */
  canManage: boolean
}) {
  const mine = useMyOrganisations(canEdit || canManage)
  const themes = useThemes()
  const audiences = useAudiences()
  const wards = useWardChoices()
  const [chosen, setChosen] = useState<string | null>(null)
  return (
    <div className="partners-page" id="partners">
      <h1>Partners</h1>
      {!canEdit && !canManage ? (
        <p>
          Partners list their schemes here once an administrator has added them to their
          organisation. Anyone can search the{' '}
          <a href={`${import.meta.env.BASE_URL}directory`}>directory of services</a>.
        </p>
      ) : (
        <ReadStateView read={mine} what="organisations">
          {(organisations) => {
            if (organisations.length === 0) {
              return (
                <p className="muted">
                  You are not a person of any organisation yet: ask an administrator to add you.
                </p>
              )
            }
            const current =
              organisations.find((o) => o.organisationId === chosen) ?? organisations[0]!
            return (
              <>
                {organisations.length > 1 ? (
                  <div className="form-field">
                    <label className="form-field__label" htmlFor="partners-organisation">
                      Organisation
                    </label>
                    <select
                      id="partners-organisation"
                      value={current.organisationId}
                      onChange={(event) => setChosen(event.target.value)}
                    >
                      {organisations.map((o) => (
                        <option key={o.organisationId} value={o.organisationId}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <OrganisationDetails
                  key={`details-${current.organisationId}`}
                  organisationId={current.organisationId}
                  organisationName={current.name}
                />
                {themes.status === 'ready' &&
                audiences.status === 'ready' &&
                wards.status === 'ready' ? (
                  <>
                    <OrganisationSchemes
                      key={current.organisationId}
                      organisationId={current.organisationId}
                      organisationName={current.name}
                      themes={themes.value}
                      audiences={audiences.value}
                      wards={wards.value}
                    />
                    {canManage ? null : (
                      <OtherSchemes
                        organisationIds={organisations.map((o) => o.organisationId)}
                        themes={themes.value}
                        audiences={audiences.value}
                      />
                    )}
                  </>
                ) : (
                  <ReadStateView read={themes} what="themes">
                    {() => (
                      <ReadStateView read={wards} what="wards">
                        {() => <p role="status">Loading…</p>}
                      </ReadStateView>
                    )}
                  </ReadStateView>
                )}
              </>
            )
          }}
        </ReadStateView>
      )}
      {canManage ? <OrganisationsAdmin /> : null}
      <section className="partners-section" aria-labelledby="partners-directory-file">
        <h2 id="partners-directory-file">The directory as a file</h2>
        <DownloadOrukButton />
      </section>
    </div>
  )
}
