import { useRef, useState } from 'react'
import { GIFT_KINDS } from '../../../core/residents/gift-kind'
import { tidyPostcode } from '../../../core/residents/normalise-postcode'
import type { GiftType, ResidentOffer } from '../../../core/residents/resident-offer'
import type { SentOffer } from '../../../db/residents-port'
import {
  timeBankProblem,
  toResidentOffer,
  wantsTimeBank,
  type OfferDraft,
} from '../api/offer-draft'
import { OFFER_STEP_TITLES, wholeOfferSchema, type OfferStep } from '../api/offer-steps'
import {
  describeGift,
  describeActivities,
  describeAvailability,
  describeConsents,
  describeContactMethod,
  describeTravel,
} from './describe-offer'
import type { SentOfferSummary } from './offer-sent-page'
import { RouteLink, type Navigate } from './route-link'
import { Lines, SummaryList, type SummaryRow } from './summary-list'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

const STEP_OF_FIELD: Readonly<Record<string, OfferStep>> = {
  displayName: 'name',
  giftTypes: 'gifts',
  ownWords: 'gifts',
  activities: 'activities',
  availability: 'availability',
  availabilityNote: 'availability',
  travel: 'travel',
  email: 'contact',
  phone: 'contact',
  preferredContact: 'contact',
  postcode: 'postcode',
  timeBankId: 'time-bank',
  joinTimeBank: 'time-bank',
  consents: 'consent',
}

const change = (step: OfferStep) => `/offer/${step}?change=1`

/**
 * "Check your answers before sending your offer": every answer with a Change link, anything still
 * missing listed at the top, and the Send button. A refusal from the database (a postcode outside
 * the region, too many offers) is shown above, with everything kept.
 */
export function CheckAnswersPage({
  draft,
  giftTypes,
  submitOffer,
  navigate,
  onSent,
}: {
  draft: OfferDraft
  giftTypes: readonly GiftType[] | null
  /** Sends the offer; null while the database starts. */
  submitOffer: ((offer: ResidentOffer, honeypot: string) => Promise<SentOffer>) | null
  navigate: Navigate
  onSent: (sent: SentOfferSummary) => void
}) {
  const title = 'Check your answers before sending your offer'
  const headingRef = useFocusHeading<HTMLHeadingElement>('check')
  const problemRef = useRef<HTMLDivElement>(null)
  const [sending, setSending] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const honeypot = useRef<HTMLInputElement>(null)
  const checked = wholeOfferSchema({ emailRequired: true }).safeParse(draft)
  const bankProblem = timeBankProblem(draft)
  const problems = [
    ...(checked.success
      ? []
      : checked.error.issues.map((issue) => ({
          message: issue.message,
          step: STEP_OF_FIELD[String(issue.path[0])] ?? 'name',
        }))),
    ...(bankProblem
      ? [{ message: bankProblem.message, step: STEP_OF_FIELD[bankProblem.field]! }]
      : []),
  ]
  usePageTitle(title, problems.length > 0 || refusal !== null)

  const names = new Map((giftTypes ?? []).map((type) => [type.code, type]))
  const gifts = [
    ...draft.giftTypes.map((code) => {
      const type = names.get(code)
      return type ? describeGift(type.kind, type.label) : code
    }),
    ...GIFT_KINDS.filter((kind) => draft.ownWords[kind].trim() !== '').map((kind) =>
      describeGift(kind, draft.ownWords[kind].trim()),
    ),
  ]
  const rows: SummaryRow[] = [
    { key: 'name', label: 'Name', value: draft.displayName, change: change('name') },
    { key: 'gifts', label: 'Gifts', value: <Lines items={gifts} />, change: change('gifts') },
    {
      key: 'activities',
      label: 'What you would like to do',
      value: <Lines items={describeActivities(draft.activities)} />,
      change: change('activities'),
    },
    {
      key: 'availability',
      label: 'When you are free',
      value: (
        <Lines
          items={[
            ...describeAvailability(draft.availability),
            ...(draft.availabilityNote.trim() ? [draft.availabilityNote.trim()] : []),
          ]}
        />
      ),
      change: change('availability'),
    },
    {
      key: 'travel',
      label: 'How far you would travel',
      value: describeTravel(draft.travel || null),
      change: change('travel'),
    },
    {
      key: 'email',
      label: 'Email address',
      value: draft.email || 'None',
      change: change('contact'),
    },
    {
      key: 'phone',
      label: 'Phone number',
      value: draft.phone || 'None',
      change: change('contact'),
    },
    {
      key: 'preferred',
      label: 'How to contact you',
      value: describeContactMethod(draft.preferredContact || null),
      change: change('contact'),
    },
    {
      key: 'postcode',
      label: 'Postcode',
      value: tidyPostcode(draft.postcode),
      change: change('postcode'),
    },
    ...(wantsTimeBank(draft)
      ? [
          {
            key: 'time-bank',
            label: 'Time bank',
            value:
              draft.timeBankName && draft.joinTimeBank
                ? `You apply to join ${draft.timeBankName}`
                : 'Not chosen yet',
            change: change('time-bank'),
          },
        ]
      : []),
    {
      key: 'consents',
      label: 'What you agree to',
      value: <Lines items={describeConsents(draft.consents)} />,
      change: change('consent'),
    },
  ]

  const send = async () => {
    if (!submitOffer || !giftTypes || problems.length > 0) return
    setSending(true)
    setRefusal(null)
    try {
      const offer = toResidentOffer(draft, giftTypes)
      const { code } = await submitOffer(offer, honeypot.current?.value ?? '')
      onSent({ name: offer.displayName, email: offer.email, code })
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error))
      requestAnimationFrame(() => problemRef.current?.focus())
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="residents-page">
      <RouteLink to="/offer/consent" navigate={navigate} className="residents-back-link">
        Back
      </RouteLink>
      {problems.length > 0 || refusal ? (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={problemRef}
          aria-labelledby="offer-problem-title"
        >
          <h2 className="error-summary__title" id="offer-problem-title">
            There is a problem
          </h2>
          <ul className="error-summary__list">
            {refusal ? <li>{refusal}</li> : null}
            {problems.map((problem) => (
              <li key={`${problem.step}-${problem.message}`}>
                <RouteLink to={change(problem.step)} navigate={navigate}>
                  {problem.message}
                </RouteLink>
                <span className="visually-hidden"> ({OFFER_STEP_TITLES[problem.step]})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <SummaryList rows={rows} navigate={navigate} />
      <h2 className="residents-subheading">Now send your offer</h2>
      <p>
        By sending it you confirm the answers are yours. Read how we look after them in the{' '}
        <RouteLink to="/privacy" navigate={navigate}>
          privacy notice
        </RouteLink>
        .
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void send()
        }}
      >
        {/* A trap for form-filling robots: hidden from people and screen readers, never focused. */}
        <div className="residents-honeypot" aria-hidden="true">
          <label htmlFor="offer-website">Leave this empty</label>
          <input
            id="offer-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            ref={honeypot}
          />
        </div>
        {!submitOffer ? (
          <p role="status" className="residents-note">
            Getting ready to send… (the database is still starting)
          </p>
        ) : null}
        <button
          type="submit"
          className="button residents-button"
          disabled={sending || !submitOffer || !giftTypes || problems.length > 0}
        >
          {sending ? 'Sending…' : 'Send my offer'}
        </button>
      </form>
    </div>
  )
}
