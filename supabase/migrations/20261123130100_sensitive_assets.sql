-- Sensitive places (a domestic-abuse refuge, a safe house): they have no public location at all.
-- Only people holding the safeguarding or admin role (granted by an admin) see, add, mark or change
-- one; for everyone else the row does not exist, in the table, in asset_list, in every RPC, and so
-- in every export and count built on them. Enforced by restrictive policies, which are ANDed with
-- every permissive policy on public.assets, including ones later migrations add.

alter table public.assets add column is_sensitive boolean not null default false;
comment on column public.assets.is_sensitive is
  'A place whose location must never be public (e.g. a refuge): visible only to safeguarding and admins.';
create index assets_is_sensitive_idx on public.assets (is_sensitive) where is_sensitive;

create policy "Only safeguarding and admins can read sensitive assets" on public.assets
  as restrictive for select to anon, authenticated
  using (not is_sensitive or (select private.has_any_role('{safeguarding,admin}')));
create policy "Only safeguarding and admins can add sensitive assets" on public.assets
  as restrictive for insert to authenticated
  with check (not is_sensitive or (select private.has_any_role('{safeguarding,admin}')));
create policy "Only safeguarding and admins can change sensitive assets" on public.assets
  as restrictive for update to authenticated
  using (not is_sensitive or (select private.has_any_role('{safeguarding,admin}')))
  with check (not is_sensitive or (select private.has_any_role('{safeguarding,admin}')));
create policy "Only safeguarding and admins can delete sensitive assets" on public.assets
  as restrictive for delete to authenticated
  using (not is_sensitive or (select private.has_any_role('{safeguarding,admin}')));

-- What safeguarding may do beyond any signed-in person: see every sensitive place (pending ones
-- too), add one directly (approved), edit one, and mark a place they can see as sensitive. Making a
-- sensitive place public again (is_sensitive = false) is left to admins.
create policy "Safeguarding can read every sensitive asset" on public.assets
  for select to authenticated
  using (is_sensitive and (select private.has_any_role('{safeguarding}')));
create policy "Safeguarding can add sensitive assets directly" on public.assets
  for insert to authenticated
  with check (
    is_sensitive and created_by = (select auth.uid())
    and (select private.has_any_role('{safeguarding}'))
  );
create policy "Safeguarding can edit sensitive assets and mark assets sensitive" on public.assets
  for update to authenticated
  using ((select private.has_any_role('{safeguarding}')))
  with check (is_sensitive and (select private.has_any_role('{safeguarding}')));

-- asset_list carries the mark, so an export by someone who may see a sensitive place marks it.
-- create_asset returns asset_list rows, so it is recreated around the new column.
drop function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision);

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
  a.is_sensitive
from public.assets a;
comment on view public.asset_list is
  'Assets the viewer may see, with plain coordinates; sensitive places only for safeguarding and admins, marked is_sensitive.';

-- Adds an asset; a second call with the same client_id returns the first (idempotent replay).
-- Points outside the region are refused with a reason the form can show. A sensitive place may be
-- added only by safeguarding or an admin, and theirs is approved at once.
create function public.create_asset(
  p_client_id uuid,
  p_name text,
  p_kind public.asset_kind,
  p_description text,
  p_lng double precision,
  p_lat double precision,
  p_is_sensitive boolean default false
) returns setof public.asset_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_point extensions.geometry := extensions.st_setsrid(extensions.st_makepoint(p_lng, p_lat), 4326);
  v_sensitive boolean := coalesce(p_is_sensitive, false);
begin
  if p_lng is null or p_lat is null or p_lng not between -180 and 180 or p_lat not between -90 and 90 then
    raise exception 'Coordinates % , % are not a longitude and latitude.', p_lng, p_lat
      using errcode = '22023';
  end if;
  if v_sensitive and not (select private.has_any_role('{safeguarding,admin}')) then
    raise exception 'Only safeguarding officers and admins can add a sensitive place.'
      using errcode = '42501', hint = 'Add it as an ordinary asset, or ask a safeguarding officer.';
  end if;
  if not exists (select 1 from public.wards w where extensions.st_covers(w.geom, v_point)) then
    raise exception 'That place (%, %) is outside the region''s wards.', round(p_lng::numeric, 5), round(p_lat::numeric, 5)
      using errcode = '22023', hint = 'Pin the asset inside Essex.';
  end if;
  insert into public.assets (client_id, name, kind, description, point, status, is_sensitive, created_by)
  values (
    p_client_id, btrim(p_name), p_kind, coalesce(p_description, ''), v_point,
    case
      when (select private.has_any_role('{builder,admin}')) then 'approved'
      when v_sensitive then 'approved'
      else 'pending'
    end::public.asset_status,
    v_sensitive,
    (select auth.uid())
  )
  on conflict (client_id) do nothing;
  return query select l.* from public.asset_list l
    join public.assets a on a.asset_id = l.asset_id
    where a.client_id = p_client_id;
end
$$;
comment on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean) is
  'Adds an asset idempotently (client_id); security invoker, so Row Level Security decides what is written and returned.';
revoke execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean) from public, anon;
grant execute on function public.create_asset(uuid, text, public.asset_kind, text, double precision, double precision, boolean) to authenticated;
