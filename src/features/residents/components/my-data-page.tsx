import './residents.css'
import { downloadFile } from '../../../components/download-file'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { GiftType, HeldOffer, MyResidentData } from '../../../core/residents/resident-offer'
import { toOfferDraft, toResidentOffer } from '../api/offer-draft'
import { useGiftTypes } from '../api/use-gift-types'
import { useMyData, type MyDataCalls } from '../api/use-my-data'
import { useResidentsStatus } from '../api/use-residents-status'
import { HeldOfferSummary } from './held-offer-summary'
import { OfferForm } from './offer-form'
import { RouteLink, type Navigate } from './route-link'
import { SignInForm } from './sign-in-form'
import { TimeBankApplications } from './time-bank-applications'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/**
 * "Your data" (/my-data): sign in (by email link; in local mode with the email and the offer's
 * code), then everything held about you, to change, download as JSON, or erase. In local mode the
 * sign-in ends with "Sign out" or on leaving this page, so the next person on the device sees
 * nothing.
 *
 * @param timeBank - the signed-in member's time bank, composed by the app (shown once signed in)
 */
export function MyDataPage({ navigate, timeBank }: { navigate: Navigate; timeBank?: ReactNode }) {
  usePageTitle('Your data')
  const headingRef = useFocusHeading<HTMLHeadingElement>('my-data')
  const { ready, mode, failed } = useResidentsStatus()
  const giftTypes = useGiftTypes()
  const [erased, setErased] = useState(false)
  const [signedOut, setSignedOut] = useState(false)
  const { read: loaded, reload, calls } = useMyData()
  // Local mode: leaving the page ends the sign-in, so the next person on the device sees nothing.
  useEffect(() => {
    if (mode !== 'local') return
    return () => void calls.signOut()
  }, [mode, calls])
  const signOut = async () => {
    await calls.signOut()
    setErased(false)
    setSignedOut(true)
    await reload()
    headingRef.current?.focus()
  }
  // Signed in with an email address that gave no offer: back to the sign-in, without the
  // "signed out" message, to try another.
  const tryAnotherEmail = async () => {
    await calls.signOut()
    setErased(false)
    await reload()
    document.getElementById('sign-in-email')?.focus()
  }

  return (
    <div className="residents-page">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Your data
      </h1>
      {erased ? (
        <div className="residents-panel" role="status">
          <p className="residents-panel__title">Your data has been erased</p>
          <p className="residents-panel__body">
            We no longer hold your offer, contact details or postcode.
          </p>
        </div>
      ) : null}
      {signedOut && !erased ? (
        <div className="residents-panel" role="status">
          <p className="residents-panel__title">You have signed out</p>
          <p className="residents-panel__body">
            The next person using this device cannot see your data.
          </p>
        </div>
      ) : null}
      {failed ? <p className="form-message form-message--error">{failed}</p> : null}
      {!ready || loaded.status === 'loading' ? (
        <p role="status" className="residents-note">
          Loading…
        </p>
      ) : loaded.status === 'failed' ? (
        <p className="form-message form-message--error" role="alert">
          {loaded.message}
        </p>
      ) : loaded.value === null ? (
        <SignInForm
          signIn={calls}
          mode={mode}
          onSignedIn={async () => {
            setSignedOut(false)
            setErased(false)
            await reload()
          }}
        />
      ) : (
        <>
          {mode === 'local' ? (
            <div className="residents-actions">
              <p>You are signed in on this device until you sign out or leave this page.</p>
              <button
                type="button"
                className="button button--secondary residents-button"
                onClick={() => void signOut()}
              >
                Sign out
              </button>
            </div>
          ) : null}
          <HeldData
            data={loaded.value}
            calls={calls}
            giftTypes={giftTypes}
            onChanged={reload}
            onTryAnotherEmail={tryAnotherEmail}
            timeBank={timeBank}
            onErased={async () => {
              setErased(true)
              await reload()
            }}
          />
        </>
      )}
      <p className="residents-aside">
        <RouteLink to="/privacy" navigate={navigate}>
          How we look after your data (privacy notice)
        </RouteLink>
      </p>
    </div>
  )
}

function HeldData({
  data,
  calls,
  giftTypes,
  onChanged,
  onTryAnotherEmail,
  timeBank,
  onErased,
}: {
  data: MyResidentData
  calls: MyDataCalls
  giftTypes: readonly GiftType[] | null
  onChanged: () => Promise<void>
  onTryAnotherEmail: () => Promise<void>
  timeBank: ReactNode
  onErased: () => Promise<void>
}) {
  const [editing, setEditing] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  if (data.offers.length === 0 && data.timeBanks.length === 0) {
    return (
      <div className="residents-actions">
        <p>We hold no data about you under the email address you signed in with.</p>
        <button
          type="button"
          className="button button--secondary residents-button"
          onClick={() => void onTryAnotherEmail()}
        >
          Try another email address
        </button>
      </div>
    )
  }
  const download = async () => {
    setMessage(null)
    try {
      const exported = await calls.exportMyData()
      downloadFile(
        'my-community-asset-map-data.json',
        new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }),
      )
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <>
      <p>This is everything we hold about you, as it is in our database.</p>
      {message ? (
        <p className="form-message form-message--error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="residents-actions">
        <button type="button" className="button residents-button" onClick={() => void download()}>
          Download your data (JSON)
        </button>
      </div>
      {data.offers.map((offer) =>
        editing === offer.residentId ? (
          <EditOffer
            key={offer.residentId}
            offer={offer}
            updateMyOffer={calls.updateMyOffer}
            giftTypes={giftTypes}
            onDone={async (saved) => {
              setEditing(null)
              if (saved) await onChanged()
            }}
          />
        ) : (
          <section
            key={offer.residentId}
            className="residents-section"
            aria-label={`Your offer as ${offer.displayName}`}
          >
            <HeldOfferSummary offer={offer} />
            <button
              type="button"
              className="button button--secondary residents-button"
              onClick={() => setEditing(offer.residentId)}
            >
              Change your answers
            </button>
          </section>
        ),
      )}
      <TimeBankApplications applications={data.timeBanks} />
      {data.timeBanks.length > 0 ? timeBank : null}
      <EraseData eraseMyData={calls.eraseMyData} onErased={onErased} />
    </>
  )
}

function EditOffer({
  offer,
  updateMyOffer,
  giftTypes,
  onDone,
}: {
  offer: HeldOffer
  updateMyOffer: MyDataCalls['updateMyOffer']
  giftTypes: readonly GiftType[] | null
  onDone: (saved: boolean) => Promise<void>
}) {
  const headingRef = useFocusHeading<HTMLHeadingElement>(`edit-${offer.residentId}`)
  return (
    <section className="residents-section" aria-labelledby="edit-offer-heading">
      <h2 className="residents-subheading" id="edit-offer-heading" ref={headingRef} tabIndex={-1}>
        Change your answers
      </h2>
      <OfferForm
        label="Change your answers"
        defaultValues={toOfferDraft(offer)}
        giftTypes={giftTypes}
        emailRequired={false}
        submitLabel="Save changes"
        onSubmit={async (values) => {
          await updateMyOffer(offer.residentId, toResidentOffer(values, giftTypes ?? []))
          await onDone(true)
        }}
        actions={
          <button
            type="button"
            className="button button--secondary residents-button"
            onClick={() => void onDone(false)}
          >
            Cancel
          </button>
        }
      />
    </section>
  )
}

function EraseData({
  eraseMyData,
  onErased,
}: {
  eraseMyData: MyDataCalls['eraseMyData']
  onErased: () => Promise<void>
}) {
  const [confirming, setConfirming] = useState(false)
  const [erasing, setErasing] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const confirmRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])
  return (
    <section className="residents-section" aria-labelledby="erase-heading">
      <h2 className="residents-subheading" id="erase-heading">
        Erase your data
      </h2>
      <p>
        This deletes your offer, your gifts, your contact details and your postcode. We keep only a
        count of gifts per ward, with nothing that could lead back to you.
      </p>
      {!confirming ? (
        <button
          type="button"
          className="button button--warning residents-button"
          onClick={() => setConfirming(true)}
        >
          Erase all your data
        </button>
      ) : (
        <div className="residents-warning" role="group" aria-labelledby="erase-confirm-heading">
          <h3 id="erase-confirm-heading" ref={confirmRef} tabIndex={-1}>
            Are you sure you want to erase everything?
          </h3>
          <p>This cannot be undone. You can offer your gifts again at any time.</p>
          {refusal ? (
            <p className="form-message form-message--error" role="alert">
              {refusal}
            </p>
          ) : null}
          <div className="residents-actions">
            <button
              type="button"
              className="button button--warning residents-button"
              disabled={erasing}
              onClick={() => {
                setErasing(true)
                setRefusal(null)
                eraseMyData()
                  .then(onErased)
                  .catch((error: unknown) =>
                    setRefusal(error instanceof Error ? error.message : String(error)),
                  )
                  .finally(() => setErasing(false))
              }}
            >
              Yes, erase everything
            </button>
            <button
              type="button"
              className="button button--secondary residents-button"
              onClick={() => setConfirming(false)}
            >
              No, keep my data
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
