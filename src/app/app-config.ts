import { DEFAULT_EXIT_PAGE_URL, readConfig, type AppConfig } from '../config/env'

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
