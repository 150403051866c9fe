import type { NetworkEntry } from '../../../core/domestic-abuse/describe-support-network'

/** One support service or safe space: who runs it, how to get help, how to contact them. */
export function NetworkEntryCard({ entry }: { entry: NetworkEntry }) {
  return (
    <li className="support-entry">
      <h3 className="support-entry__name">{entry.name}</h3>
      <p className="support-entry__organisation">{entry.organisationName}</p>
      {entry.description ? <p>{entry.description}</p> : null}
      <dl className="support-entry__details">
        <dt>How to get help</dt>
        <dd>
          {entry.access === 'open' ? 'Open to anyone. ' : 'By referral. '}
          {entry.howToAccess ?? ''}
        </dd>
        {entry.placeNames.length > 0 ? (
          <>
            <dt>Where</dt>
            <dd>{entry.placeNames.join('; ')}</dd>
          </>
        ) : null}
        {entry.contactPhone || entry.contactEmail || entry.url ? (
          <>
            <dt>Contact{entry.contactName ? ` (${entry.contactName})` : ''}</dt>
            <dd>
              <ul className="support-entry__contacts">
                {entry.contactPhone ? (
                  <li>
                    <a href={`tel:${entry.contactPhone.replace(/\s+/g, '')}`}>
                      {entry.contactPhone}
                    </a>
                  </li>
                ) : null}
                {entry.contactEmail ? (
                  <li>
                    <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>
                  </li>
                ) : null}
                {entry.url && /^https:\/\//.test(entry.url) ? (
                  <li>
                    <a href={entry.url} rel="noreferrer">
                      Website<span className="visually-hidden"> of {entry.name}</span>
                    </a>
                  </li>
                ) : null}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  )
}
