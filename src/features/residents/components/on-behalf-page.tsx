import './residents.css'
import { useState } from 'react'
import '../../../components/ui/choice-group.css'
import { FormField } from '../../../components/ui/form-field'
import { NOT_READY } from '../../../db/use-port-query'
import { EMPTY_DRAFT, toResidentOffer } from '../api/offer-draft'
import { useGiftTypes } from '../api/use-gift-types'
import { useRecordOnBehalf } from '../api/use-record-on-behalf'
import { useResidentsStatus } from '../api/use-residents-status'
import { OfferCode } from './offer-code'
import { OfferForm } from './offer-form'
import { RouteLink, type Navigate } from './route-link'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

const HOW = [
  { value: 'verbal', label: 'In conversation (in person or by phone)' },
  { value: 'paper', label: 'On a paper form' },
] as const

/** `YYYY-MM-DDTHH:mm` in the device's time zone, as a datetime-local input holds it. */
const localDateTime = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)

/**
 * A builder records a resident's offer from a paper form or a phone call (many of the people the
 * programme most wants to reach are not online): the consent is recorded as given verbally or on
 * paper, by this builder, at the time given.
 */
export function OnBehalfPage({ navigate }: { navigate: Navigate }) {
  usePageTitle("Record an offer on someone's behalf")
  const headingRef = useFocusHeading<HTMLHeadingElement>('on-behalf')
  const { ready, mode } = useResidentsStatus()
  const recordOnBehalf = useRecordOnBehalf()
  const giftTypes = useGiftTypes()
  const [how, setHow] = useState<'verbal' | 'paper' | ''>('')
  const [givenAt, setGivenAt] = useState(() => localDateTime(new Date()))
  const [howError, setHowError] = useState<string | null>(null)
  const [saved, setSaved] = useState<{ name: string; code: string | null } | null>(null)
  const [formKey, setFormKey] = useState(0)
  return (
    <div className="residents-page">
      <RouteLink to="/offers/review" navigate={navigate} className="residents-back-link">
        Back to the review queue
      </RouteLink>
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Record an offer on someone's behalf
      </h1>
      <p>
        For an offer on a paper form or given over the phone. Read the privacy notice to the person
        and record only what they agreed to.
      </p>
      {saved ? (
        <p className="residents-panel" role="status">
          Recorded {saved.name}'s offer.
        </p>
      ) : null}
      {saved?.code ? (
        <OfferCode code={saved.code} heading={`${saved.name}'s code: hand it to them`}>
          <p>
            Write it on their copy of the form or read it to them now: it is shown only once. With
            this code and their email address they can see, change or erase their offer on this
            device.
          </p>
        </OfferCode>
      ) : saved && mode === 'local' ? (
        <p>
          No email address was given, so {saved.name} cannot sign in to see this offer on this
          device; an administrator can answer their requests.
        </p>
      ) : null}
      <OfferForm
        key={formKey}
        label="Record an offer on someone's behalf"
        defaultValues={EMPTY_DRAFT}
        giftTypes={giftTypes}
        emailRequired={false}
        onBehalf
        submitLabel="Record the offer"
        consentLegend="What did they agree to?"
        extra={() => (
          <>
            <div className={`form-field choice-group${howError ? ' form-field--error' : ''}`}>
              <fieldset
                className="choice-group__fieldset"
                aria-describedby={howError ? 'on-behalf-how-error' : undefined}
              >
                <legend className="choice-group__legend">How did they give their consent?</legend>
                {howError ? (
                  <p className="form-field__error" id="on-behalf-how-error">
                    <span className="visually-hidden">Error: </span>
                    {howError}
                  </p>
                ) : null}
                <div className="choice-group__items">
                  {HOW.map((choice, index) => (
                    <div className="choice-group__item" key={choice.value}>
                      <input
                        className="choice-group__input"
                        type="radio"
                        name="consent-how"
                        id={index === 0 ? 'on-behalf-how' : `on-behalf-how-${index}`}
                        value={choice.value}
                        checked={how === choice.value}
                        onChange={() => {
                          setHow(choice.value)
                          setHowError(null)
                        }}
                      />
                      <label
                        className="choice-group__label"
                        htmlFor={index === 0 ? 'on-behalf-how' : `on-behalf-how-${index}`}
                      >
                        {choice.label}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <FormField id="on-behalf-given-at" label="When did they give it?">
              <input
                id="on-behalf-given-at"
                type="datetime-local"
                value={givenAt}
                onChange={(event) => setGivenAt(event.target.value)}
              />
            </FormField>
          </>
        )}
        onSubmit={async (values) => {
          if (!ready) throw new Error(NOT_READY)
          if (how === '') {
            setHowError('Choose how they gave their consent')
            throw new Error('Choose how they gave their consent.')
          }
          const offer = toResidentOffer(values, giftTypes ?? [])
          const { code } = await recordOnBehalf(offer, { how, givenAt: new Date(givenAt) })
          setSaved({ name: offer.displayName, code })
          setHow('')
          setFormKey((key) => key + 1)
        }}
      />
    </div>
  )
}
