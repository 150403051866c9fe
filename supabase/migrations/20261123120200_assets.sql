-- Community assets (ABCD's kinds), placed in their ward by the database, submitted idempotently
-- (client_id) so that an offline retry never duplicates, with a version for optimistic concurrency.

create type public.asset_kind as enum (
  'individual', 'association', 'institution', 'physical_space', 'economic', 'cultural'
);
create type public.asset_status as enum ('pending', 'approved', 'rejected', 'archived');

create table public.assets (
  asset_id uuid primary key default gen_random_uuid(),
  programme_id uuid not null default '00000000-0000-4000-8000-000000000001'
    references public.programmes (programme_id) on delete cascade,
  client_id uuid not null unique,
  name text not null check (char_length(btrim(name)) between 1 and 200),
  kind public.asset_kind not null,
  description text not null default '' check (char_length(description) <= 5000),
  point extensions.geometry(Point, 4326) not null,
  ward_code text references public.wards (ward_code) on delete set null,
  status public.asset_status not null default 'pending',
  last_verified_at timestamptz,
  version integer not null default 1,
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now()
);
comment on table public.assets is 'Community assets pinned on the map; the ward is set by the database from the point.';
create index assets_point_idx on public.assets using gist (point);
create index assets_programme_id_idx on public.assets (programme_id);
create index assets_ward_code_idx on public.assets (ward_code);
create index assets_status_idx on public.assets (status);
create index assets_created_by_idx on public.assets (created_by);
create index assets_updated_by_idx on public.assets (updated_by);
alter table public.assets enable row level security;

-- The ward is data the database derives, so no client can file an asset in the wrong ward.
-- Ties on a shared boundary go to the lowest ward code, so a point counts in one ward only.
create function private.place_asset_in_ward() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if tg_op = 'INSERT' or not extensions.st_orderingequals(new.point, old.point) then
    new.ward_code := (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, new.point)
      order by w.ward_code
      limit 1
    );
  end if;
  if tg_op = 'UPDATE' then
    new.version := old.version + 1;
    new.updated_at := now();
    new.updated_by := (select auth.uid());
  end if;
  return new;
end
$$;

create trigger assets_place_in_ward
  before insert or update on public.assets
  for each row execute function private.place_asset_in_ward();

create policy "Anyone can read approved assets" on public.assets
  for select to anon, authenticated using (status = 'approved');
create policy "People can read the assets they submitted" on public.assets
  for select to authenticated using (created_by = (select auth.uid()));
create policy "Builders, leads and admins can read every asset" on public.assets
  for select to authenticated using ((select private.has_any_role('{builder,lead,admin}')));
create policy "Signed-in people can submit pending assets" on public.assets
  for insert to authenticated
  with check (created_by = (select auth.uid()) and status = 'pending');
create policy "Builders and admins can add assets directly" on public.assets
  for insert to authenticated
  with check (created_by = (select auth.uid()) and (select private.has_any_role('{builder,admin}')));
create policy "Builders and admins can edit assets" on public.assets
  for update to authenticated
  using ((select private.has_any_role('{builder,admin}')))
  with check ((select private.has_any_role('{builder,admin}')));
create policy "Admins can delete assets" on public.assets
  for delete to authenticated using ((select private.has_any_role('{admin}')));

revoke all on public.assets from anon;
grant select on public.assets to anon;
revoke truncate on public.assets from authenticated;

-- What lists and maps read: the point as [lng, lat] numbers.
create view public.asset_list with (security_invoker = true) as
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
  a.created_at
from public.assets a;
comment on view public.asset_list is 'Assets the viewer may see, with plain coordinates.';
grant select on public.asset_list to anon, authenticated;

-- Adds an asset; a second call with the same client_id returns the first (idempotent replay).
-- Points outside the region are refused with a reason the form can show.
create function public.create_asset(
  p_client_id uuid,
  p_name text,
  p_kind public.asset_kind,
  p_description text,
  p_lng double precision,
  p_lat double precision
) returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_point extensions.geometry := extensions.st_setsrid(extensions.st_makepoint(p_lng, p_lat), 4326);
begin
  if p_lng is null or p_lat is null or p_lng not between -180 and 180 or p_lat not between -90 and 90 then
    raise exception 'Coordinates % , % are not a longitude and latitude.', p_lng, p_lat
      using errcode = '22023';
  end if;
  if not exists (select 1 from public.wards w where extensions.st_covers(w.geom, v_point)) then
    raise exception 'That place (%, %) is outside the region''s wards.', round(p_lng::numeric, 5), round(p_lat::numeric, 5)
      using errcode = '22023', hint = 'Pin the asset inside Essex.';
  end if;
  insert into public.assets (client_id, name, kind, description, point, status, created_by)
  values (
    p_client_id, btrim(p_name), p_kind, coalesce(p_description, ''), v_point,
    case when (select private.has_any_role('{builder,admin}')) then 'approved' else 'pending' end::public.asset_status,
    (select auth.uid())
  )
  on conflict (client_id) do nothing;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where a.client_id = p_client_id;
end
$$;
revoke execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision) from public, anon;
grant execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision) to authenticated;
