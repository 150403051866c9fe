-- Least privilege for the API roles, as the database lint (tests/db/database-lint.test.ts) and the
-- policy matrix (tests/db/security/policy-matrix.ts) expect. Supabase's default privileges grant
-- every new table, view and function in public to anon and authenticated, and leave Row Level
-- Security as the only guard; here anon keeps only what the matrix says it may use, views are
-- read-only for everyone, and functions in every project schema are closed to public.

-- anon reads public reference data and approved assets, and nothing else; the programme's name is
-- public ("Anyone can read programmes" names anon, but the grant was missing).
revoke all on
  public.programmes, public.wards, public.small_areas, public.ward_indicators,
  public.small_area_indicators, public.postcodes, public.assets, public.ward_summaries,
  public.asset_list
  from anon;
grant select on
  public.programmes, public.wards, public.small_areas, public.ward_indicators,
  public.small_area_indicators, public.postcodes, public.assets, public.ward_summaries,
  public.asset_list
  to anon;

-- Nobody signed in truncates, references or puts triggers on the project's tables.
revoke truncate, references, trigger on
  public.programmes, public.memberships, public.wards, public.small_areas, public.ward_indicators,
  public.small_area_indicators, public.postcodes, public.assets
  from authenticated;

-- Views are for reading. asset_list is a simple view, so Postgres would otherwise let a client
-- write public.assets through it, a second write path beside create_asset.
revoke all on public.ward_summaries, public.asset_list from authenticated;
grant select on public.ward_summaries, public.asset_list to authenticated;

-- From now on a new object in public reaches anon only by an explicit grant (Supabase grants
-- everything by default). Applies to objects created by the role running the migrations.
alter default privileges in schema public revoke all on tables from anon;
alter default privileges in schema public revoke all on sequences from anon;
alter default privileges in schema public revoke execute on functions from anon;

-- A trigger function needs no execute grant to fire; nothing else should call it.
revoke execute on function private.place_asset_in_ward() from public;

comment on function private.has_any_role(public.app_role[]) is
  'True when the acting user holds any of the given roles in any programme. Security definer because policies on public.memberships call it, and reading memberships as the caller would recurse into those policies; it reads only the caller''s own rows (auth.uid()) and returns a boolean.';
