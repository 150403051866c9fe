/**
 * What a person may do, as the database names it (`private.capabilities`; a database test holds
 * this list equal to it). The app reads a person's own from `my_capabilities()` and only shows or
 * hides screens with them: the database checks every action again, in the row's programme.
 */
export const CAPABILITIES = [
  'analyse_gaps',
  'contact_consenting_residents',
  'coordinate_time_bank',
  'curate_sensitive_places',
  'delete_assets',
  'delete_workshops',
  'edit_assets',
  'edit_partner_schemes',
  'edit_taxonomy',
  'erase_residents',
  'import_assets',
  'link_people',
  'manage_partner_organisations',
  'manage_roles',
  'manage_time_banks',
  'match_residents',
  'read_audit_log',
  'read_resident_private_details',
  'read_shared_residents',
  'record_champion_counts',
  'review_assets',
  'review_residents',
  'run_workshops',
  'see_sensitive_places',
  'unmark_sensitive_places',
] as const

export type Capability = (typeof CAPABILITIES)[number]
