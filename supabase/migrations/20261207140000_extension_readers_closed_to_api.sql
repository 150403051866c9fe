-- Closes the extension functions that read what Row Level Security hides (issue 12, step 5).
-- PostGIS leaves execute granted to public on functions that read a table's planner statistics or
-- its spatial index, and those bypass the table's grants and policies: as anon,
-- extensions.st_estimatedextent('public', 'resident_home_points', 'point') returned the bounding
-- box of every home and _postgis_stats their number, in PostGIS 3.3 (where st_estimatedextent is
-- security definer) and 3.6 (where it is not, but reads the statistics without checking the
-- caller's rights) alike. No API role needs them: the app never calls them, and the planner reads
-- statistics without going through them.
--
-- Which functions exist differs between PostGIS versions (3.3 on Postgres 15 and Supabase, 3.6 on
-- PGlite), so they are looked up in the catalog rather than listed by signature: every security
-- definer function in schema extensions, and every overload of the known statistics and index
-- readers. tests/db/security/database-lint.ts (extension_reader_executable_by_api) holds the same
-- list of readers and fails when an API role can run any of them again.
--
-- What this cannot do:
-- - Future updates. `alter default privileges in schema extensions revoke … from public` has no
--   effect (a per-schema default only adds to the global one, and Postgres's global default grants
--   execute to public); a global `alter default privileges revoke execute on functions from public`
--   would also strip every function a future `alter extension postgis update` creates (st_covers,
--   st_makepoint, …), which the app's security invoker functions call as anon. So the revoke is
--   not made a default: after an extension update, run the lint and, if it names a function, this
--   block again.
-- - Supabase. There, extensions are created by supabase_admin, who owns their functions and made
--   the grant to public; the role running migrations (postgres) holds only a grant option, so its
--   revoke removes nothing. The block then warns, naming what stays executable; the revoke must be
--   run as the owner (through Supabase support) for the hosted database.

do $$
declare
  v_function regprocedure;
  v_still_open text;
begin
  for v_function in
    select p.oid::regprocedure
    from pg_catalog.pg_proc p
    join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'extensions'
      and (p.prosecdef or p.proname in ('st_estimatedextent', 'st_estimated_extent', '_postgis_stats',
        '_postgis_selectivity', '_postgis_join_selectivity', '_postgis_index_extent'))
    order by 1
  loop
    execute format('revoke execute on function %s from public, anon, authenticated', v_function);
  end loop;

  select string_agg(p.oid::regprocedure::text, ', ' order by p.oid::regprocedure::text)
  into v_still_open
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname = 'extensions'
    and (p.prosecdef or p.proname in ('st_estimatedextent', 'st_estimated_extent', '_postgis_stats',
      '_postgis_selectivity', '_postgis_join_selectivity', '_postgis_index_extent'))
    and (pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
      or pg_catalog.has_function_privilege('authenticated', p.oid, 'EXECUTE'));
  if v_still_open is not null then
    raise warning 'Still executable by anon or authenticated (the role running migrations does not own them): %', v_still_open
      using hint = 'Revoke execute from public, anon and authenticated as the functions'' owner.';
  end if;
end
$$;
