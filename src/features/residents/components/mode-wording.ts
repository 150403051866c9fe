/**
 * What the residents' pages promise about an offer, by the mode the app runs in. Connected mode
 * emails a link and community builders review offers in the shared database; local mode has no
 * server and no email, so it says what it does instead and promises nothing it cannot keep
 * (issue 18, point 3).
 */
export type AppMode = 'local' | 'connected'

/** Local mode's one-line account of where an offer goes. */
export const LOCAL_MODE_KEEPS =
  'This copy of the app runs in local mode: what you give is kept in this browser only, on this device. Nothing is sent to a server or by email.'

/** The contact page's hint under the email address, when the email is asked for. */
export function emailHint(mode: AppMode): string {
  return mode === 'connected'
    ? 'We send a link to it to confirm your offer. The same link lets you see, change or erase what you gave.'
    : 'Nothing is emailed in local mode: with this email address and the code shown when you send your offer, you can see, change or erase what you gave on this device.'
}

/** What happens to the offer once sent: who looks at it, and who may get in touch. */
export function whoLooksAtIt(mode: AppMode): string {
  return mode === 'connected'
    ? 'A community builder will look at your offer and may get in touch, if you agreed to that.'
    : 'Your offer is kept in this browser only. Nobody else receives it: only a community builder using this same device could look at it.'
}
