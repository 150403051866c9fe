-- What a builder records about an asset (subtype, opening times, accessibility, website, tags,
-- a private contact), and how it is edited: update_asset with optimistic concurrency on version
-- (a stale save is refused with SQLSTATE P0409 and the current row, so nothing is silently
-- overwritten), set_asset_status (approve, reject with a reason, archive, restore) and
-- mark_asset_verified. Leads join builders and admins as editors: they review (edit, then
-- approve). Individuals' gifts are never pins: residents offer them elsewhere, and the map shows
-- them only as counts per ward.

alter table public.assets
  add column subtype text,
  add column opening_times text not null default '' check (char_length(opening_times) <= 1000),
  add column accessibility text not null default '' check (char_length(accessibility) <= 2000),
  add column website text check (website ~* '^https?://[^[:space:]]+$' and char_length(website) <= 500),
  add column tags text[] not null default '{}'
    check (cardinality(tags) <= 20 and '' <> all (tags) and char_length(array_to_string(tags, ' ')) <= 840),
  add column status_reason text check (char_length(status_reason) <= 1000),
  add column merged_into uuid references public.assets (asset_id) on delete set null,
  add constraint assets_subtype_kind_fkey
    foreign key (subtype, kind) references public.asset_subtypes (code, kind),
  -- Not valid: enforced for every new or changed row, without failing on a local database that
  -- already holds older rows.
  add constraint assets_rejected_with_reason
    check (status <> 'rejected' or char_length(btrim(coalesce(status_reason, ''))) > 0) not valid,
  add constraint assets_individual_gifts_are_not_pins check (kind <> 'individual') not valid;
comment on column public.assets.subtype is 'A subtype code of the asset''s kind in public.asset_subtypes.';
comment on column public.assets.status_reason is 'Why it was rejected (required) or archived (e.g. "Merged into …").';
comment on column public.assets.merged_into is 'For a duplicate archived by merge_assets: the asset kept.';
create index assets_subtype_kind_idx on public.assets (subtype, kind);
create index assets_merged_into_idx on public.assets (merged_into);
-- The stale queue: approved assets by when they were last verified (or added).
create index assets_last_checked_idx on public.assets ((coalesce(last_verified_at, created_at)))
  where status = 'approved';

-- Leads review assets with builders and admins (the review queue's edit-then-approve).
create policy "Leads can edit assets they review" on public.assets
  for update to authenticated
  using ((select private.has_any_role('{lead}')))
  with check ((select private.has_any_role('{lead}')));

-- A subtype must be of the asset's kind (the foreign key on (subtype, kind) guarantees it; this
-- says so in words), and a retired subtype is not given to a new asset.
create function private.check_asset_subtype() returns trigger
language plpgsql security invoker set search_path = ''
as $$
declare
  v_subtype public.asset_subtypes;
begin
  if new.subtype is null
    or (tg_op = 'UPDATE' and new.subtype = old.subtype and new.kind = old.kind) then
    return new;
  end if;
  select s.* into v_subtype from public.asset_subtypes s where s.code = new.subtype;
  if v_subtype.code is null then
    raise exception 'There is no subtype %.', new.subtype using errcode = '22023';
  end if;
  if v_subtype.kind <> new.kind then
    raise exception '"%" is a subtype of % assets, not of % assets.',
      v_subtype.label, replace(v_subtype.kind::text, '_', ' '), replace(new.kind::text, '_', ' ')
      using errcode = '22023', hint = 'Choose a subtype of the asset''s kind, or change its kind.';
  end if;
  if not v_subtype.is_active and (tg_op = 'INSERT' or new.subtype <> old.subtype) then
    raise exception 'The subtype "%" has been retired; choose another.', v_subtype.label
      using errcode = '22023';
  end if;
  return new;
end
$$;
revoke execute on function private.check_asset_subtype() from public;

create trigger assets_check_subtype
  before insert or update of subtype, kind on public.assets
  for each row execute function private.check_asset_subtype();

-- The private contact: its own table, so that Row Level Security hides it by row. Builders, leads
-- and admins read the contacts of the assets they can see, safeguarding those of sensitive places,
-- and a submitter the contact of their own submission.
create table public.asset_contacts (
  asset_id uuid primary key references public.assets (asset_id) on delete cascade,
  contact text not null check (char_length(btrim(contact)) between 1 and 500),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null default auth.uid()
);
comment on table public.asset_contacts is
  'Private contact details of an asset (a phone number or email for builders): never public.';
create index asset_contacts_updated_by_idx on public.asset_contacts (updated_by);
alter table public.asset_contacts enable row level security;

create policy "Builders, leads and admins can read contacts of visible assets" on public.asset_contacts
  for select to authenticated using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id)
  );
create policy "Safeguarding can read the contacts of sensitive places" on public.asset_contacts
  for select to authenticated using (
    (select private.has_any_role('{safeguarding}'))
    and exists (
      select 1 from public.assets a where a.asset_id = asset_contacts.asset_id and a.is_sensitive
    )
  );
create policy "People can read the contacts of assets they submitted" on public.asset_contacts
  for select to authenticated using (
    exists (
      select 1 from public.assets a
      where a.asset_id = asset_contacts.asset_id and a.created_by = (select auth.uid())
    )
  );
create policy "Builders, leads and admins can add contacts to visible assets" on public.asset_contacts
  for insert to authenticated with check (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id)
  );
create policy "Safeguarding can add contacts to sensitive places" on public.asset_contacts
  for insert to authenticated with check (
    (select private.has_any_role('{safeguarding}'))
    and exists (
      select 1 from public.assets a where a.asset_id = asset_contacts.asset_id and a.is_sensitive
    )
  );
create policy "People can add a contact to an asset they submitted" on public.asset_contacts
  for insert to authenticated with check (
    exists (
      select 1 from public.assets a
      where a.asset_id = asset_contacts.asset_id and a.created_by = (select auth.uid())
    )
  );
create policy "Builders, leads and admins can edit contacts of visible assets" on public.asset_contacts
  for update to authenticated
  using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id)
  )
  with check (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id)
  );
create policy "Safeguarding can change the contacts of sensitive places" on public.asset_contacts
  for update to authenticated
  using (
    (select private.has_any_role('{safeguarding}'))
    and exists (
      select 1 from public.assets a where a.asset_id = asset_contacts.asset_id and a.is_sensitive
    )
  )
  with check (
    (select private.has_any_role('{safeguarding}'))
    and exists (
      select 1 from public.assets a where a.asset_id = asset_contacts.asset_id and a.is_sensitive
    )
  );
create policy "Builders, leads and admins can drop contacts of visible assets" on public.asset_contacts
  for delete to authenticated using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id)
  );
create policy "Safeguarding can remove the contacts of sensitive places" on public.asset_contacts
  for delete to authenticated using (
    (select private.has_any_role('{safeguarding}'))
    and exists (
      select 1 from public.assets a where a.asset_id = asset_contacts.asset_id and a.is_sensitive
    )
  );

-- anon may select (asset_details reads this table for everyone) and sees no row: no policy names it.
revoke all on public.asset_contacts from anon, authenticated;
grant select on public.asset_contacts to anon;
grant select, insert, update, delete on public.asset_contacts to authenticated;

create trigger asset_contacts_audit
  after insert or update or delete on public.asset_contacts
  for each row execute function private.record_audit('asset_id');

-- The point for [lng, lat], refused with a reason when it is not a coordinate or not in the region.
create function private.region_point(p_lng double precision, p_lat double precision)
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
  if not exists (select 1 from public.wards w where extensions.st_covers(w.geom, v_point)) then
    raise exception 'That place (%, %) is outside the region''s wards.',
      trim_scale(round(p_lng::numeric, 5)), trim_scale(round(p_lat::numeric, 5))
      using errcode = '22023', hint = 'Pin the asset inside Essex.';
  end if;
  return v_point;
end
$$;
revoke execute on function private.region_point(double precision, double precision) from public;
grant execute on function private.region_point(double precision, double precision) to authenticated, service_role;

-- Refuses what a person typed that the table would refuse anyway, in words they can act on.
create function private.check_asset_text(
  p_name text,
  p_description text,
  p_opening_times text,
  p_accessibility text,
  p_website text,
  p_contact text
) returns void
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if char_length(btrim(coalesce(p_name, ''))) = 0 then
    raise exception 'Give the asset a name.' using errcode = '22023';
  elsif char_length(btrim(p_name)) > 200 then
    raise exception 'Keep the name to 200 characters.' using errcode = '22023';
  elsif char_length(coalesce(p_description, '')) > 5000 then
    raise exception 'Keep the description to 5,000 characters.' using errcode = '22023';
  elsif char_length(coalesce(p_opening_times, '')) > 1000 then
    raise exception 'Keep the opening times to 1,000 characters.' using errcode = '22023';
  elsif char_length(coalesce(p_accessibility, '')) > 2000 then
    raise exception 'Keep the accessibility notes to 2,000 characters.' using errcode = '22023';
  elsif p_website is not null
    and (p_website !~* '^https?://[^[:space:]]+$' or char_length(p_website) > 500) then
    raise exception 'The website must be a full address starting with https:// (or http://), e.g. https://example.org.'
      using errcode = '22023';
  elsif char_length(btrim(coalesce(p_contact, ''))) > 500 then
    raise exception 'Keep the contact to 500 characters.' using errcode = '22023';
  end if;
end
$$;
revoke execute on function private.check_asset_text(text, text, text, text, text, text) from public;
grant execute on function private.check_asset_text(text, text, text, text, text, text) to authenticated, service_role;

-- Tags as stored: trimmed, lowercase, each once, in the order first given; at most 20 of at most
-- 40 characters.
create function private.normalise_tags(p_tags text[]) returns text[]
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_tags text[];
begin
  v_tags := array(
    select t.tag from (
      select lower(btrim(u.tag)) as tag, min(u.ord) as first_at
      from unnest(coalesce(p_tags, '{}')) with ordinality as u (tag, ord)
      where btrim(coalesce(u.tag, '')) <> ''
      group by 1
    ) t
    order by t.first_at
  );
  if cardinality(v_tags) > 20 then
    raise exception 'Give at most 20 tags (there are %).', cardinality(v_tags) using errcode = '22023';
  end if;
  if exists (select 1 from unnest(v_tags) t where char_length(t) > 40) then
    raise exception 'Keep each tag to 40 characters.' using errcode = '22023';
  end if;
  return v_tags;
end
$$;
revoke execute on function private.normalise_tags(text[]) from public;
grant execute on function private.normalise_tags(text[]) to authenticated, service_role;

-- create_asset returns asset_list rows, so it is dropped while the view gains its new columns.
drop function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean);

create or replace view public.asset_list with (security_invoker = true) as
select
  a.asset_id,
  a.name,
  a.kind,
  a.description,
  extensions.st_x(a.point) as lng,
  extensions.st_y(a.point) as lat,
  a.ward_code,
  a.status,
  a.version,
  a.created_at,
  a.is_sensitive,
  a.subtype,
  a.opening_times,
  a.accessibility,
  a.website,
  a.tags,
  a.status_reason,
  a.workshop_id,
  a.last_verified_at,
  a.updated_at,
  a.merged_into
from public.assets a;
comment on view public.asset_list is
  'Assets the viewer may see, with plain coordinates; sensitive places only for safeguarding and admins, marked is_sensitive. No contact: see asset_details.';

-- One asset with its private contact, where the viewer may see it (null otherwise).
create view public.asset_details with (security_invoker = true) as
select l.*, c.contact
from public.asset_list l
left join public.asset_contacts c on c.asset_id = l.asset_id;
comment on view public.asset_details is
  'asset_list with the private contact, which Row Level Security on asset_contacts shows only to builders, leads, admins and the submitter.';
revoke all on public.asset_details from anon, authenticated;
grant select on public.asset_details to anon, authenticated;

-- Adds an asset; a second call with the same client_id returns the first (idempotent replay).
-- Points outside the region are refused with a reason the form can show. A sensitive place may be
-- added only by safeguarding or an admin, and theirs is approved at once; builders' and admins'
-- assets are approved at once, everyone else's wait for review. An asset is tagged only to a
-- workshop the person has joined (or, for builders, leads and admins, any workshop).
create function public.create_asset(
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
language plpgsql security invoker set search_path = ''
as $$
declare
  v_sensitive boolean := coalesce(p_is_sensitive, false);
  v_point extensions.geometry;
  v_tags text[];
  v_asset_id uuid;
begin
  if p_kind = 'individual' then
    raise exception 'People''s gifts and skills are not pinned on the map: residents offer them themselves, and the map shows only how many there are in each ward.'
      using errcode = '22023';
  end if;
  perform private.check_asset_text(p_name, p_description, p_opening_times, p_accessibility, p_website, p_contact);
  v_tags := private.normalise_tags(p_tags);
  if v_sensitive and not (select private.has_any_role('{safeguarding,admin}')) then
    raise exception 'Only safeguarding officers and admins can add a sensitive place.'
      using errcode = '42501', hint = 'Add it as an ordinary asset, or ask a safeguarding officer.';
  end if;
  v_point := private.region_point(p_lng, p_lat);
  if p_workshop_id is not null
    and not exists (select 1 from public.workshops w where w.workshop_id = p_workshop_id) then
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
      when (select private.has_any_role('{builder,admin}')) then 'approved'
      when v_sensitive then 'approved'
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
    insert into public.asset_contacts (asset_id, contact) values (v_asset_id, btrim(p_contact));
  end if;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where a.client_id = p_client_id;
end
$$;
comment on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean, text, text, text, text, text[], text, uuid) is
  'Adds an asset idempotently (client_id); security invoker, so Row Level Security decides what is written and returned.';
revoke execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean, text, text, text, text, text[], text, uuid) from public, anon;
grant execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean, text, text, text, text, text[], text, uuid) to authenticated;

-- Locks the asset for a change by the caller, or says why not: P0002 when the caller cannot see
-- it (so a hidden place stays hidden), 42501 when they see it but may not change it, and P0409
-- with the current row as JSON in DETAIL when someone saved it since `p_expected_version`.
create function private.lock_asset_for_change(p_asset_id uuid, p_expected_version integer)
returns public.assets
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_asset public.assets;
begin
  select a.* into v_asset from public.assets a where a.asset_id = p_asset_id for update;
  if v_asset.asset_id is null then
    if exists (select 1 from public.assets a where a.asset_id = p_asset_id) then
      raise exception 'Only community builders, network leads and administrators can change this asset.'
        using errcode = '42501';
    end if;
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if p_expected_version is not null and v_asset.version <> p_expected_version then
    raise exception 'Someone else saved this asset since you opened it.'
      using errcode = 'P0409',
        detail = (select to_jsonb(d)::text from public.asset_details d where d.asset_id = p_asset_id),
        hint = 'Their version is in the detail: keep it, or apply your changes again on top of it.';
  end if;
  return v_asset;
end
$$;
revoke execute on function private.lock_asset_for_change(uuid, integer) from public;
grant execute on function private.lock_asset_for_change(uuid, integer) to authenticated, service_role;

-- Saves an edit made from version `p_expected_version`. `p_changes` holds only the fields that
-- changed, by column name: name, kind, subtype, description, opening_times, accessibility,
-- website, tags (an array), contact, is_sensitive, and lng with lat (a move: the ward follows).
-- Every save makes a new version, so the other person's next save is refused (P0409) and they see
-- this one; theirs is not lost, they apply it again on top.
create function public.update_asset(p_asset_id uuid, p_expected_version integer, p_changes jsonb)
returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_asset public.assets;
  v_unknown text;
  v_point extensions.geometry;
  v_contact text;
  v_kind public.asset_kind;
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
  if p_changes ? 'tags' and jsonb_typeof(p_changes -> 'tags') <> 'array' then
    raise exception 'Tags must be a list.' using errcode = '22023';
  end if;
  if p_changes ? 'kind' then
    if (p_changes ->> 'kind') is null
      or (p_changes ->> 'kind') <> all (enum_range(null::public.asset_kind)::text[]) then
      raise exception 'There is no kind of asset called %.', coalesce(p_changes ->> 'kind', 'null')
        using errcode = '22023';
    end if;
    v_kind := (p_changes ->> 'kind')::public.asset_kind;
    if v_kind = 'individual' then
      raise exception 'People''s gifts and skills are not pinned on the map: residents offer them themselves, and the map shows only how many there are in each ward.'
        using errcode = '22023';
    end if;
  end if;

  v_asset := private.lock_asset_for_change(p_asset_id, p_expected_version);

  if p_changes ? 'name' then v_asset.name := btrim(p_changes ->> 'name'); end if;
  if p_changes ? 'kind' then v_asset.kind := v_kind; end if;
  if p_changes ? 'subtype' then v_asset.subtype := nullif(btrim(p_changes ->> 'subtype'), ''); end if;
  if p_changes ? 'description' then v_asset.description := coalesce(p_changes ->> 'description', ''); end if;
  if p_changes ? 'opening_times' then v_asset.opening_times := coalesce(p_changes ->> 'opening_times', ''); end if;
  if p_changes ? 'accessibility' then v_asset.accessibility := coalesce(p_changes ->> 'accessibility', ''); end if;
  if p_changes ? 'website' then v_asset.website := nullif(btrim(p_changes ->> 'website'), ''); end if;
  if p_changes ? 'tags' then
    v_asset.tags := private.normalise_tags(array(select jsonb_array_elements_text(p_changes -> 'tags')));
  end if;
  if p_changes ? 'is_sensitive' then
    v_asset.is_sensitive := coalesce((p_changes ->> 'is_sensitive')::boolean, false);
  end if;
  if p_changes ? 'contact' then v_contact := nullif(btrim(p_changes ->> 'contact'), ''); end if;
  perform private.check_asset_text(v_asset.name, v_asset.description, v_asset.opening_times,
    v_asset.accessibility, v_asset.website, v_contact);
  if p_changes ? 'lng' then
    v_point := private.region_point((p_changes ->> 'lng')::double precision, (p_changes ->> 'lat')::double precision);
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
      insert into public.asset_contacts as c (asset_id, contact) values (p_asset_id, v_contact)
      on conflict (asset_id) do update
        set contact = excluded.contact, updated_at = now(), updated_by = (select auth.uid())
        where c.contact is distinct from excluded.contact;
    end if;
  end if;
  return query select l.* from public.asset_list l where l.asset_id = p_asset_id;
end
$$;
comment on function public.update_asset(uuid, integer, jsonb) is
  'Saves an edit (or a move) made from a given version; refuses a stale one with SQLSTATE P0409 and the current row as JSON in DETAIL. Security invoker, so Row Level Security decides who may edit.';
revoke execute on function public.update_asset(uuid, integer, jsonb) from public, anon;
grant execute on function public.update_asset(uuid, integer, jsonb) to authenticated;

-- True when the caller reviews assets: builders, leads and admins, and safeguarding for the
-- sensitive places only they see.
create function private.can_review_asset(p_is_sensitive boolean) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select (select private.has_any_role('{builder,lead,admin}'))
    or (coalesce(p_is_sensitive, false) and (select private.has_any_role('{safeguarding}')))
$$;
revoke execute on function private.can_review_asset(boolean) from public;
grant execute on function private.can_review_asset(boolean) to authenticated, service_role;

-- Curation: approve (pending or rejected → approved; verified today), reject with a reason
-- (pending → rejected), archive (optionally with a reason), restore (archived → approved).
create function public.set_asset_status(
  p_asset_id uuid,
  p_expected_version integer,
  p_status public.asset_status,
  p_reason text default null
) returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_asset public.assets;
  v_reason text := nullif(btrim(coalesce(p_reason, '')), '');
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators can approve, reject, archive or restore assets.'
      using errcode = '42501';
  end if;
  v_asset := private.lock_asset_for_change(p_asset_id, p_expected_version);
  if not private.can_review_asset(v_asset.is_sensitive) then
    raise exception 'Only community builders, network leads and administrators can approve, reject, archive or restore assets.'
      using errcode = '42501';
  end if;
  if char_length(coalesce(v_reason, '')) > 1000 then
    raise exception 'Keep the reason to 1,000 characters.' using errcode = '22023';
  end if;
  if p_status is null or p_status = 'pending' then
    raise exception 'An asset can be approved, rejected, archived or restored, not sent back to pending.'
      using errcode = '22023';
  elsif p_status = v_asset.status then
    raise exception 'The asset is already %.', p_status using errcode = '22023';
  elsif p_status = 'rejected' and v_asset.status <> 'pending' then
    raise exception 'Only a pending asset can be rejected; archive it instead.' using errcode = '22023';
  elsif p_status = 'rejected' and v_reason is null then
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
  return query select l.* from public.asset_list l where l.asset_id = p_asset_id;
end
$$;
comment on function public.set_asset_status(uuid, integer, public.asset_status, text) is
  'Approves, rejects (with a reason), archives or restores an asset (builders, leads, admins; safeguarding for sensitive places), from a given version.';
revoke execute on function public.set_asset_status(uuid, integer, public.asset_status, text) from public, anon;
grant execute on function public.set_asset_status(uuid, integer, public.asset_status, text) to authenticated;

-- Records that a reviewer checked the asset's details today (the stale queue starts again).
create function public.mark_asset_verified(p_asset_id uuid)
returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_asset public.assets;
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators can mark an asset verified.'
      using errcode = '42501';
  end if;
  v_asset := private.lock_asset_for_change(p_asset_id, null);
  if not private.can_review_asset(v_asset.is_sensitive) then
    raise exception 'Only community builders, network leads and administrators can mark an asset verified.'
      using errcode = '42501';
  end if;
  update public.assets a set last_verified_at = now() where a.asset_id = p_asset_id;
  return query select l.* from public.asset_list l where l.asset_id = p_asset_id;
end
$$;
comment on function public.mark_asset_verified(uuid) is
  'Sets last_verified_at to now (builders, leads, admins; safeguarding for sensitive places).';
revoke execute on function public.mark_asset_verified(uuid) from public, anon;
grant execute on function public.mark_asset_verified(uuid) to authenticated;

-- What a workshop mapped: every asset tagged to it that the viewer may see; a duplicate merged
-- away shows as the asset it was merged into.
create function public.workshop_summary(p_workshop_id uuid)
returns setof public.asset_list
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not exists (select 1 from public.workshops w where w.workshop_id = p_workshop_id) then
    raise exception 'There is no workshop with that id, or you have not joined it.' using errcode = '42501';
  end if;
  return query
  select l.* from public.asset_list l
  where l.asset_id in (
    select coalesce(a.merged_into, a.asset_id) from public.assets a where a.workshop_id = p_workshop_id
  )
  order by l.created_at, l.asset_id;
end
$$;
comment on function public.workshop_summary(uuid) is
  'The assets captured in a workshop that the viewer may see; security invoker.';
revoke execute on function public.workshop_summary(uuid) from public, anon;
grant execute on function public.workshop_summary(uuid) to authenticated;
