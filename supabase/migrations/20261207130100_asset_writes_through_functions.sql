-- Assets, their private contacts and their connections are written only through the functions.
--
-- Until now anyone signed in could insert and update public.assets (and asset_contacts,
-- asset_links) directly, and Row Level Security decided only *whether* they could, not *what*: a
-- builder could hand an asset to an accomplice (created_by, who then read its private contact),
-- overwrite a newer version without knowing it, set version = 999 or someone else as updated_by,
-- or pin a point in the South Atlantic. The rules (who may, the version, the region, the stamps)
-- live in create_asset, update_asset, set_asset_status, mark_asset_verified, merge_assets,
-- link_assets and unlink_assets, so the table privileges that went around them are revoked:
-- INSERT and UPDATE on assets, INSERT, UPDATE and DELETE on asset_contacts and asset_links.
-- DELETE on assets stays (only admins may, by policy; no function deletes assets).
--
-- Why security definer, and how the rights are kept: those functions were security invoker and
-- relied on the caller's table privileges and the insert/update policies. Without the privileges
-- they must write with their owner's rights, so each now checks the caller's right itself, with
-- private.can() in the asset's programme (for a new asset, the programme of the ward its point is
-- in), mirroring what the policies said: see private.can_see_asset (the select policies, used for
-- "there is no asset with that id" and for every row a function returns, so nothing hidden is
-- returned), private.can_change_asset (the update policies: reviewers edit ordinary assets,
-- safeguarding and admins sensitive ones, only admins make a sensitive place public again) and
-- the checks in create_asset (the insert policies). Column grants were the other way, but could
-- not check the version or stop a lost update, and SELECT … FOR UPDATE needs UPDATE privilege.
-- The insert and update policies on these tables (and delete on contacts and links) can no longer
-- apply to anyone, so they are dropped: the functions are now the only statement of those rules.
--
-- Whatever writes a row, the trigger stamps it while a person is acting (auth.uid() set): on insert
-- created_by is that person, created_at and updated_at now, version 1, updated_by empty; on update
-- client_id, created_by (unless its person is deleted) and created_at are kept, version goes up by
-- one, updated_by and updated_at are that person and now; and a point outside the region's wards
-- is refused. Maintenance as the database owner (imports, tests' fixtures) is not stamped.

revoke insert, update on public.assets from authenticated;
revoke insert, update, delete on public.asset_contacts from authenticated;
revoke insert, update, delete on public.asset_links from authenticated;

do $$
declare
  v_policy record;
begin
  for v_policy in
    select p.policyname, p.tablename from pg_catalog.pg_policies p
    where p.schemaname = 'public'
      and ((p.tablename = 'assets' and p.cmd in ('INSERT', 'UPDATE'))
        or (p.tablename in ('asset_contacts', 'asset_links') and p.cmd in ('INSERT', 'UPDATE', 'DELETE')))
  loop
    execute format('drop policy %I on public.%I', v_policy.policyname, v_policy.tablename);
  end loop;
end
$$;

-- The ward covering a point: on an edge shared by two wards, the first in the region's boundary
-- file (then by code), as the gap analysis counts it.
create function private.ward_at(p_point extensions.geometry) returns text
language sql stable security invoker set search_path = ''
as $$
  select w.ward_code from public.wards w
  where extensions.st_covers(w.geom, p_point)
  order by w.sort_order, w.ward_code
  limit 1
$$;
revoke execute on function private.ward_at(extensions.geometry) from public;
grant execute on function private.ward_at(extensions.geometry) to authenticated, service_role;

-- The programme an asset at this point belongs to: the one covering its ward, or p_otherwise
-- (what the row keeps when no programme covers the ward; see private.set_programme_from_ward).
create function private.programme_at(p_point extensions.geometry, p_otherwise uuid) returns uuid
language sql stable security invoker set search_path = ''
as $$
  select coalesce(private.programme_of_ward(private.ward_at(p_point)), p_otherwise)
$$;
revoke execute on function private.programme_at(extensions.geometry, uuid) from public;
grant execute on function private.programme_at(extensions.geometry, uuid) to authenticated, service_role;

-- Whether the acting person may see the asset: the select policies on public.assets, said with
-- capabilities. A sensitive place only for those who see sensitive places in its programme;
-- otherwise approved assets for everyone, an asset for the person who submitted it, for the
-- participants of the workshop it was captured in, and every asset for its programme's reviewers.
create function private.can_see_asset(p_asset public.assets) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select case
    when p_asset.is_sensitive then private.can('see_sensitive_places', p_asset.programme_id)
    else p_asset.status = 'approved'
      or p_asset.created_by = (select auth.uid())
      or private.can('review_assets', p_asset.programme_id)
      or (p_asset.workshop_id is not null and private.has_joined_workshop(p_asset.workshop_id))
  end
$$;
revoke execute on function private.can_see_asset(public.assets) from public;

-- Whether the acting person may change the asset so that it is (or stays) sensitive or not: its
-- programme's reviewers edit ordinary assets; safeguarding and admins edit sensitive places and
-- mark places they can see sensitive; only admins make a sensitive place public again.
create function private.can_change_asset(p_asset public.assets, p_sensitive_after boolean)
returns boolean
language sql stable security invoker set search_path = ''
as $$
  select case
    when p_asset.is_sensitive or coalesce(p_sensitive_after, false) then
      private.can('curate_sensitive_places', p_asset.programme_id)
      and private.can_see_asset(p_asset)
      and (coalesce(p_sensitive_after, false) or private.can('unmark_sensitive_places', p_asset.programme_id))
    else private.can('review_assets', p_asset.programme_id)
  end
$$;
revoke execute on function private.can_change_asset(public.assets, boolean) from public;

-- Whether the acting person reviews this asset (approves, rejects, archives, verifies, merges):
-- its programme's reviewers for an ordinary asset, safeguarding and admins for a sensitive place.
drop function private.can_review_asset(boolean);
create function private.can_review_asset(p_asset public.assets) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select private.can_change_asset(p_asset, p_asset.is_sensitive)
$$;
revoke execute on function private.can_review_asset(public.assets) from public;

-- Whether the acting person may read the asset's private contact (the select policies on
-- public.asset_contacts): its programme's reviewers, safeguarding for a sensitive place, and the
-- person who submitted it.
create function private.can_read_asset_contact(p_asset public.assets) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select private.can_see_asset(p_asset)
    and (private.can('review_assets', p_asset.programme_id)
      or (p_asset.is_sensitive and private.can('see_sensitive_places', p_asset.programme_id))
      or p_asset.created_by = (select auth.uid()))
$$;
revoke execute on function private.can_read_asset_contact(public.assets) from public;

-- The ward (and so the programme) from the point; the stamps (see the header) while a person acts.
create or replace function private.place_asset_in_ward() returns trigger
language plpgsql security invoker set search_path = ''
as $$
declare
  v_actor uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' or not extensions.st_orderingequals(new.point, old.point) then
    new.ward_code := private.ward_at(new.point);
    if new.ward_code is null and v_actor is not null then
      raise exception 'That place is outside the region''s wards.'
        using errcode = '22023', hint = 'Pin the asset inside the region.';
    end if;
  end if;
  if tg_op = 'INSERT' then
    if v_actor is not null then
      new.created_by := v_actor;
      new.created_at := now();
      new.updated_at := new.created_at;
      new.updated_by := null;
      new.version := 1;
    end if;
  else
    new.version := old.version + 1;
    new.updated_at := now();
    new.updated_by := v_actor;
    if v_actor is not null then
      new.client_id := old.client_id;
      new.created_at := old.created_at;
      -- Emptied only when its person is deleted (on delete set null), never given to another.
      if new.created_by is not null then
        new.created_by := old.created_by;
      end if;
    end if;
  end if;
  return new;
end
$$;

-- Locks the asset for a change by the caller, or says why not: P0002 when the caller cannot see
-- it (so a hidden place stays hidden), 42501 when they see it but may not change it, and P0409
-- with the current row as JSON in DETAIL (its contact only for those who may read it) when
-- someone saved it since `p_expected_version`. Called by the security definer functions below.
create or replace function private.lock_asset_for_change(p_asset_id uuid, p_expected_version integer)
returns public.assets
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_asset public.assets;
begin
  select a.* into v_asset from public.assets a where a.asset_id = p_asset_id for update;
  if v_asset.asset_id is null or not private.can_see_asset(v_asset) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if not (private.can_change_asset(v_asset, v_asset.is_sensitive) or private.can_change_asset(v_asset, true)) then
    raise exception 'Only community builders, network leads and administrators can change this asset.'
      using errcode = '42501';
  end if;
  if p_expected_version is not null and v_asset.version <> p_expected_version then
    raise exception 'Someone else saved this asset since you opened it.'
      using errcode = 'P0409',
        detail = (
          select case when private.can_read_asset_contact(v_asset) then to_jsonb(d)
            else jsonb_set(to_jsonb(d), '{contact}', 'null') end::text
          from public.asset_details d where d.asset_id = p_asset_id),
        hint = 'Their version is in the detail: keep it, or apply your changes again on top of it.';
  end if;
  return v_asset;
end
$$;

-- The region's point for [lng, lat], refused with a reason when it is not a coordinate or not in
-- the region. Unchanged but for the hint, which names no county.
create or replace function private.region_point(p_lng double precision, p_lat double precision)
returns extensions.geometry
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_point extensions.geometry;
begin
  if p_lng is null or p_lat is null or p_lng not between -180 and 180 or p_lat not between -90 and 90 then
    raise exception 'Coordinates % , % are not a longitude and latitude.', p_lng, p_lat
      using errcode = '22023';
  end if;
  v_point := extensions.st_setsrid(extensions.st_makepoint(p_lng, p_lat), 4326);
  if private.ward_at(v_point) is null then
    raise exception 'That place (%, %) is outside the region''s wards.',
      trim_scale(round(p_lng::numeric, 5)), trim_scale(round(p_lat::numeric, 5))
      using errcode = '22023', hint = 'Pin the asset inside the region.';
  end if;
  return v_point;
end
$$;

-- A field of update_asset's JSON as text, refused with a message naming it when it is not text.
create function private.json_text(p_changes jsonb, p_key text, p_field text) returns text
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  case jsonb_typeof(p_changes -> p_key)
    when 'string' then return p_changes ->> p_key;
    when 'null' then return null;
    else
      raise exception 'The % must be text, not %.', p_field, jsonb_typeof(p_changes -> p_key)
        using errcode = '22023';
  end case;
end
$$;
revoke execute on function private.json_text(jsonb, text, text) from public;
grant execute on function private.json_text(jsonb, text, text) to authenticated, service_role;

-- A coordinate of update_asset's JSON, refused with a message naming it when it is not a number.
create function private.json_number(p_changes jsonb, p_key text, p_field text) returns double precision
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if jsonb_typeof(p_changes -> p_key) is distinct from 'number' then
    raise exception 'The % must be a number, not %.', p_field,
      coalesce(jsonb_typeof(p_changes -> p_key), 'missing') using errcode = '22023';
  end if;
  return (p_changes ->> p_key)::double precision;
end
$$;
revoke execute on function private.json_number(jsonb, text, text) from public;
grant execute on function private.json_number(jsonb, text, text) to authenticated, service_role;

-- Adds an asset; a second call with the same client_id returns the first (idempotent replay), if
-- the caller may see it. Points outside the region are refused with a reason the form can show.
-- Anyone signed in submits a pending asset; the programme's editors (builders, admins) add
-- approved ones; safeguarding and admins add sensitive places, approved at once. An asset is
-- tagged only to a workshop the person has joined (or, for its programme's reviewers, any).
create or replace function public.create_asset(
  p_client_id uuid,
  p_name text,
  p_kind public.asset_kind,
  p_description text,
  p_lng double precision,
  p_lat double precision,
  p_is_sensitive boolean default false,
  p_subtype text default null,
  p_opening_times text default '',
  p_accessibility text default '',
  p_website text default null,
  p_tags text[] default '{}',
  p_contact text default null,
  p_workshop_id uuid default null
) returns setof public.asset_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_sensitive boolean := coalesce(p_is_sensitive, false);
  v_point extensions.geometry;
  v_programme_id uuid;
  v_tags text[];
  v_asset_id uuid;
begin
  if (select auth.uid()) is null then
    raise exception 'Sign in to add an asset.' using errcode = '42501';
  end if;
  if p_client_id is null then
    raise exception 'The submission needs its client id, so that a retry is not added twice.'
      using errcode = '22023';
  end if;
  if p_kind is null then
    raise exception 'Say what kind of asset it is.' using errcode = '22023';
  end if;
  if p_kind = 'individual' then
    raise exception 'People''s gifts and skills are not pinned on the map: residents offer them themselves, and the map shows only how many there are in each ward.'
      using errcode = '22023';
  end if;
  perform private.check_asset_text(p_name, p_description, p_opening_times, p_accessibility, p_website, p_contact);
  perform private.check_text_field(p_subtype, 'subtype', 100, false);
  v_tags := private.normalise_tags(p_tags);
  v_point := private.region_point(p_lng, p_lat);
  -- The column default: a row in a ward no programme covers keeps it.
  v_programme_id := private.programme_at(v_point, '00000000-0000-4000-8000-000000000001');
  if v_sensitive and not private.can('curate_sensitive_places', v_programme_id) then
    raise exception 'Only safeguarding officers and admins can add a sensitive place.'
      using errcode = '42501', hint = 'Add it as an ordinary asset, or ask a safeguarding officer.';
  end if;
  if p_workshop_id is not null and not exists (
    select 1 from public.workshops w
    where w.workshop_id = p_workshop_id
      and (private.has_joined_workshop(w.workshop_id) or private.can('review_assets', w.programme_id))
  ) then
    raise exception 'You have not joined that workshop, or it has been removed.'
      using errcode = '42501', hint = 'Join it with its code first.';
  end if;
  insert into public.assets (
    client_id, name, kind, description, point, status, is_sensitive, created_by, subtype,
    opening_times, accessibility, website, tags, workshop_id
  )
  values (
    p_client_id, btrim(p_name), p_kind, coalesce(p_description, ''), v_point,
    case
      when v_sensitive or private.can('edit_assets', v_programme_id) then 'approved'
      else 'pending'
    end::public.asset_status,
    v_sensitive,
    (select auth.uid()),
    nullif(btrim(p_subtype), ''),
    coalesce(p_opening_times, ''),
    coalesce(p_accessibility, ''),
    nullif(btrim(p_website), ''),
    v_tags,
    p_workshop_id
  )
  on conflict (client_id) do nothing
  returning asset_id into v_asset_id;
  -- Only the first submission writes the contact; a replay changes nothing.
  if v_asset_id is not null and nullif(btrim(p_contact), '') is not null then
    insert into public.asset_contacts (asset_id, contact, updated_by)
    values (v_asset_id, btrim(p_contact), (select auth.uid()));
  end if;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where a.client_id = p_client_id and private.can_see_asset(a);
end
$$;
comment on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean, text, text, text, text, text[], text, uuid) is
  'Adds an asset idempotently (client_id). Security definer because nobody may insert into public.assets directly (so that the owner, status, stamps and region are the database''s): it checks the caller''s rights itself with private.can in the programme of the point''s ward, and returns the row only if the caller may see it.';

-- Saves an edit made from version `p_expected_version`. `p_changes` holds only the fields that
-- changed, by column name: name, kind, subtype, description, opening_times, accessibility,
-- website, contact (text or null), tags (a list of text), is_sensitive (true or false), and lng
-- with lat (numbers: a move; the ward follows). Every save makes a new version, so the other
-- person's next save is refused (P0409) and they see this one; theirs is not lost, they apply it
-- again on top.
create or replace function public.update_asset(p_asset_id uuid, p_expected_version integer, p_changes jsonb)
returns setof public.asset_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_old public.assets;
  v_asset public.assets;
  v_unknown text;
  v_point extensions.geometry;
  v_contact text;
  v_kind public.asset_kind;
  v_kind_name text;
  v_lng double precision;
  v_lat double precision;
begin
  if p_expected_version is null then
    raise exception 'Say which version of the asset the edit started from.' using errcode = '22023';
  end if;
  if p_changes is null or jsonb_typeof(p_changes) <> 'object' then
    raise exception 'The changes must be a JSON object of field names and values.' using errcode = '22023';
  end if;
  select string_agg(k, ', ') into v_unknown
  from jsonb_object_keys(p_changes) k
  where k <> all (array['name', 'kind', 'subtype', 'description', 'opening_times', 'accessibility',
    'website', 'tags', 'contact', 'is_sensitive', 'lng', 'lat']);
  if v_unknown is not null then
    raise exception 'These fields cannot be changed here: %.', v_unknown using errcode = '22023';
  end if;
  if (p_changes ? 'lng') <> (p_changes ? 'lat') then
    raise exception 'A move needs both the longitude and the latitude.' using errcode = '22023';
  end if;
  if p_changes ? 'lng' then
    v_lng := private.json_number(p_changes, 'lng', 'longitude');
    v_lat := private.json_number(p_changes, 'lat', 'latitude');
  end if;
  if p_changes ? 'tags' then
    if jsonb_typeof(p_changes -> 'tags') <> 'array' then
      raise exception 'Tags must be a list.' using errcode = '22023';
    end if;
    if exists (select 1 from jsonb_array_elements(p_changes -> 'tags') t where jsonb_typeof(t) <> 'string') then
      raise exception 'Each tag must be text.' using errcode = '22023';
    end if;
  end if;
  if p_changes ? 'is_sensitive' and jsonb_typeof(p_changes -> 'is_sensitive') not in ('boolean', 'null') then
    raise exception 'Whether the place is sensitive must be true or false.' using errcode = '22023';
  end if;
  if p_changes ? 'kind' then
    v_kind_name := private.json_text(p_changes, 'kind', 'kind');
    if v_kind_name is null or v_kind_name <> all (enum_range(null::public.asset_kind)::text[]) then
      raise exception 'There is no kind of asset called %.', coalesce(v_kind_name, 'null')
        using errcode = '22023';
    end if;
    v_kind := v_kind_name::public.asset_kind;
    if v_kind = 'individual' then
      raise exception 'People''s gifts and skills are not pinned on the map: residents offer them themselves, and the map shows only how many there are in each ward.'
        using errcode = '22023';
    end if;
  end if;

  v_old := private.lock_asset_for_change(p_asset_id, p_expected_version);
  v_asset := v_old;

  if p_changes ? 'name' then v_asset.name := btrim(private.json_text(p_changes, 'name', 'name')); end if;
  if p_changes ? 'kind' then v_asset.kind := v_kind; end if;
  if p_changes ? 'subtype' then
    v_asset.subtype := nullif(btrim(private.json_text(p_changes, 'subtype', 'subtype')), '');
    perform private.check_text_field(v_asset.subtype, 'subtype', 100, false);
  end if;
  if p_changes ? 'description' then
    v_asset.description := coalesce(private.json_text(p_changes, 'description', 'description'), '');
  end if;
  if p_changes ? 'opening_times' then
    v_asset.opening_times := coalesce(private.json_text(p_changes, 'opening_times', 'opening times'), '');
  end if;
  if p_changes ? 'accessibility' then
    v_asset.accessibility := coalesce(private.json_text(p_changes, 'accessibility', 'accessibility notes'), '');
  end if;
  if p_changes ? 'website' then
    v_asset.website := nullif(btrim(private.json_text(p_changes, 'website', 'website')), '');
  end if;
  if p_changes ? 'tags' then
    v_asset.tags := private.normalise_tags(array(select jsonb_array_elements_text(p_changes -> 'tags')));
  end if;
  if p_changes ? 'is_sensitive' then
    v_asset.is_sensitive := coalesce((p_changes ->> 'is_sensitive')::boolean, false);
  end if;
  if p_changes ? 'contact' then
    v_contact := nullif(btrim(private.json_text(p_changes, 'contact', 'contact')), '');
  end if;
  perform private.check_asset_text(v_asset.name, v_asset.description, v_asset.opening_times,
    v_asset.accessibility, v_asset.website, v_contact);
  if p_changes ? 'lng' then
    v_point := private.region_point(v_lng, v_lat);
    v_asset.programme_id := private.programme_at(v_point, v_old.programme_id);
  end if;

  -- The right to make this change, in the asset's programme and, for a move into another
  -- programme's ward, in that one too.
  if not private.can_change_asset(v_old, v_asset.is_sensitive)
    or (v_asset.programme_id <> v_old.programme_id
      and not private.can_change_asset(v_asset, v_asset.is_sensitive)) then
    raise exception '%', case
      when v_asset.is_sensitive and not v_old.is_sensitive
        then 'Only safeguarding officers and admins can mark a place sensitive.'
      when v_old.is_sensitive and not v_asset.is_sensitive
        then 'Only administrators can make a sensitive place public again.'
      else 'Only community builders, network leads and administrators can change this asset.'
    end using errcode = '42501';
  end if;

  -- Always written, so that even a change of the contact alone makes a new version.
  update public.assets a set
    name = v_asset.name,
    kind = v_asset.kind,
    subtype = v_asset.subtype,
    description = v_asset.description,
    opening_times = v_asset.opening_times,
    accessibility = v_asset.accessibility,
    website = v_asset.website,
    tags = v_asset.tags,
    is_sensitive = v_asset.is_sensitive,
    point = coalesce(v_point, a.point)
  where a.asset_id = p_asset_id;

  if p_changes ? 'contact' then
    if v_contact is null then
      delete from public.asset_contacts c where c.asset_id = p_asset_id;
    else
      insert into public.asset_contacts as c (asset_id, contact, updated_by)
      values (p_asset_id, v_contact, (select auth.uid()))
      on conflict (asset_id) do update
        set contact = excluded.contact, updated_at = now(), updated_by = (select auth.uid())
        where c.contact is distinct from excluded.contact;
    end if;
  end if;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where l.asset_id = p_asset_id and private.can_see_asset(a);
end
$$;
comment on function public.update_asset(uuid, integer, jsonb) is
  'Saves an edit (or a move) made from a given version; refuses a stale one with SQLSTATE P0409 and the current row as JSON in DETAIL. Security definer because nobody may update public.assets or asset_contacts directly (so that no edit skips the version): it checks the caller''s right itself (private.can_change_asset, in the asset''s programme and the one it moves to).';

-- Curation: approve (pending or rejected → approved; verified today), reject with a reason
-- (pending → rejected), archive (optionally with a reason), restore (archived → approved).
create or replace function public.set_asset_status(
  p_asset_id uuid,
  p_expected_version integer,
  p_status public.asset_status,
  p_reason text default null
) returns setof public.asset_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_asset public.assets;
  v_reason text := nullif(btrim(coalesce(p_reason, '')), '');
begin
  if private.programmes_where('review_assets') = '{}'
    and private.programmes_where('curate_sensitive_places') = '{}' then
    raise exception 'Only community builders, network leads and administrators can approve, reject, archive or restore assets.'
      using errcode = '42501';
  end if;
  v_asset := private.lock_asset_for_change(p_asset_id, p_expected_version);
  if not private.can_review_asset(v_asset) then
    raise exception 'Only community builders, network leads and administrators can approve, reject, archive or restore assets.'
      using errcode = '42501';
  end if;
  perform private.check_text_field(v_reason, 'reason', 1000, true);
  if p_status is null or p_status = 'pending' then
    raise exception 'An asset can be approved, rejected, archived or restored, not sent back to pending.'
      using errcode = '22023';
  elsif p_status = v_asset.status then
    raise exception 'The asset is already %.', p_status using errcode = '22023';
  elsif p_status = 'rejected' and v_asset.status <> 'pending' then
    raise exception 'Only a pending asset can be rejected; archive it instead.' using errcode = '22023';
  elsif p_status = 'rejected' and (v_reason is null or private.is_blank(v_reason)) then
    raise exception 'Say why the asset is rejected: the person who submitted it will see the reason.'
      using errcode = '22023';
  end if;
  update public.assets a set
    status = p_status,
    status_reason = case when p_status in ('rejected', 'archived') then v_reason end,
    last_verified_at = case when v_asset.status in ('pending', 'rejected') and p_status = 'approved'
      then now() else a.last_verified_at end,
    merged_into = case when p_status = 'archived' then a.merged_into end
  where a.asset_id = p_asset_id;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where l.asset_id = p_asset_id and private.can_see_asset(a);
end
$$;
comment on function public.set_asset_status(uuid, integer, public.asset_status, text) is
  'Approves, rejects (with a reason), archives or restores an asset (its programme''s reviewers; safeguarding and admins for sensitive places), from a given version. Security definer because nobody may update public.assets directly; it checks the caller''s right itself (private.can_review_asset).';

-- Records that a reviewer checked the asset's details today (the stale queue starts again).
create or replace function public.mark_asset_verified(p_asset_id uuid)
returns setof public.asset_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_asset public.assets;
begin
  if private.programmes_where('review_assets') = '{}'
    and private.programmes_where('curate_sensitive_places') = '{}' then
    raise exception 'Only community builders, network leads and administrators can mark an asset verified.'
      using errcode = '42501';
  end if;
  v_asset := private.lock_asset_for_change(p_asset_id, null);
  if not private.can_review_asset(v_asset) then
    raise exception 'Only community builders, network leads and administrators can mark an asset verified.'
      using errcode = '42501';
  end if;
  update public.assets a set last_verified_at = now() where a.asset_id = p_asset_id;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where l.asset_id = p_asset_id and private.can_see_asset(a);
end
$$;
comment on function public.mark_asset_verified(uuid) is
  'Sets last_verified_at to now (its programme''s reviewers; safeguarding and admins for sensitive places). Security definer because nobody may update public.assets directly; it checks the caller''s right itself (private.can_review_asset).';

-- Merges a duplicate into the asset kept: the duplicate's connections, open change reports,
-- contact (when the kept asset has none) and workshop (when the kept asset has none) move to the
-- kept asset, and the duplicate is archived, "Merged into …", pointing at it. Every step is a
-- row write, so the audit log records it. The caller must review both assets.
create or replace function public.merge_assets(p_keep_id uuid, p_duplicate_id uuid)
returns setof public.asset_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_keep public.assets;
  v_duplicate public.assets;
begin
  if private.programmes_where('review_assets') = '{}' then
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
  if not private.can_review_asset(v_keep) or not private.can_review_asset(v_duplicate) then
    raise exception 'Only community builders, network leads and administrators can merge assets.'
      using errcode = '42501';
  end if;
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
    update public.asset_contacts c set asset_id = p_keep_id, updated_at = now(), updated_by = (select auth.uid())
    where c.asset_id = p_duplicate_id;
  end if;

  if v_keep.workshop_id is null and v_duplicate.workshop_id is not null then
    update public.assets a set workshop_id = v_duplicate.workshop_id where a.asset_id = p_keep_id;
  end if;

  update public.assets a set
    status = 'archived',
    status_reason = left('Merged into ' || v_keep.name, 1000),
    merged_into = p_keep_id
  where a.asset_id = p_duplicate_id;

  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where l.asset_id = p_keep_id and private.can_see_asset(a);
end
$$;
comment on function public.merge_assets(uuid, uuid) is
  'Merges a duplicate into the asset kept (reviewers of both assets'' programmes): links, open reports, contact and workshop move; the duplicate is archived. Security definer because nobody may write assets, contacts or links directly; it checks the caller''s right itself (private.can_review_asset on both).';

-- Links two assets the caller can see and reviews; linking them the same way again returns the
-- existing link.
create or replace function public.link_assets(
  p_from_asset_id uuid,
  p_to_asset_id uuid,
  p_relation public.asset_relation
) returns setof public.asset_link_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_from public.assets;
  v_to public.assets;
begin
  if private.programmes_where('review_assets') = '{}' then
    raise exception 'Only community builders, network leads and administrators can connect assets.'
      using errcode = '42501';
  end if;
  if p_relation is null then
    raise exception 'Say how the assets are connected.' using errcode = '22023';
  end if;
  if p_from_asset_id = p_to_asset_id then
    raise exception 'An asset cannot be connected to itself.' using errcode = '22023';
  end if;
  select a.* into v_from from public.assets a where a.asset_id = p_from_asset_id;
  select a.* into v_to from public.assets a where a.asset_id = p_to_asset_id;
  if v_from.asset_id is null or v_to.asset_id is null
    or not private.can_see_asset(v_from) or not private.can_see_asset(v_to) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if not private.can('review_assets', v_from.programme_id) or not private.can('review_assets', v_to.programme_id) then
    raise exception 'Only community builders, network leads and administrators can connect assets.'
      using errcode = '42501';
  end if;
  insert into public.asset_links (from_asset_id, to_asset_id, relation, created_by)
  values (p_from_asset_id, p_to_asset_id, p_relation, (select auth.uid()))
  on conflict (from_asset_id, to_asset_id, relation) do nothing;
  return query select v.* from public.asset_link_list v
    where v.from_asset_id = p_from_asset_id and v.to_asset_id = p_to_asset_id and v.relation = p_relation;
end
$$;
comment on function public.link_assets(uuid, uuid, public.asset_relation) is
  'Connects two assets the caller can see (reviewers of both assets'' programmes). Security definer because nobody may write asset_links directly; it checks the caller''s right and that both ends are visible itself (private.can_see_asset).';

create or replace function public.unlink_assets(p_link_id uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_from public.assets;
  v_to public.assets;
begin
  if private.programmes_where('review_assets') = '{}' then
    raise exception 'Only community builders, network leads and administrators can remove a connection.'
      using errcode = '42501';
  end if;
  select f.* into v_from from public.asset_links l join public.assets f on f.asset_id = l.from_asset_id
    where l.link_id = p_link_id;
  select t.* into v_to from public.asset_links l join public.assets t on t.asset_id = l.to_asset_id
    where l.link_id = p_link_id;
  if v_from.asset_id is null or v_to.asset_id is null
    or not private.can_see_asset(v_from) or not private.can_see_asset(v_to) then
    raise exception 'There is no connection with that id.' using errcode = 'P0002';
  end if;
  if not private.can('review_assets', v_from.programme_id) or not private.can('review_assets', v_to.programme_id) then
    raise exception 'Only community builders, network leads and administrators can remove a connection.'
      using errcode = '42501';
  end if;
  delete from public.asset_links l where l.link_id = p_link_id;
end
$$;
comment on function public.unlink_assets(uuid) is
  'Removes a connection between two assets the caller can see (reviewers of both assets'' programmes). Security definer because nobody may write asset_links directly; it checks the caller''s right itself.';
