-- A time bank statement is a download of personal data (the member's exchanges, with the names
-- of the people on the other side), so it is recorded like the other exports: a coordinator's, or
-- a member's own.

create or replace function public.record_export(p_what text, p_row_count integer) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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
    when 'time_bank_entries' then
      -- A statement: by a coordinator, or by a member of their own.
      v_programmes := private.programmes_with('coordinate_time_bank');
      if cardinality(v_programmes) = 0 then
        select coalesce(array_agg(distinct m.programme_id), '{}') into v_programmes
        from public.time_bank_members m where m.user_id = v_user_id;
        if cardinality(v_programmes) = 0 then
          raise exception 'Only time bank members and coordinators can export statements.'
            using errcode = '42501';
        end if;
      end if;
    when 'audit_log' then
      v_programmes := private.programmes_with('read_audit_log');
      if cardinality(v_programmes) = 0 then
        raise exception 'Only administrators can export the audit log.' using errcode = '42501';
      end if;
    else
      raise exception 'Exports of % are not recorded: the app exports residents, asset_list, wards, time_bank_entries and audit_log.',
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

comment on function public.record_export(p_what text, p_row_count integer) IS 'Records an export in the audit log, stamped with the caller, the time and the programme it came from (when one): of residents by someone who may read them (review_residents, read_resident_private_details, read_shared_residents) or by a resident of their own offers (no more rows than they hold); of asset_list or assets by someone who may review assets; of wards by someone who may analyse gaps; of time_bank_entries (a statement) by a coordinator or by a member of their own; of audit_log by someone who may read it. The same download by someone with only the public''s rights records nothing and returns null. At most 100 an hour per person (P0429). Security definer because no API role may insert into audit_log.';
