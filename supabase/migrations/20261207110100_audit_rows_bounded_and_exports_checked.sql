-- The audit log grows only as fast as people with a reason write to it.
--
-- - Rows written together by one statement into a resident's gifts or consents are recorded as
--   one entry (its row count, and the offer's id), not one per row: a public offer of 30 gifts
--   wrote 38 undeletable entries, now 7 whatever its number of gifts.
-- - Every entry carries the programme of the written row when the row has one, so a programme's
--   admins can be shown their own.
-- - record_export records an export only from someone who may read what they export (by
--   capability, in the programme it comes from; a resident: their own offers, no more rows than
--   they hold), at most 100 an hour per person; an account with no role could write 5,000 false
--   "export of residents" entries in one statement. A download of public data (the asset list, the
--   ward analysis) by someone with no right beyond the public's is not recorded, as the public's
--   downloads are not: nothing is written, and nothing refused.

insert into private.limits (name, value, description) values
  ('exports_per_person_per_hour', 100, 'Exports one person may record in the audit log in an hour.');

comment on column public.audit_log.row_count is
  'For an export: how many rows it held; for rows written together by one statement (a resident''s gifts or consents): how many were written.';
comment on column public.audit_log.row_id is
  'The primary key of the written row, as text; for rows written together, the key they share (the offer''s resident_id) when they share one; null for an export.';

-- Records a write. As a row trigger (for each row): one entry for the row; tg_argv[0] names the
-- table's key column. As a statement trigger (for each statement, with the transition tables
-- new_rows and/or old_rows): one entry for all the rows the statement wrote, with their number;
-- tg_argv[0] names the key column (to pair old and new rows of an update) and tg_argv[1] the
-- column they share (e.g. resident_id), given as the entry's row id when all share one value.
-- The changed columns are those set (insert) or changed (update) in any of the rows.
create or replace function private.record_audit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_new jsonb;
  v_old jsonb;
  v_rows jsonb[];
  v_count integer;
  v_row_id text;
  v_programme_id uuid;
  v_columns text[];
begin
  if tg_nargs < 1 or (tg_level = 'STATEMENT' and tg_nargs <> 2) then
    raise exception 'private.record_audit() needs the key column''s name as its argument, and for a statement trigger the shared column''s too (trigger % on %).',
      tg_name, tg_table_name;
  end if;
  if tg_level = 'ROW' then
    v_new := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    v_old := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    insert into public.audit_log (actor_id, action, table_name, row_id, changed_columns, programme_id)
    values (
      (select auth.uid()),
      lower(tg_op),
      tg_table_schema || '.' || tg_table_name,
      coalesce(v_new, v_old) ->> tg_argv[0],
      case tg_op
        when 'INSERT' then array(
          select c.key from jsonb_each(v_new) c where c.value <> 'null'::jsonb order by c.key)
        when 'UPDATE' then array(
          select c.key from jsonb_each(v_new) c where c.value is distinct from v_old -> c.key order by c.key)
        else '{}'::text[]
      end,
      (coalesce(v_new, v_old) ->> 'programme_id')::uuid
    );
    return null;
  end if;

  -- For each statement: the rows it wrote, as JSON (the new rows, or for a delete the old ones).
  if tg_op = 'DELETE' then
    select array_agg(to_jsonb(o)) into v_rows from old_rows o;
    v_columns := '{}';
  elsif tg_op = 'INSERT' then
    select array_agg(to_jsonb(n)) into v_rows from new_rows n;
    select coalesce(array_agg(distinct c.key order by c.key), '{}') into v_columns
    from unnest(v_rows) r (j) cross join lateral jsonb_each(r.j) c
    where c.value <> 'null'::jsonb;
  else
    select array_agg(to_jsonb(n)) into v_rows from new_rows n;
    select coalesce(array_agg(distinct c.key order by c.key), '{}') into v_columns
    from new_rows n
    join old_rows o on to_jsonb(o) -> tg_argv[0] = to_jsonb(n) -> tg_argv[0]
    cross join lateral jsonb_each(to_jsonb(n)) c
    where c.value is distinct from to_jsonb(o) -> c.key;
  end if;
  v_count := coalesce(cardinality(v_rows), 0);
  if v_count = 0 then
    return null;
  end if;
  select case when count(distinct r.j ->> tg_argv[1]) = 1 then min(r.j ->> tg_argv[1]) end,
    case when count(distinct r.j ->> 'programme_id') = 1 then min(r.j ->> 'programme_id')::uuid end
    into v_row_id, v_programme_id
  from unnest(v_rows) r (j);
  insert into public.audit_log (actor_id, action, table_name, row_id, changed_columns, row_count, programme_id)
  values ((select auth.uid()), lower(tg_op), tg_table_schema || '.' || tg_table_name, v_row_id,
    v_columns, v_count, v_programme_id);
  return null;
end
$$;
comment on function private.record_audit() is
  'Audit trigger: as a row trigger, one audit_log entry per written row; as a statement trigger (with transition tables new_rows / old_rows), one entry per statement with the number of rows, so that a form writing many child rows cannot grow the log by as many. Stamps the row''s programme when it has one. Security definer because no API role may insert into audit_log (so nobody can forge or alter entries); it runs as the owner, stamps the actor from the JWT (auth.uid()), and stores column names, never values.';

-- A resident's gifts (up to 30 an offer, all replaced on each change) and consents, one entry per
-- statement. Transition tables allow one event per trigger, hence three each.
drop trigger resident_gifts_audit on public.resident_gifts;
create trigger resident_gifts_audit_insert after insert on public.resident_gifts
  referencing new table as new_rows
  for each statement execute function private.record_audit('gift_id', 'resident_id');
create trigger resident_gifts_audit_update after update on public.resident_gifts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.record_audit('gift_id', 'resident_id');
create trigger resident_gifts_audit_delete after delete on public.resident_gifts
  referencing old table as old_rows
  for each statement execute function private.record_audit('gift_id', 'resident_id');

drop trigger resident_consents_audit on public.resident_consents;
create trigger resident_consents_audit_insert after insert on public.resident_consents
  referencing new table as new_rows
  for each statement execute function private.record_audit('consent_id', 'resident_id');
create trigger resident_consents_audit_update after update on public.resident_consents
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.record_audit('consent_id', 'resident_id');
create trigger resident_consents_audit_delete after delete on public.resident_consents
  referencing old table as old_rows
  for each statement execute function private.record_audit('consent_id', 'resident_id');

-- The programmes in which the acting person holds the capability, in the whole programme or in
-- any scope of it (a partner's districts).
create function private.programmes_with(p_capability text) returns uuid[]
language sql stable security invoker set search_path = ''
as $$
  select coalesce(array_agg(p.programme_id order by p.programme_id), '{}')
  from public.programmes p
  where private.can(p_capability, p.programme_id)
    or exists (
      select 1 from public.programme_authorities pa
      where pa.programme_id = p.programme_id and private.can(p_capability, p.programme_id, pa.lad_code))
$$;
revoke execute on function private.programmes_with(text) from public;

-- Records that the caller exported p_row_count rows of public.<p_what>. The app calls it with
-- every export of personal data; the database cannot see a download happen, so it checks that
-- the caller may read what they say they exported.
create or replace function public.record_export(p_what text, p_row_count integer) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_user_id uuid := (select auth.uid());
  v_programmes uuid[];
  v_own integer;
  v_audit_id uuid;
begin
  if v_user_id is null then
    raise exception 'Sign in to export.' using errcode = '42501';
  end if;
  if p_row_count is null or p_row_count < 0 then
    raise exception 'An export holds zero or more rows, not %.', p_row_count using errcode = '22023';
  end if;
  if not exists (
    select 1 from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relname = p_what and c.relkind in ('r', 'p', 'v', 'm')
  ) then
    raise exception 'There is no table or view called % to export.', coalesce(p_what, 'null')
      using errcode = '22023';
  end if;

  case p_what
    when 'residents' then
      v_programmes := array(select distinct unnest(
        private.programmes_with('review_residents')
        || private.programmes_with('read_resident_private_details')
        || private.programmes_with('read_shared_residents')));
      if cardinality(v_programmes) = 0 then
        -- A resident downloading what is held about them: their own offers, no more.
        select count(*), coalesce(array_agg(distinct r.programme_id), '{}')
          into v_own, v_programmes
        from public.residents r where r.user_id = v_user_id;
        if v_own = 0 then
          raise exception 'Only people who may read residents'' offers can export them.'
            using errcode = '42501';
        end if;
        if p_row_count > v_own then
          raise exception 'You hold % offer(s), so an export of yours cannot hold %.', v_own, p_row_count
            using errcode = '22023';
        end if;
      end if;
    when 'asset_list', 'assets' then
      v_programmes := private.programmes_with('review_assets');
    when 'wards' then
      v_programmes := private.programmes_with('analyse_gaps');
    when 'audit_log' then
      v_programmes := private.programmes_with('read_audit_log');
      if cardinality(v_programmes) = 0 then
        raise exception 'Only administrators can export the audit log.' using errcode = '42501';
      end if;
    else
      raise exception 'Exports of % are not recorded: the app exports residents, asset_list, wards and audit_log.',
        p_what using errcode = '22023';
  end case;
  -- Public data (approved assets, ward figures) downloaded with no right beyond the public's: as
  -- for the public, nothing to record.
  if cardinality(v_programmes) = 0 then
    return null;
  end if;

  perform pg_advisory_xact_lock(hashtextextended('public.record_export:' || v_user_id::text, 0));
  if (
    select count(*) from public.audit_log a
    where a.actor_id = v_user_id and a.action = 'export' and a.occurred_at > now() - interval '1 hour'
  ) >= private.limit_value('exports_per_person_per_hour') then
    raise exception 'You have made % exports in the last hour, the most that are recorded. Please try again later.',
      private.limit_value('exports_per_person_per_hour') using errcode = 'P0429';
  end if;
  insert into public.audit_log (actor_id, action, table_name, row_count, programme_id)
  values (v_user_id, 'export', 'public.' || p_what, p_row_count,
    case when cardinality(v_programmes) = 1 then v_programmes[1] end)
  returning audit_id into v_audit_id;
  return v_audit_id;
end
$$;
comment on function public.record_export(text, integer) is
  'Records an export in the audit log, stamped with the caller, the time and the programme it came from (when one): of residents by someone who may read them (review_residents, read_resident_private_details, read_shared_residents) or by a resident of their own offers (no more rows than they hold); of asset_list or assets by someone who may review assets; of wards by someone who may analyse gaps; of audit_log by someone who may read it. The same download by someone with only the public''s rights records nothing and returns null. At most 100 an hour per person (P0429). Security definer because no API role may insert into audit_log.';
