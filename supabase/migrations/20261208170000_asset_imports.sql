-- Asset imports (issue #16; docs/imports.md). A file's rows are staged in batches, each row checked
-- by the same rules as a typed asset (text, kind, subtype, region, programme rights, sensitive
-- places), then published into public.assets in short, idempotent batches, and undone later as a
-- whole. Every call is bounded, so no statement outlives the API's statement timeout: inserting an
-- asset costs about 0.6 ms with its triggers (audit, ward, programme, notification), so 100,000
-- rows cannot go live in one statement under Supabase's 8 s.

insert into private.capabilities (capability, role) values
  -- Bring a file of assets in, and undo it later.
  ('import_assets', 'builder'), ('import_assets', 'admin');

insert into private.limits (name, value, description) values
  ('asset_import_rows', 200000, 'Rows one asset import may hold.'),
  ('asset_import_batch_rows', 5000, 'Rows one call may stage, publish or undo.'),
  ('asset_imports_open_per_person', 20,
   'Imports a person may have staged and neither published nor discarded.');

create type public.asset_import_status as enum ('staging', 'publishing', 'live', 'undone', 'discarded');

create table public.asset_imports (
  import_id uuid primary key,
  created_by uuid not null,
  file_name text not null check (char_length(file_name) between 1 and 200),
  status public.asset_import_status not null default 'staging',
  created_at timestamptz not null default now(),
  published_at timestamptz,
  undone_at timestamptz
);
comment on table public.asset_imports is
  'A file of assets brought in by a person: staged, published in batches, undone as a whole. Written only through the import functions.';
create index asset_imports_created_by_idx on public.asset_imports (created_by);
alter table public.asset_imports enable row level security;
create policy "People read their own imports" on public.asset_imports
  for select to authenticated using (created_by = (select auth.uid()));
revoke all on public.asset_imports from anon, authenticated;
grant select on public.asset_imports to authenticated;
create trigger asset_imports_audit after insert or update or delete on public.asset_imports
  for each row execute function private.record_audit('import_id');

create table public.asset_import_rows (
  import_id uuid not null references public.asset_imports on delete cascade,
  row_number integer not null check (row_number between 1 and 1000000),
  -- The asset's client id: the same row of the same import is always the same asset.
  client_id uuid not null unique,
  -- The row as sent, so that sending it again is recognised (and other content refused).
  content jsonb not null,
  status text not null check (status in ('ok', 'warning', 'refused')),
  reason text,
  name text,
  kind public.asset_kind,
  subtype text,
  description text not null default '',
  contact text,
  website text,
  opening_times text not null default '',
  accessibility text not null default '',
  tags text[] not null default '{}',
  is_sensitive boolean not null default false,
  point extensions.geometry(Point, 4326),
  programme_id uuid,
  duplicate_of uuid[] not null default '{}',
  asset_id uuid,
  primary key (import_id, row_number)
);
comment on table public.asset_import_rows is
  'One row of an import as checked: ok, warning (imported, with a note) or refused (with the reason); asset_id once published.';
create index asset_import_rows_unpublished_idx on public.asset_import_rows (import_id, row_number)
  where asset_id is null and status <> 'refused';
-- For the likely duplicates within a file.
create index asset_import_rows_point_idx on public.asset_import_rows using gist (point);
alter table public.asset_import_rows enable row level security;
create policy "People read the rows of their own imports" on public.asset_import_rows
  for select to authenticated using (exists (
    select 1 from public.asset_imports i
    where i.import_id = asset_import_rows.import_id and i.created_by = (select auth.uid())));
revoke all on public.asset_import_rows from anon, authenticated;
grant select on public.asset_import_rows to authenticated;

-- The caller's import, locked for the call; refused when it is someone else's or missing.
create function private.own_asset_import(p_import_id uuid) returns public.asset_imports
language plpgsql security definer set search_path = ''
as $$
declare
  v_import public.asset_imports;
begin
  select i.* into v_import from public.asset_imports i
  where i.import_id = p_import_id and i.created_by = (select auth.uid())
  for update;
  if v_import.import_id is null then
    raise exception 'There is no such import of yours.' using errcode = 'P0404';
  end if;
  return v_import;
end
$$;
comment on function private.own_asset_import(uuid) is
  'The caller''s own import, locked. Security definer: the import functions run as the owner and must find the row whatever the caller''s grants; it matches created_by to the caller.';
revoke execute on function private.own_asset_import(uuid) from public;

create function private.check_import_batch(p_rows integer) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is null or not private.can_anywhere('import_assets') then
    raise exception 'Only community builders and administrators import assets.' using errcode = '42501';
  end if;
  if p_rows is null or p_rows not between 1 and private.limit_value('asset_import_batch_rows') then
    raise exception 'Send 1 to % rows at a time.',
      to_char(private.limit_value('asset_import_batch_rows'), 'FM999,999') using errcode = '22023';
  end if;
end
$$;
comment on function private.check_import_batch(integer) is
  'Refuses a caller who may not import, and a batch past the limit. Security definer: it reads private.limits, which callers cannot read; it answers only about the caller.';
revoke execute on function private.check_import_batch(integer) from public;

-- One row checked by the rules a typed asset meets (create_asset's own checks, called here), as
-- the columns to stage; a broken rule raises its message, which the caller keeps as the reason.
create function private.checked_import_row(p_row jsonb) returns public.asset_import_rows
language plpgsql stable security definer set search_path = ''
as $$
declare
  v public.asset_import_rows;
  v_kind text := nullif(btrim(p_row ->> 'kind'), '');
  v_postcode text := nullif(btrim(p_row ->> 'postcode'), '');
begin
  v.name := btrim(p_row ->> 'name');
  v.description := coalesce(p_row ->> 'description', '');
  v.opening_times := coalesce(p_row ->> 'opening_times', '');
  v.accessibility := coalesce(p_row ->> 'accessibility', '');
  v.website := nullif(btrim(p_row ->> 'website'), '');
  v.contact := nullif(btrim(p_row ->> 'contact'), '');
  perform private.check_asset_text(v.name, v.description, v.opening_times, v.accessibility,
    v.website, v.contact);
  if v_kind is null then
    raise exception 'Say what kind of asset it is.' using errcode = '22023';
  end if;
  if not exists (select 1 from unnest(enum_range(null::public.asset_kind)) k where k::text = v_kind) then
    raise exception 'There is no kind "%".', left(v_kind, 40) using errcode = '22023';
  end if;
  v.kind := v_kind::public.asset_kind;
  if v.kind = 'individual' then
    raise exception 'People''s gifts and skills are not pinned on the map: residents offer them themselves.'
      using errcode = '22023';
  end if;
  v.subtype := nullif(btrim(p_row ->> 'subtype'), '');
  if v.subtype is not null and not exists (
    select 1 from public.asset_subtypes s where s.code = v.subtype and s.kind = v.kind and s.is_active)
  then
    raise exception 'There is no subtype "%" of this kind.', left(v.subtype, 40) using errcode = '22023';
  end if;
  if jsonb_typeof(p_row -> 'tags') = 'array' then
    v.tags := private.normalise_tags(array(select jsonb_array_elements_text(p_row -> 'tags')));
  end if;
  if p_row ? 'lng' or p_row ? 'lat' then
    v.point := private.region_point((p_row ->> 'lng')::double precision, (p_row ->> 'lat')::double precision);
  elsif v_postcode is not null then
    select p.point into v.point from public.postcodes p
    where p.postcode = (select l.postcode from public.lookup_postcode(v_postcode) l);
    if v.point is null then
      raise exception 'The postcode % is not in the region.', left(upper(v_postcode), 10)
        using errcode = '22023';
    end if;
  else
    raise exception 'Give the place: longitude and latitude, easting and northing, or a postcode.'
      using errcode = '22023';
  end if;
  -- As create_asset: a ward no programme covers belongs to the first programme.
  v.programme_id := private.programme_at(v.point, '00000000-0000-4000-8000-000000000001');
  if v.programme_id is null or not private.can('import_assets', v.programme_id) then
    raise exception 'The place is outside the areas you may import into.' using errcode = '42501';
  end if;
  v.is_sensitive := coalesce((p_row ->> 'is_sensitive')::boolean, false);
  if v.is_sensitive and not private.can('curate_sensitive_places', v.programme_id) then
    raise exception 'Only safeguarding officers and admins can add a sensitive place.'
      using errcode = '42501';
  end if;
  v.status := 'ok';
  return v;
end
$$;
comment on function private.checked_import_row(jsonb) is
  'One import row checked by a typed asset''s rules, as the columns to stage. Security definer: it reads subtypes, postcodes and the caller''s rights in the row''s programme as create_asset does; it returns only what the row said and where it is.';
revoke execute on function private.checked_import_row(jsonb) from public;

create function public.stage_asset_import_rows(p_import_id uuid, p_file_name text, p_rows jsonb)
returns table (row_number integer, status text, reason text, duplicate_of uuid[])
language plpgsql security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_import public.asset_imports;
  v_row jsonb;
  v_number integer;
  v_checked public.asset_import_rows;
  v_numbers integer[] := '{}';
  -- The rows this call stages (a row sent again keeps its first answer).
  v_new integer[] := '{}';
  v_reason text;
begin
  if jsonb_typeof(p_rows) is distinct from 'array' then
    raise exception 'The rows must be a JSON array.' using errcode = '22023';
  end if;
  perform private.check_import_batch(jsonb_array_length(p_rows));
  if p_import_id is null then
    raise exception 'The import needs its client-made id.' using errcode = '22023';
  end if;
  if not exists (select 1 from public.asset_imports i where i.import_id = p_import_id) then
    -- One opener at a time per person, so that two calls cannot both pass the count.
    perform pg_advisory_xact_lock(hashtextextended('asset imports ' || (select auth.uid())::text, 0));
    if (select count(*) from public.asset_imports i
        where i.created_by = (select auth.uid()) and i.status = 'staging')
      >= private.limit_value('asset_imports_open_per_person')
    then
      raise exception 'You have % imports not yet published: publish or discard one first.',
        private.limit_value('asset_imports_open_per_person') using errcode = 'P0429';
    end if;
    insert into public.asset_imports (import_id, created_by, file_name)
    values (p_import_id, (select auth.uid()),
      coalesce(nullif(left(btrim(p_file_name), 200), ''), 'Untitled'))
    on conflict (import_id) do nothing;
  end if;
  v_import := private.own_asset_import(p_import_id);
  for v_row in select value from jsonb_array_elements(p_rows) loop
    v_number := case when jsonb_typeof(v_row -> 'row') = 'number' then (v_row ->> 'row')::integer end;
    if v_number is null or v_number not between 1 and 1000000 then
      raise exception 'Each row needs its row number (1 to 1,000,000).' using errcode = '22023';
    end if;
    v_numbers := v_numbers || v_number;
    if exists (select 1 from public.asset_import_rows r
        where r.import_id = p_import_id and r.row_number = v_number) then
      if not exists (select 1 from public.asset_import_rows r
          where r.import_id = p_import_id and r.row_number = v_number and r.content = v_row) then
        raise exception 'Row % was staged before with other content.', v_number using errcode = 'P0422';
      end if;
      continue;
    end if;
    if v_import.status <> 'staging' then
      raise exception 'This import is % and takes no more rows.', v_import.status using errcode = '22023';
    end if;
    begin
      v_checked := private.checked_import_row(v_row);
      v_reason := null;
    exception when others then
      v_checked := null;
      v_reason := sqlerrm;
    end;
    v_new := v_new || v_number;
    insert into public.asset_import_rows as r (
      import_id, row_number, client_id, content, status, reason, name, kind, subtype, description,
      contact, website, opening_times, accessibility, tags, is_sensitive, point, programme_id)
    values (
      p_import_id, v_number,
      md5(p_import_id::text || ':' || v_number)::uuid,
      v_row,
      case when v_reason is null then 'ok' else 'refused' end,
      v_reason,
      v_checked.name, v_checked.kind, v_checked.subtype, coalesce(v_checked.description, ''),
      v_checked.contact, v_checked.website, coalesce(v_checked.opening_times, ''),
      coalesce(v_checked.accessibility, ''), coalesce(v_checked.tags, '{}'),
      coalesce(v_checked.is_sensitive, false), v_checked.point, v_checked.programme_id);
  end loop;
  if (select count(*) from public.asset_import_rows r where r.import_id = p_import_id)
    > private.limit_value('asset_import_rows')
  then
    raise exception 'An import holds at most % rows: split the file.',
      to_char(private.limit_value('asset_import_rows'), 'FM999,999') using errcode = '22023';
  end if;
  -- Likely duplicates among the assets the importer may see: within 50 m, and of the same kind or
  -- with a similar name. Imported, with a warning naming them.
  update public.asset_import_rows r
  set status = 'warning', duplicate_of = d.ids,
    reason = 'Possibly the same as ' || d.names || ' (within 50 m).'
  from (
    select r2.row_number,
      array_agg(a.asset_id order by a.asset_id) as ids,
      string_agg(distinct '"' || a.name || '"', ', ') as names
    from public.asset_import_rows r2
    join public.assets a
      on extensions.st_dwithin(a.point::extensions.geography, r2.point::extensions.geography, 50)
      and a.status in ('approved', 'pending')
      and (a.kind = r2.kind or private.name_similarity(a.name, r2.name) >= 0.4)
      and private.can_see_asset(a)
    where r2.import_id = p_import_id and r2.row_number = any (v_new) and r2.status = 'ok'
    group by r2.row_number
  ) d
  where r.import_id = p_import_id and r.row_number = d.row_number;
  -- And the same within the file: a row like an earlier row of the import.
  update public.asset_import_rows r
  set status = 'warning',
    reason = concat_ws(' ', r.reason, 'Possibly the same as row ' || d.earlier || ' (within 50 m).')
  from (
    select r2.row_number, min(e.row_number) as earlier
    from public.asset_import_rows r2
    join public.asset_import_rows e
      on e.import_id = r2.import_id and e.row_number < r2.row_number and e.status <> 'refused'
      -- The box (in degrees, a little larger than 50 m below 89°) lets the GiST index find the
      -- neighbours; the sphere decides.
      and e.point operator(extensions.&&) extensions.st_expand(r2.point,
        50 / (111000 * greatest(cos(radians(extensions.st_y(r2.point))), 0.01)), 50.0 / 111000)
      and extensions.st_dwithin(e.point::extensions.geography, r2.point::extensions.geography, 50)
      and (e.kind = r2.kind or private.name_similarity(e.name, r2.name) >= 0.4)
    where r2.import_id = p_import_id and r2.row_number = any (v_new) and r2.status <> 'refused'
    group by r2.row_number
  ) d
  where r.import_id = p_import_id and r.row_number = d.row_number;
  return query
  select r.row_number, r.status, r.reason, r.duplicate_of from public.asset_import_rows r
  where r.import_id = p_import_id and r.row_number = any (v_numbers)
  order by r.row_number;
end
$$;
comment on function public.stage_asset_import_rows(uuid, text, jsonb) is
  'Stages a batch of an import''s rows (opening the import on its first call), each checked by the rules of a typed asset; idempotent on (import, row): the same row again gets the same answer, other content is refused (P0422). Security definer: no API role writes the import tables; it checks the caller may import, and where.';
revoke execute on function public.stage_asset_import_rows(uuid, text, jsonb) from public;
grant execute on function public.stage_asset_import_rows(uuid, text, jsonb) to authenticated, service_role;

create function public.publish_asset_import(p_import_id uuid, p_skip_refused boolean default false)
returns table (published integer, remaining integer, status public.asset_import_status)
language plpgsql security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_import public.asset_imports;
  v_batch integer := private.limit_value('asset_import_batch_rows') / 5;
  v_rows integer[];
  v_published integer;
begin
  perform private.check_import_batch(1);
  v_import := private.own_asset_import(p_import_id);
  if v_import.status not in ('staging', 'publishing') then
    raise exception 'This import is %: there is nothing to publish.', v_import.status using errcode = '22023';
  end if;
  if v_import.status = 'staging' and not coalesce(p_skip_refused, false) and exists (
    select 1 from public.asset_import_rows r where r.import_id = p_import_id and r.status = 'refused')
  then
    raise exception 'Some rows were refused: correct them, or publish the others only.'
      using errcode = '22023';
  end if;
  -- The next batch; every check below touches its rows only, so a call costs the same at the
  -- first batch as at the last.
  select coalesce(array_agg(r.row_number), '{}') into v_rows from (
    select r.row_number from public.asset_import_rows r
    where r.import_id = p_import_id and r.asset_id is null and r.status <> 'refused'
    order by r.row_number
    limit v_batch
  ) r;
  -- Rights are checked again, as they may have changed since the rows were staged.
  with batch as (
    select r.* from public.asset_import_rows r
    where r.import_id = p_import_id and r.row_number = any (v_rows)
  ), allowed as (
    select b.* from batch b
    where private.can('import_assets', b.programme_id)
      and (not b.is_sensitive or private.can('curate_sensitive_places', b.programme_id))
  ), inserted as (
    insert into public.assets (
      client_id, name, kind, description, point, status, is_sensitive, created_by, subtype,
      opening_times, accessibility, website, tags)
    select a.client_id, a.name, a.kind, a.description, a.point,
      case when a.is_sensitive or private.can('edit_assets', a.programme_id) then 'approved'
        else 'pending' end::public.asset_status,
      a.is_sensitive, (select auth.uid()), a.subtype, a.opening_times, a.accessibility,
      a.website, a.tags
    from allowed a
    on conflict (client_id) do nothing
    returning asset_id, client_id
  ), contacts as (
    insert into public.asset_contacts (asset_id, contact, updated_by)
    select i.asset_id, a.contact, (select auth.uid())
    from inserted i join allowed a on a.client_id = i.client_id
    where a.contact is not null
  )
  update public.asset_import_rows r
  set asset_id = i.asset_id
  from inserted i
  where r.client_id = i.client_id;
  get diagnostics v_published = row_count;
  -- A row whose id another asset holds already (nobody could have published it but this call,
  -- which links what it inserts) is refused rather than retried for ever.
  update public.asset_import_rows r
  set status = 'refused', reason = 'Another asset holds this row''s id: import the file again.'
  where r.import_id = p_import_id and r.row_number = any (v_rows) and r.asset_id is null
    and exists (select 1 from public.assets a where a.client_id = r.client_id);
  update public.asset_import_rows r
  set status = 'refused', reason = 'Your rights changed before it was published.'
  where r.import_id = p_import_id and r.row_number = any (v_rows) and r.asset_id is null
    and r.status <> 'refused'
    and (not private.can('import_assets', r.programme_id)
      or (r.is_sensitive and not private.can('curate_sensitive_places', r.programme_id)));
  return query
  with left_over as (
    select count(*)::integer as n from public.asset_import_rows r
    where r.import_id = p_import_id and r.asset_id is null and r.status <> 'refused'
  )
  update public.asset_imports i
  set status = case when l.n = 0 then 'live' else 'publishing' end::public.asset_import_status,
    published_at = case when l.n = 0 then now() end
  from left_over l
  where i.import_id = p_import_id
  returning v_published, l.n, i.status;
end
$$;
comment on function public.publish_asset_import(uuid, boolean) is
  'Publishes the next batch of an import''s checked rows as assets (approved where the importer may edit assets, pending for review elsewhere, through the assets'' own triggers: audit, ward, limits); call again until remaining is 0, when the import is live. Idempotent. Refuses while rows are refused unless p_skip_refused. Security definer: no API role inserts into assets directly.';
revoke execute on function public.publish_asset_import(uuid, boolean) from public;
grant execute on function public.publish_asset_import(uuid, boolean) to authenticated, service_role;

create function public.undo_asset_import(p_import_id uuid)
returns table (archived integer, remaining integer, status public.asset_import_status)
language plpgsql security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_import public.asset_imports;
  v_archived integer;
begin
  perform private.check_import_batch(1);
  v_import := private.own_asset_import(p_import_id);
  if v_import.status = 'staging' then
    update public.asset_imports i set status = 'discarded' where i.import_id = p_import_id;
    delete from public.asset_import_rows r where r.import_id = p_import_id;
    return query select 0, 0, 'discarded'::public.asset_import_status;
    return;
  end if;
  if v_import.status not in ('publishing', 'live') then
    raise exception 'This import is % already.', v_import.status using errcode = '22023';
  end if;
  with batch as (
    select a.asset_id from public.asset_import_rows r
    join public.assets a on a.asset_id = r.asset_id
    where r.import_id = p_import_id and a.status <> 'archived'
    order by r.row_number
    limit private.limit_value('asset_import_batch_rows') / 5
  )
  update public.assets a
  set status = 'archived', status_reason = 'The import of "' || v_import.file_name || '" was undone.',
    version = a.version + 1, updated_by = (select auth.uid()), updated_at = now()
  from batch b
  where a.asset_id = b.asset_id;
  get diagnostics v_archived = row_count;
  return query
  with left_over as (
    select count(*)::integer as n from public.asset_import_rows r
    join public.assets a on a.asset_id = r.asset_id
    where r.import_id = p_import_id and a.status <> 'archived'
  )
  update public.asset_imports i
  set status = case when l.n = 0 then 'undone' else i.status end::public.asset_import_status,
    undone_at = case when l.n = 0 then now() end
  from left_over l
  where i.import_id = p_import_id
  returning v_archived, l.n, i.status;
end
$$;
comment on function public.undo_asset_import(uuid) is
  'Discards a staged import, or archives the next batch of a published one''s assets (with the reason, kept in their history); call again until remaining is 0, when the import is undone. Security definer: no API role updates assets directly; only the importer, while they may import.';
revoke execute on function public.undo_asset_import(uuid) from public;
grant execute on function public.undo_asset_import(uuid) to authenticated, service_role;
