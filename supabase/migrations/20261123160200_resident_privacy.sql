-- What may be said about residents beyond themselves, and how they leave:
-- - resident_counts_by_area: people per ward for the public map, a ward with fewer than 5 shown
--   only in its authority's total (and, so that no small number can be worked out by subtraction,
--   one more ward held back when the held-back wards of an authority add up to 1–4);
-- - match_residents_by_distance: for builders, residents by distance band from a place (under 1 km,
--   1–3 km, over 3 km), never a distance, nor an order within a band that would rank distances;
-- - erase_my_data / erase_resident: the profile, gifts, contact details, home point, consents and
--   rate-limit entries go, an account that was only a resident's goes too; an unlinked count per
--   (ward, kind of gift) stays in erased_gift_tallies; the audit log records the erasure (action
--   'erase'), never the content;
-- - purge_unconfirmed_offers: the retention rule. Offers not confirmed (by signing in with the email
--   link, or recorded by a builder) within 90 days are deleted, and so are rejected offers 90 days
--   after the decision. On Supabase pg_cron runs it daily (scheduled below when pg_cron is
--   installed; see supabase/README.md); the local mode runs it at start-up.

create table public.erased_gift_tallies (
  ward_code text not null references public.wards (ward_code) on delete cascade,
  kind public.gift_kind not null,
  gift_count integer not null default 0 check (gift_count >= 0),
  primary key (ward_code, kind)
);
comment on table public.erased_gift_tallies is
  'Gifts of approved offers since erased, counted per ward and kind: no link to anyone, no time of erasure.';
alter table public.erased_gift_tallies enable row level security;
create policy "Builders, leads and admins can read erased gift tallies" on public.erased_gift_tallies
  for select to authenticated using ((select private.has_any_role('{builder,lead,admin}')));
revoke all on public.erased_gift_tallies from anon, authenticated;
grant select on public.erased_gift_tallies to authenticated;

create function public.resident_counts_by_area()
returns table (
  area_kind text,
  area_code text,
  area_name text,
  authority_code text,
  authority_name text,
  people integer
)
language sql stable security definer set search_path = ''
as $$
  with counted as (
    select w.ward_code, w.ward_name, w.lad_code, w.lad_name, count(*)::integer as people
    from public.residents r
    join public.wards w on w.ward_code = r.ward_code
    where r.status = 'approved'
      and exists (
        select 1 from public.resident_consents c
        where c.resident_id = r.resident_id and c.purpose = 'counted_on_map' and c.withdrawn_at is null)
    group by w.ward_code, w.ward_name, w.lad_code, w.lad_name
  ),
  ranked as (
    select c.*,
      sum(c.people) filter (where c.people < 5) over (partition by c.lad_code) as held_back,
      row_number() over (partition by c.lad_code, c.people >= 5 order by c.people, c.ward_code) as smallest
    from counted c
  )
  select 'ward', r.ward_code, r.ward_name, r.lad_code, r.lad_name, r.people
  from ranked r
  where r.people >= 5 and not (coalesce(r.held_back, 0) between 1 and 4 and r.smallest = 1)
  union all
  select 'authority', c.lad_code, c.lad_name, c.lad_code, c.lad_name, sum(c.people)::integer
  from counted c
  group by c.lad_code, c.lad_name
  order by 1 desc, 4, 2
$$;
comment on function public.resident_counts_by_area() is
  'People offering gifts per ward (approved offers whose resident consents to be counted), for the public map: a ward with fewer than 5 is left out and counted only in its authority''s total, and when the wards left out of an authority add up to 1–4 the next smallest ward is left out too, so that no count below 5 can be worked out by subtraction. Security definer because nobody but builders and admins may read offers; it returns only these counts.';
revoke execute on function public.resident_counts_by_area() from public, anon, authenticated;
grant execute on function public.resident_counts_by_area() to anon, authenticated;

create function public.match_residents_by_distance(
  p_lng double precision,
  p_lat double precision,
  p_kind public.gift_kind default null
) returns table (
  resident_id uuid,
  display_name text,
  ward_name text,
  gifts jsonb,
  travel public.travel_range,
  distance_band text
)
language plpgsql stable security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_place extensions.geography;
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and admins can match residents.' using errcode = '42501';
  end if;
  if p_lng is null or p_lat is null or p_lng not between -180 and 180 or p_lat not between -90 and 90 then
    raise exception 'Coordinates % , % are not a longitude and latitude.', p_lng, p_lat
      using errcode = '22023';
  end if;
  v_place := extensions.st_setsrid(extensions.st_makepoint(p_lng, p_lat), 4326)::extensions.geography;
  return query
  select m.resident_id, m.display_name, m.ward_name, m.gifts, m.travel, b.band
  from (
    select r.resident_id, r.display_name, w.ward_name, o.travel,
      (select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
          'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
        from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
        where g.resident_id = r.resident_id and (p_kind is null or g.kind = p_kind)) as gifts,
      -- On the sphere, as everywhere in the project (ARCHITECTURE.md §5).
      case
        when extensions.st_dwithin(h.point::extensions.geography, v_place, 1000, false) then 1
        when extensions.st_dwithin(h.point::extensions.geography, v_place, 3000, false) then 2
        else 3
      end as band_order
    from public.residents r
    join public.resident_home_points h on h.resident_id = r.resident_id
    left join public.wards w on w.ward_code = r.ward_code
    left join public.resident_offer_preferences o on o.resident_id = r.resident_id
    where r.status = 'approved'
      and extensions.st_dwithin(h.point::extensions.geography, v_place, 20000, false)
      and exists (
        select 1 from public.resident_consents c
        where c.resident_id = r.resident_id and c.purpose = 'contact_by_builder' and c.withdrawn_at is null)
      and (p_kind is null or exists (
        select 1 from public.resident_gifts g where g.resident_id = r.resident_id and g.kind = p_kind))
  ) m
  cross join lateral (select case m.band_order
    when 1 then 'under 1 km' when 2 then '1–3 km' else 'over 3 km' end as band) b
  -- By band, then by name: an order by distance inside a band would rank the homes.
  order by m.band_order, m.display_name, m.resident_id;
end
$$;
comment on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) is
  'For builders and admins: approved residents who agreed to be contacted, within 20 km of a place ([lng, lat]) and offering gifts of the kind given, with the distance as a band (under 1 km, 1–3 km, over 3 km), ordered by band then name. Security definer because builders may not read home points; it returns bands, never a distance or a point.';
revoke execute on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) from public, anon, authenticated;
grant execute on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) to authenticated;

-- Erases residents' records and says so in the audit log. p_user_ids: accounts to delete as well
-- when they were only a resident's (no other role, no other offer).
create function private.erase_residents(p_resident_ids uuid[], p_user_ids uuid[]) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_erased integer;
  v_user_id uuid;
begin
  insert into public.erased_gift_tallies as t (ward_code, kind, gift_count)
  select r.ward_code, g.kind, count(*)::integer
  from public.residents r join public.resident_gifts g on g.resident_id = r.resident_id
  where r.resident_id = any (p_resident_ids) and r.status = 'approved' and r.ward_code is not null
  group by r.ward_code, g.kind
  on conflict (ward_code, kind) do update set gift_count = t.gift_count + excluded.gift_count;

  delete from private.offer_attempts a
  using public.resident_contacts c
  where c.resident_id = any (p_resident_ids) and c.email is not null
    and a.key_hash = private.attempt_key('email', c.email);

  insert into public.audit_log (actor_id, action, table_name, row_id)
  select (select auth.uid()), 'erase', 'public.residents', r.resident_id::text
  from public.residents r where r.resident_id = any (p_resident_ids);

  delete from public.residents r where r.resident_id = any (p_resident_ids);
  get diagnostics v_erased = row_count;

  for v_user_id in
    select u.id from auth.users u
    where u.id = any (p_user_ids)
      and not exists (select 1 from public.memberships m where m.user_id = u.id and m.role <> 'resident')
      and not exists (select 1 from public.residents r where r.user_id = u.id)
  loop
    begin
      delete from auth.users u where u.id = v_user_id;
    exception when foreign_key_violation then
      -- Something else the person made still names the account: keep it, without the email.
      update auth.users u set email = null, raw_user_meta_data = '{}'::jsonb where u.id = v_user_id;
    end;
  end loop;
  return v_erased;
end
$$;
revoke execute on function private.erase_residents(uuid[], uuid[]) from public;

create function public.erase_my_data() returns integer
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is null then
    raise exception 'Sign in with the email link to erase your data.' using errcode = '42501';
  end if;
  return private.erase_residents(
    array(select r.resident_id from public.residents r where r.user_id = (select auth.uid())),
    array[(select auth.uid())]);
end
$$;
comment on function public.erase_my_data() is
  'Erases everything held about the caller as a resident (offers, gifts, contact details, home points, consents), and their account when it was only a resident''s; keeps an unlinked count per ward and kind of gift; records the erasure in the audit log without the content. Returns how many offers were erased. Security definer because residents may not delete these rows or write the tallies and the log; it erases only the caller''s own.';
revoke execute on function public.erase_my_data() from public, anon, authenticated;
grant execute on function public.erase_my_data() to authenticated;

create function public.erase_resident(p_resident_id uuid) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if not (select private.has_any_role('{admin}')) then
    raise exception 'Only administrators can erase a resident''s data.' using errcode = '42501';
  end if;
  if not exists (select 1 from public.residents r where r.resident_id = p_resident_id) then
    raise exception 'There is no offer with that id.' using errcode = 'P0002';
  end if;
  return private.erase_residents(
    array[p_resident_id],
    array(select r.user_id from public.residents r where r.resident_id = p_resident_id and r.user_id is not null));
end
$$;
comment on function public.erase_resident(uuid) is
  'An administrator erases a resident''s record on their request (by letter, by phone), as erase_my_data does for the resident. Security definer because the tallies and the audit log take no direct writes; it checks the admin role.';
revoke execute on function public.erase_resident(uuid) from public, anon, authenticated;
grant execute on function public.erase_resident(uuid) to authenticated;

create function public.purge_unconfirmed_offers() returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_deleted integer;
begin
  delete from public.residents r
  where (r.confirmed_at is null and r.created_at < now() - interval '90 days')
     or (r.status = 'rejected' and r.reviewed_at < now() - interval '90 days');
  get diagnostics v_deleted = row_count;
  delete from private.offer_attempts a where a.attempted_at < now() - interval '1 day';
  return v_deleted;
end
$$;
comment on function public.purge_unconfirmed_offers() is
  'The retention rule: deletes offers not confirmed within 90 days and offers rejected more than 90 days ago, and rate-limit entries older than a day; returns how many offers. Run daily by pg_cron (as postgres) on Supabase and at start-up in local mode. Security definer so that the job needs no grants on residents'' tables; only service_role may call it.';
revoke execute on function public.purge_unconfirmed_offers() from public, anon, authenticated;
grant execute on function public.purge_unconfirmed_offers() to service_role;

-- Daily at 03:17 where pg_cron is installed (Supabase: enable it under Database → Extensions
-- before this migration, or run the schedule below once by hand).
do $$
begin
  if exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
    execute $sql$select cron.schedule('purge-unconfirmed-offers', '17 3 * * *',
      'select public.purge_unconfirmed_offers()')$sql$;
  end if;
end
$$;
