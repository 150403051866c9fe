-- The policies of time bank checks, listings and introductions ask who the caller is once per
-- statement (the README's rule), not once per row: the banks they coordinate, the banks they are
-- an active member of, and their own member ids, each an array read in an initplan. Reading a
-- bank's 20,000 listings called a function per row per policy before.

create function private.coordinated_banks() returns uuid[]
language sql stable security invoker set search_path = ''
as $$
  select coalesce(array_agg(b.bank_id), '{}') from public.time_banks b
  where private.can('coordinate_time_bank', b.programme_id, b.bank_id::text)
$$;
comment on function private.coordinated_banks() is
  'The banks the caller coordinates (coordinate_time_bank in the bank''s programme, the bank in scope), for policies to read once per statement.';
revoke execute on function private.coordinated_banks() from public;
grant execute on function private.coordinated_banks() to authenticated, service_role;

create function private.my_time_bank_member_ids() returns uuid[]
language sql stable security definer set search_path = ''
as $$
  select coalesce(array_agg(m.member_id), '{}') from public.time_bank_members m
  where m.user_id = (select auth.uid())
$$;
comment on function private.my_time_bank_member_ids() is
  'The caller''s own time bank member ids. Security definer so that policies on other tables can read them without recursing into time_bank_members'' policies; it reads only the caller''s rows.';
revoke execute on function private.my_time_bank_member_ids() from public;
grant execute on function private.my_time_bank_member_ids() to authenticated, service_role;

create function private.my_active_time_banks() returns uuid[]
language sql stable security definer set search_path = ''
as $$
  select coalesce(array_agg(m.bank_id), '{}') from public.time_bank_members m
  where m.user_id = (select auth.uid()) and m.status = 'active'
$$;
comment on function private.my_active_time_banks() is
  'The banks the caller is an active member of. Security definer for the same reason as private.is_active_member_of; it reads only the caller''s rows.';
revoke execute on function private.my_active_time_banks() from public;
grant execute on function private.my_active_time_banks() to authenticated, service_role;

drop policy "Coordinators read their banks' checks" on public.time_bank_checks;
drop policy "Members read their own checks" on public.time_bank_checks;
create policy "Coordinators read their banks' checks" on public.time_bank_checks
  for select to authenticated using (bank_id = any ((select private.coordinated_banks())::uuid[]));
create policy "Members read their own checks" on public.time_bank_checks
  for select to authenticated using (member_id = any ((select private.my_time_bank_member_ids())::uuid[]));

drop policy "Coordinators read their banks' listings" on public.time_bank_listings;
drop policy "Members read their own listings" on public.time_bank_listings;
drop policy "Active members read their bank's open listings" on public.time_bank_listings;
create policy "Coordinators read their banks' listings" on public.time_bank_listings
  for select to authenticated using (bank_id = any ((select private.coordinated_banks())::uuid[]));
create policy "Members read their own listings" on public.time_bank_listings
  for select to authenticated using (member_id = any ((select private.my_time_bank_member_ids())::uuid[]));
create policy "Active members read their bank's open listings" on public.time_bank_listings
  for select to authenticated
  using (status = 'open' and bank_id = any ((select private.my_active_time_banks())::uuid[]));

drop policy "Coordinators read their banks' introductions" on public.time_bank_introductions;
drop policy "Members read the introductions naming them" on public.time_bank_introductions;
create policy "Coordinators read their banks' introductions" on public.time_bank_introductions
  for select to authenticated using (bank_id = any ((select private.coordinated_banks())::uuid[]));
create policy "Members read the introductions naming them" on public.time_bank_introductions
  for select to authenticated
  using (requester_id = any ((select private.my_time_bank_member_ids())::uuid[])
    or offerer_id = any ((select private.my_time_bank_member_ids())::uuid[]));

-- Matching measured between area points with a geography cast per row; on Postgres 15 with
-- PostGIS 3.3 each statement doing that paid about a second of set-up (the spatial reference
-- looked up for the cast), whatever the number of rows. The great-circle distance on the sphere
-- the project uses everywhere (radius 6,371,008.8 m, ARCHITECTURE.md §5) is plain arithmetic.
create function private.sphere_metres(p_from extensions.geometry, p_to extensions.geometry)
returns double precision
language sql immutable parallel safe security invoker set search_path = ''
as $$
  select 2 * 6371008.8 * asin(sqrt(
    power(sin(radians(extensions.st_y(p_to) - extensions.st_y(p_from)) / 2), 2)
    + cos(radians(extensions.st_y(p_from))) * cos(radians(extensions.st_y(p_to)))
      * power(sin(radians(extensions.st_x(p_to) - extensions.st_x(p_from)) / 2), 2)))
$$;
comment on function private.sphere_metres(extensions.geometry, extensions.geometry) is
  'Great-circle metres between two points ([lng, lat], SRID 4326) on the sphere of radius 6,371,008.8 m (haversine), as PostGIS geography with use_spheroid false and Turf measure.';
revoke execute on function private.sphere_metres(extensions.geometry, extensions.geometry) from public;

create or replace function public.match_time_bank_listing(p_listing_id uuid)
returns table (listing_id uuid, member_id uuid, display_name text, bank_id uuid, bank_name text,
  title text, gift_type text, gift_label text, ward_code text, ward_name text, distance_band text,
  shared_availability text[], dbs text, last_active text, score integer)
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_listing public.time_bank_listings;
  v_member public.time_bank_members;
  v_allows_other_banks boolean;
begin
  select * into v_listing from public.time_bank_listings l where l.listing_id = p_listing_id;
  if v_listing.listing_id is null then
    raise exception 'There is no offer or request with that id.' using errcode = 'P0002';
  end if;
  v_member := private.member_to_act_for(v_listing.member_id, 'find matches');
  select b.allows_other_banks into v_allows_other_banks from public.time_banks b where b.bank_id = v_listing.bank_id;
  return query
  with candidates as (
    select l.listing_id, l.member_id, m.display_name, l.bank_id, b.name as bank_name, l.title,
      l.gift_type, t.label as gift_label, l.ward_code, w.ward_name,
      l.gift_type = v_listing.gift_type as same_gift,
      private.sphere_metres(m.area_point, v_member.area_point) as metres,
      case
        when 'flexible' = any (l.availability) or cardinality(l.availability) = 0 then v_listing.availability
        when 'flexible' = any (v_listing.availability) or cardinality(v_listing.availability) = 0 then l.availability
        else array(select a from unnest(l.availability) a where a = any (v_listing.availability) order by a)
      end as shared,
      case
        when not (l.needs_dbs or v_listing.needs_dbs) then 'not_needed'
        -- The giver needs the check: the offer's member.
        else private.member_dbs(case when v_listing.direction = 'request' then l.member_id else v_listing.member_id end)
      end as dbs,
      now() - m.last_active_at as idle,
      l.created_at
    from public.time_bank_listings l
    join public.time_bank_members m on m.member_id = l.member_id
    join public.time_banks b on b.bank_id = l.bank_id
    join public.gift_types t on t.code = l.gift_type
    left join public.wards w on w.ward_code = l.ward_code
    where l.status = 'open' and m.status = 'active'
      and l.direction <> v_listing.direction
      and l.gift_kind = v_listing.gift_kind
      and l.member_id <> v_listing.member_id
      and m.user_id is distinct from (select auth.uid())
      and (l.bank_id = v_listing.bank_id or (v_allows_other_banks and b.allows_other_banks))
  ), banded as (
    select c.*,
      case when c.metres is null then 'further'
        when c.metres < 1000 then 'under_1_km'
        when c.metres <= 3000 then 'up_to_3_km'
        when c.metres <= 10000 then 'up_to_10_km'
        else 'further' end as band,
      case when c.idle <= interval '7 days' then 'this_week'
        when c.idle <= interval '31 days' then 'this_month'
        when c.idle <= interval '92 days' then 'this_quarter'
        else 'earlier' end as recency
    from candidates c
  )
  select x.listing_id, x.member_id, x.display_name, x.bank_id, x.bank_name, x.title, x.gift_type,
    x.gift_label, x.ward_code, x.ward_name, x.band, x.shared, x.dbs, x.recency,
    (case when x.same_gift then 40 else 15 end
      + case x.band when 'under_1_km' then 30 when 'up_to_3_km' then 20 when 'up_to_10_km' then 10 else 0 end
      + least(coalesce(cardinality(x.shared), 0), 3) * 5
      + case x.dbs when 'not_needed' then 10 when 'valid' then 10 else -20 end
      + case x.recency when 'this_week' then 10 when 'this_month' then 6 when 'this_quarter' then 3 else 0 end
    )::integer as score
  from banded x
  order by score desc, x.created_at desc, x.listing_id
  limit 50;
end
$$;
