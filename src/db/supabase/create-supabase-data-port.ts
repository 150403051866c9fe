import { createClient } from '@supabase/supabase-js'
import type { DataPort } from '../port'
import { supabaseDataPort } from './supabase-data-port'

/** Connects to the configured Supabase project (anon key; the user's session adds their JWT). */
export function createSupabaseDataPort(url: string, anonKey: string): DataPort {
  return supabaseDataPort(
    createClient(url, anonKey, { auth: { persistSession: true, autoRefreshToken: true } }),
  )
}
