import { useId, type ReactNode } from 'react'
import type { DirectoryService } from '../../../core/partners/partner'
import { describeSchedule } from '../describe-schedule'

/**
 * One service as the public reads it: who runs it, what for, how to get it and whom to contact.
 * A sensitive venue shows only its public name and front-door contact (the database gives no more).
 */
export function ServiceCard({
  service,
  themeLabels,
  audienceLabels,
  headingLevel = 3,
  children,
}: {
  service: DirectoryService
  themeLabels: ReadonlyMap<string, string>
  audienceLabels: ReadonlyMap<string, string>
  /** @default 3 */
  headingLevel?: 2 | 3
  /** Actions (edit, retire) for those who may. */
  children?: ReactNode
}) {
  const titleId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const label = (labels: ReadonlyMap<string, string>, codes: readonly string[]) =>
    codes.map((code) => labels.get(code) ?? code).join(', ')
  return (
    <article className="partners-card" aria-labelledby={titleId}>
      <Heading className="partners-card__title" id={titleId}>
        {service.name}
      </Heading>
      <p className="partners-card__by">{service.organisationName}</p>
      <dl className="partners-card__facts">
        <div>
          <dt>Themes</dt>
          <dd>{label(themeLabels, service.themes)}</dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>{label(audienceLabels, service.audiences)}</dd>
        </div>
        <div>
          <dt>How to get it</dt>
          <dd>
            {service.access === 'referral' ? 'By referral' : 'Open to anyone'}
            {service.howToAccess ? `: ${service.howToAccess}` : ''}
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{describeSchedule(service.schedules).join('; ')}</dd>
        </div>
        {service.contactName || service.contactEmail || service.contactPhone ? (
          <div>
            <dt>Contact</dt>
            <dd>
              {[service.contactName, service.contactPhone].filter(Boolean).join(', ')}
              {service.contactEmail ? (
                <>
                  {service.contactName || service.contactPhone ? ', ' : ''}
                  <a href={`mailto:${service.contactEmail}`}>{service.contactEmail}</a>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {service.venues.length > 0 ? (
          <div>
            <dt>Where</dt>
            <dd>
              {service.venues
                .map((venue) =>
                  venue.frontDoorContact ? `${venue.name} (${venue.frontDoorContact})` : venue.name,
                )
                .join('; ')}
            </dd>
          </div>
        ) : null}
        {service.url ? (
          <div>
            <dt>Web</dt>
            <dd>
              <a href={service.url} rel="noopener noreferrer">
                {service.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {children}
    </article>
  )
}
