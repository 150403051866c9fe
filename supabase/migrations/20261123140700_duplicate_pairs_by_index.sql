-- Duplicate candidates by the spatial index. Under Row Level Security Postgres applies a query's
-- own conditions only after the policies, unless their functions are leakproof, and PostGIS's
-- (&&, ST_DWithin) are not: so the self-join in list_duplicate_candidates could not use the GiST
-- index on assets.point and compared every pair (minutes for 20,000 assets; 0.4 s by the index).
-- The pairs are now found by a security definer function that returns ids and distances only;
-- list_duplicate_candidates (security invoker) then reads both assets through Row Level Security
-- by id, so a pair is shown only when the caller may see both of its assets.

-- Pairs of live (pending or approved) assets within p_max_metres on the sphere, as ids and whole
-- metres. Sensitive places take part only for safeguarding and admins, so that a distance never
-- says where a hidden place is.
create function private.live_asset_pairs_within(p_max_metres double precision)
returns table (first_id uuid, second_id uuid, metres double precision)
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_with_sensitive boolean := (select private.has_any_role('{safeguarding,admin}'));
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  return query
  select a.asset_id, b.asset_id,
    extensions.st_distance(a.point::extensions.geography, b.point::extensions.geography, false)
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
    and (v_with_sensitive or not (a.is_sensitive or b.is_sensitive));
end
$$;
comment on function private.live_asset_pairs_within(double precision) is
  'Pairs of live assets within a distance, as ids and metres, for list_duplicate_candidates. Security definer because Row Level Security would keep the GiST index from being used (PostGIS operators are not leakproof); it answers reviewers only, leaves sensitive places out for everyone but safeguarding and admins, and returns no names or places: the caller reads both assets through Row Level Security.';
revoke execute on function private.live_asset_pairs_within(double precision) from public;
grant execute on function private.live_asset_pairs_within(double precision) to authenticated, service_role;

create or replace function public.list_duplicate_candidates(
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
    select p.first_id, p.second_id, p.metres,
      private.name_similarity(f.name, s.name) as name_similarity
    from private.live_asset_pairs_within(p_max_metres) p
    -- By id, through Row Level Security: a pair shows only when the caller sees both assets.
    join public.assets f on f.asset_id = p.first_id
    join public.assets s on s.asset_id = p.second_id
  )
  select to_jsonb(fl), to_jsonb(sl), p.name_similarity, round(p.metres)::integer
  from pairs p
  join public.asset_list fl on fl.asset_id = p.first_id
  join public.asset_list sl on sl.asset_id = p.second_id
  where p.name_similarity >= p_min_similarity
  order by p.name_similarity desc, p.metres, p.first_id, p.second_id;
end
$$;
