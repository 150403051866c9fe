-- Curation and keeping the map current: duplicate candidates (similar names within 100 m),
-- merge_assets, the stale queue (not verified for N months), "report a change" from anyone
-- (rate-limited, landing in the review queue), and each asset's history from the audit log
-- (who, when, which fields; never values).

-- A name as compared for duplicates: lowercase, "&" as "and", apostrophes dropped, anything else
-- not a letter or digit a space, a leading "the" dropped ("The King's Head" → "kings head").
create function private.normalise_asset_name(p_name text) returns text
language sql immutable security invoker set search_path = ''
as $$
  select btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(coalesce(p_name, '')), '&', ' and ', 'g'), '[''’`]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'),
    '^ *the ', ''))
$$;
revoke execute on function private.normalise_asset_name(text) from public;
grant execute on function private.normalise_asset_name(text) to authenticated, service_role;

-- The trigrams of a normalised name as pg_trgm makes them (each word padded with two spaces
-- before and one after), so that name_similarity equals pg_trgm's similarity() without needing
-- the extension in every database the app runs in (Supabase, Postgres, PGlite).
create function private.name_trigrams(p_name text) returns text[]
language sql immutable security invoker set search_path = ''
as $$
  select coalesce(array_agg(distinct substr(w.padded, i, 3)), '{}')
  from (
    select '  ' || word || ' ' as padded
    from regexp_split_to_table(private.normalise_asset_name(p_name), ' ') as word
    where word <> ''
  ) w,
  generate_series(1, char_length(w.padded) - 2) as i
$$;
revoke execute on function private.name_trigrams(text) from public;
grant execute on function private.name_trigrams(text) to authenticated, service_role;

-- Trigram similarity of two names, 0–1: shared trigrams over all trigrams (pg_trgm's measure).
create function private.name_similarity(p_first text, p_second text) returns real
language sql immutable security invoker set search_path = ''
as $$
  with a as (select unnest(private.name_trigrams(p_first)) as t),
    b as (select unnest(private.name_trigrams(p_second)) as t),
    counts as (
      select
        (select count(*) from (select t from a intersect select t from b) i) as shared,
        (select count(*) from (select t from a union select t from b) u) as total
    )
  select case when total = 0 then 0 else shared::real / total end from counts
$$;
revoke execute on function private.name_similarity(text, text) from public;
grant execute on function private.name_similarity(text, text) to authenticated, service_role;

-- Pairs of live (pending or approved) assets the viewer may see that are within p_max_metres of
-- each other (great-circle distance on the sphere, as the gap analysis measures) and whose
-- normalised names have trigram similarity of at least p_min_similarity; most similar first.
create function public.list_duplicate_candidates(
  p_max_metres double precision default 100,
  p_min_similarity real default 0.4
) returns table (
  first_asset jsonb,
  second_asset jsonb,
  similarity real,
  distance_metres integer
)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  if p_max_metres is null or p_max_metres not between 1 and 1000 then
    raise exception 'Look for duplicates within 1 to 1,000 metres.' using errcode = '22023';
  end if;
  if p_min_similarity is null or p_min_similarity not between 0 and 1 then
    raise exception 'The name similarity is a number from 0 to 1.' using errcode = '22023';
  end if;
  return query
  with pairs as (
    select
      a.asset_id as first_id,
      b.asset_id as second_id,
      private.name_similarity(a.name, b.name) as name_similarity,
      extensions.st_distance(a.point::extensions.geography, b.point::extensions.geography, false) as metres
    from public.assets a
    join public.assets b
      on b.asset_id > a.asset_id
      -- The box (in degrees, a little larger than the radius at any latitude below 89°) lets the
      -- GiST index on point find the neighbours; the sphere decides.
      and b.point operator(extensions.&&) extensions.st_expand(
        a.point,
        p_max_metres / (111000 * greatest(cos(radians(extensions.st_y(a.point))), 0.01)),
        p_max_metres / 111000)
      and extensions.st_dwithin(a.point::extensions.geography, b.point::extensions.geography, p_max_metres, false)
    where a.status in ('pending', 'approved') and b.status in ('pending', 'approved')
  )
  select to_jsonb(f), to_jsonb(s), p.name_similarity, round(p.metres)::integer
  from pairs p
  join public.asset_list f on f.asset_id = p.first_id
  join public.asset_list s on s.asset_id = p.second_id
  where p.name_similarity >= p_min_similarity
  order by p.name_similarity desc, p.metres, p.first_id, p.second_id;
end
$$;
comment on function public.list_duplicate_candidates(double precision, real) is
  'Pairs of live assets within p_max_metres (default 100) with similar names (trigram similarity, default at least 0.4), for the review queue; security invoker.';
revoke execute on function public.list_duplicate_candidates(double precision, real) from public, anon;
grant execute on function public.list_duplicate_candidates(double precision, real) to authenticated;

-- Approved assets whose details nobody has confirmed for p_months months (counting from when they
-- were added if never verified), oldest first.
create function public.list_stale_assets(p_months integer default 12)
returns setof public.asset_list
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  if p_months is null or p_months not between 1 and 120 then
    raise exception 'Say after how many months (1 to 120) an asset needs checking.' using errcode = '22023';
  end if;
  return query
  select l.* from public.asset_list l
  where l.status = 'approved'
    and coalesce(l.last_verified_at, l.created_at) < now() - make_interval(months => p_months)
  order by coalesce(l.last_verified_at, l.created_at), l.asset_id;
end
$$;
comment on function public.list_stale_assets(integer) is
  'Approved assets not verified for p_months months (default 12), oldest first; security invoker.';
revoke execute on function public.list_stale_assets(integer) from public, anon;
grant execute on function public.list_stale_assets(integer) to authenticated;

-- "Report a change": anyone, signed in or not, says an asset's details are wrong.
create table public.asset_change_reports (
  report_id uuid primary key default gen_random_uuid(),
  asset_id uuid not null references public.assets (asset_id) on delete cascade,
  message text not null check (char_length(message) between 1 and 2000),
  reporter_id uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by uuid references auth.users (id) on delete set null
);
comment on table public.asset_change_reports is
  'Reports from the public that an asset''s details have changed; open ones (resolved_at null) are in the review queue.';
create index asset_change_reports_asset_id_idx on public.asset_change_reports (asset_id, created_at);
create index asset_change_reports_reporter_id_idx on public.asset_change_reports (reporter_id, created_at);
create index asset_change_reports_resolved_by_idx on public.asset_change_reports (resolved_by);
create index asset_change_reports_open_idx on public.asset_change_reports (created_at)
  where resolved_at is null;
alter table public.asset_change_reports enable row level security;

create policy "Builders, leads and admins can read reports on visible assets" on public.asset_change_reports
  for select to authenticated using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id)
  );
create policy "Builders, leads and admins can close reports on visible assets" on public.asset_change_reports
  for update to authenticated
  using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id)
  )
  with check (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id)
  );
-- No insert policy: reports arrive only through report_asset_change, which limits their rate.

revoke all on public.asset_change_reports from anon, authenticated;
grant select, update on public.asset_change_reports to authenticated;

create trigger asset_change_reports_audit
  after insert or update or delete on public.asset_change_reports
  for each row execute function private.record_audit('report_id');

create view public.asset_change_report_list with (security_invoker = true) as
select r.report_id, r.asset_id, a.name as asset_name, r.message, r.created_at, r.resolved_at
from public.asset_change_reports r
join public.assets a on a.asset_id = r.asset_id;
comment on view public.asset_change_report_list is
  'Change reports the viewer may read, with the asset''s name; never who reported.';
revoke all on public.asset_change_report_list from anon, authenticated;
grant select on public.asset_change_report_list to authenticated;

create function public.report_asset_change(p_asset_id uuid, p_message text) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_reporter_id uuid := (select auth.uid());
  v_message text := btrim(coalesce(p_message, ''));
begin
  if char_length(v_message) = 0 then
    raise exception 'Say what has changed, e.g. "Now open on Saturdays".' using errcode = '22023';
  end if;
  if char_length(v_message) > 2000 then
    raise exception 'Keep the report to 2,000 characters (it has %).', char_length(v_message)
      using errcode = '22023';
  end if;
  -- Only an asset the public sees (or, for safeguarding and admins, a sensitive one they see):
  -- the same answer for a hidden place as for none, so a report reveals nothing.
  if not exists (
    select 1 from public.assets a
    where a.asset_id = p_asset_id and a.status = 'approved'
      and (not a.is_sensitive or (select private.has_any_role('{safeguarding,admin}')))
  ) then
    raise exception 'There is no public asset with that id.' using errcode = 'P0002';
  end if;
  if v_reporter_id is null then
    if (
      select count(*) from public.asset_change_reports r
      where r.asset_id = p_asset_id and r.reporter_id is null and r.created_at > now() - interval '1 hour'
    ) >= 5 then
      raise exception 'This asset has had several reports in the last hour. Thank you: please try again later.'
        using errcode = 'P0429';
    end if;
    if (
      select count(*) from public.asset_change_reports r
      where r.reporter_id is null and r.created_at > now() - interval '1 hour'
    ) >= 200 then
      raise exception 'Many reports have arrived in the last hour. Thank you: please try again later, or sign in.'
        using errcode = 'P0429';
    end if;
  elsif (
    select count(*) from public.asset_change_reports r
    where r.asset_id = p_asset_id and r.reporter_id = v_reporter_id and r.created_at > now() - interval '1 day'
  ) >= 3 then
    raise exception 'You have reported changes to this asset three times today. Thank you: a builder will look at them.'
      using errcode = 'P0429';
  end if;
  insert into public.asset_change_reports (asset_id, message, reporter_id)
  values (p_asset_id, v_message, v_reporter_id);
end
$$;
comment on function public.report_asset_change(uuid, text) is
  'Records a "report a change" from anyone. Security definer because reporters (anon too) may not read or insert reports, and the rate limit must count reports the caller cannot see: 5 an hour per asset and 200 an hour in all from people not signed in, 3 a day per asset per signed-in person; at most 2,000 characters; only for assets the public sees.';
revoke execute on function public.report_asset_change(uuid, text) from public;
grant execute on function public.report_asset_change(uuid, text) to anon, authenticated;

create function public.resolve_change_report(p_report_id uuid) returns void
language plpgsql security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators resolve change reports.'
      using errcode = '42501';
  end if;
  update public.asset_change_reports r
  set resolved_at = now(), resolved_by = (select auth.uid())
  where r.report_id = p_report_id and r.resolved_at is null;
  if not found then
    raise exception 'There is no open change report with that id.' using errcode = 'P0002';
  end if;
end
$$;
comment on function public.resolve_change_report(uuid) is
  'Closes a change report (builders, leads, admins); security invoker.';
revoke execute on function public.resolve_change_report(uuid) from public, anon;
grant execute on function public.resolve_change_report(uuid) to authenticated;

-- Merges a duplicate into the asset kept: the duplicate's connections, open change reports,
-- contact (when the kept asset has none) and workshop (when the kept asset has none) move to the
-- kept asset, and the duplicate is archived, "Merged into …", pointing at it. Every step is a
-- row write, so the audit log records it.
create function public.merge_assets(p_keep_id uuid, p_duplicate_id uuid)
returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_keep public.assets;
  v_duplicate public.assets;
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators can merge assets.'
      using errcode = '42501';
  end if;
  if p_keep_id = p_duplicate_id then
    raise exception 'An asset cannot be merged into itself.' using errcode = '22023';
  end if;
  -- In id order, so that two merges of the same pair cannot deadlock.
  perform 1 from public.assets a where a.asset_id in (p_keep_id, p_duplicate_id)
    order by a.asset_id for update;
  v_keep := private.lock_asset_for_change(p_keep_id, null);
  v_duplicate := private.lock_asset_for_change(p_duplicate_id, null);
  if v_keep.status in ('archived', 'rejected') then
    raise exception 'Keep an asset that stays on the map: "%" is %.', v_keep.name, v_keep.status
      using errcode = '22023';
  end if;
  if v_duplicate.status = 'archived' then
    raise exception '"%" is already archived.', v_duplicate.name using errcode = '22023';
  end if;

  -- Connections the kept asset already has, or that would join it to itself, go; the rest move.
  delete from public.asset_links l
  where (l.from_asset_id = p_duplicate_id
      and (l.to_asset_id = p_keep_id or exists (
        select 1 from public.asset_links k
        where k.from_asset_id = p_keep_id and k.to_asset_id = l.to_asset_id and k.relation = l.relation)))
    or (l.to_asset_id = p_duplicate_id
      and (l.from_asset_id = p_keep_id or exists (
        select 1 from public.asset_links k
        where k.to_asset_id = p_keep_id and k.from_asset_id = l.from_asset_id and k.relation = l.relation)));
  update public.asset_links l set from_asset_id = p_keep_id where l.from_asset_id = p_duplicate_id;
  update public.asset_links l set to_asset_id = p_keep_id where l.to_asset_id = p_duplicate_id;

  update public.asset_change_reports r set asset_id = p_keep_id
  where r.asset_id = p_duplicate_id and r.resolved_at is null;

  if not exists (select 1 from public.asset_contacts c where c.asset_id = p_keep_id) then
    update public.asset_contacts c set asset_id = p_keep_id where c.asset_id = p_duplicate_id;
  end if;

  if v_keep.workshop_id is null and v_duplicate.workshop_id is not null then
    update public.assets a set workshop_id = v_duplicate.workshop_id where a.asset_id = p_keep_id;
  end if;

  update public.assets a set
    status = 'archived',
    status_reason = left('Merged into ' || v_keep.name, 1000),
    merged_into = p_keep_id
  where a.asset_id = p_duplicate_id;

  return query select l.* from public.asset_list l where l.asset_id = p_keep_id;
end
$$;
comment on function public.merge_assets(uuid, uuid) is
  'Merges a duplicate into the asset kept (builders, leads, admins): links, open reports, contact and workshop move; the duplicate is archived. Security invoker.';
revoke execute on function public.merge_assets(uuid, uuid) from public, anon;
grant execute on function public.merge_assets(uuid, uuid) to authenticated;

-- An asset's history from the audit log: when, who (a display name), what kind of write, and
-- which fields; never a value. Bookkeeping columns are left out; a change of the private contact
-- shows as the field "contact".
create function public.asset_history(p_asset_id uuid)
returns table (occurred_at timestamptz, actor text, action text, changed_columns text[])
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  -- A sensitive place is hidden (as if it did not exist) from all but safeguarding and admins;
  -- an ordinary asset's history is for builders, leads and admins.
  if not exists (
    select 1 from public.assets a
    where a.asset_id = p_asset_id
      and (not a.is_sensitive or (select private.has_any_role('{safeguarding,admin}')))
  ) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if not exists (
    select 1 from public.assets a
    where a.asset_id = p_asset_id
      and (a.is_sensitive or (select private.has_any_role('{builder,lead,admin}')))
  ) then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  return query
  select
    l.occurred_at,
    case
      when u.id is null then 'Someone'
      else coalesce(
        nullif(btrim(u.raw_user_meta_data ->> 'display_name'), ''),
        nullif(btrim(u.raw_user_meta_data ->> 'full_name'), ''),
        nullif(split_part(u.email, '@', 1), ''),
        'Someone')
    end,
    case when l.table_name = 'public.asset_contacts' then 'update' else l.action end,
    case when l.table_name = 'public.asset_contacts' then array['contact']
      else array(
        select c from unnest(l.changed_columns) as c
        where c <> all (array['asset_id', 'client_id', 'programme_id', 'created_by', 'created_at',
          'updated_by', 'updated_at', 'version'])
        order by c)
    end
  from public.audit_log l
  left join auth.users u on u.id = l.actor_id
  where l.table_name in ('public.assets', 'public.asset_contacts') and l.row_id = p_asset_id::text
  order by l.occurred_at, l.audit_id;
end
$$;
comment on function public.asset_history(uuid) is
  'An asset''s history for its reviewers. Security definer because the audit log is readable by admins only; it checks that the caller reviews assets and may see this one (sensitive places: safeguarding and admins), and returns times, a display name, the action and column names, never values.';
revoke execute on function public.asset_history(uuid) from public, anon;
grant execute on function public.asset_history(uuid) to authenticated;
