import { readConfig, type AppConfig } from '../config/env'

/** The configuration, read once at start-up; an Error whose message the app shows if it is bad. */
export const appConfig: AppConfig | Error = (() => {
  try {
    return readConfig(import.meta.env)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
})()
