import {
  DEFAULT_EXIT_PAGE_URL,
  readConfig,
  type AppConfig,
  type PrivacyNoticeConfig,
} from '../config/env'

/** The configuration, read once at start-up; an Error whose message the app shows if it is bad. */
export const appConfig: AppConfig | Error = (() => {
  try {
    return readConfig(import.meta.env)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
})()

/** Where "Exit this page" leaves for: it must work even when the rest of the configuration is bad. */
export const exitPageUrl =
  appConfig instanceof Error ? DEFAULT_EXIT_PAGE_URL : appConfig.exitPageUrl

/**
 * The mode the build runs in, known at once from its configuration (the database need not have
 * started), so that the residents' pages say from their first paint what happens to an offer.
 */
export const appMode: 'local' | 'connected' =
  appConfig instanceof Error || appConfig.supabase === null ? 'local' : 'connected'

/** What the privacy notice names: the demonstration's placeholders when the rest is bad. */
export const privacyNotice: PrivacyNoticeConfig =
  appConfig instanceof Error ? readConfig({}).privacy : appConfig.privacy
