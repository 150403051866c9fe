-- Ward gap analysis in the database: the SQL twin of src/core/analysis (ARCHITECTURE.md §5), for
-- connected mode at large scale. public.ward_asset_metrics gives, per ward and asset kind, the
-- same figures as the TypeScript core's listWardMetrics: approved assets inside the ward, the
-- rate per 1,000 residents, the share of residents (LSOA population-weighted centroids carrying
-- their population) within walking distance of an asset of the kind, and reach (assets within
-- 1 km of a resident, averaged over the ward's residents). tests/db/ward-gap-analysis.test.ts
-- proves that the two agree on every ward (counts exactly, coverage within 0.1 percentage point).
--
-- Rules shared with the core:
-- * A point on an edge shared by two wards counts in the ward that comes first in the region's
--   boundary file (wards.sort_order, written by the importer in file order); the assets trigger
--   uses the same rule, so assets.ward_code and the analysis never disagree.
-- * Distances are great-circle on a sphere: geography with use_spheroid => false (radius
--   6,371,008.77 m; the core's 6,371,008.8 m is micrometres apart at walking distances).
-- * Residents are placed in wards by their point, not by the small-area file's best-fit ward_code.

alter table public.wards add column sort_order integer not null default 0;
comment on column public.wards.sort_order is
  'Position of the ward in the region''s boundary file (0 = first). A point on an edge shared by two wards counts in the earlier one, as in the analysis core.';
-- Wards already loaded keep their code order until the importer writes them again.
update public.wards w set sort_order = o.position
from (select ward_code, (row_number() over (order by ward_code) - 1)::integer as position
      from public.wards) o
where o.ward_code = w.ward_code;
create index wards_sort_order_idx on public.wards (sort_order, ward_code);

-- The assets trigger, with the shared-edge rule of the analysis (file order, then code).
create or replace function private.place_asset_in_ward() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if tg_op = 'INSERT' or not extensions.st_orderingequals(new.point, old.point) then
    new.ward_code := (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, new.point)
      order by w.sort_order, w.ward_code
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

-- "Assets within d metres of a resident" on the sphere uses this index (ST_DWithin on geography).
create index assets_point_geography_idx on public.assets
  using gist ((point::extensions.geography));

create function public.ward_asset_metrics(
  p_distance_metres double precision default 800,
  p_kinds public.asset_kind[] default null,
  p_reach_metres double precision default 1000
) returns table (
  ward_code text,
  ward_name text,
  category text,
  assets integer,
  population integer,
  rate_per_1000 double precision,
  coverage_pct double precision,
  reach_mean double precision,
  resident_points integer
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_kinds public.asset_kind[];
begin
  if p_distance_metres is null or p_distance_metres not between 0 and 5000 then
    raise exception 'The walking distance must be between 0 and 5,000 metres, not %.',
      coalesce(p_distance_metres::text, 'empty') using errcode = '22023';
  end if;
  if p_reach_metres is null or p_reach_metres <= 0 or p_reach_metres > 5000 then
    raise exception 'The reach radius must be more than 0 and at most 5,000 metres, not %.',
      coalesce(p_reach_metres::text, 'empty') using errcode = '22023';
  end if;
  -- The kinds asked for, first mention first, each once; every kind when none are named.
  select coalesce(array_agg(k.kind order by k.position), '{}') into v_kinds
  from (
    select u.kind, min(u.position) as position
    from unnest(coalesce(p_kinds, enum_range(null::public.asset_kind))) with ordinality as u(kind, position)
    where u.kind is not null
    group by u.kind
  ) k;

  return query
  with kinds as (
    select k.kind, k.position from unnest(v_kinds) with ordinality as k(kind, position)
  ),
  -- Approved assets the caller may see: Row Level Security (this function is security invoker)
  -- leaves out sensitive places for everyone but safeguarding and admins.
  counted as (
    select placed.ward_code, a.kind, count(*)::integer as assets
    from public.assets a
    cross join lateral (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, a.point)
      order by w.sort_order, w.ward_code
      limit 1
    ) placed
    where a.status = 'approved' and a.kind = any (v_kinds)
    group by placed.ward_code, a.kind
  ),
  residents as materialized (
    select s.small_area_code, s.population, s.point::extensions.geography as place, home.ward_code
    from public.small_areas s
    cross join lateral (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, s.point)
      order by w.sort_order, w.ward_code
      limit 1
    ) home
  ),
  -- Each resident point with the assets of each kind near it: one indexed spatial join out to the
  -- larger radius, then the walking distance and the reach radius tested on the sphere.
  near as (
    select r.small_area_code, a.kind,
      bool_or(extensions.st_dwithin(a.point::extensions.geography, r.place, p_distance_metres, false)) as covered,
      count(*) filter (
        where extensions.st_dwithin(a.point::extensions.geography, r.place, p_reach_metres, false)
      ) as reach
    from residents r
    join public.assets a
      on extensions.st_dwithin(a.point::extensions.geography, r.place,
        greatest(p_distance_metres, p_reach_metres), false)
    where a.status = 'approved' and a.kind = any (v_kinds)
    group by r.small_area_code, a.kind
  ),
  people as (
    select r.ward_code, sum(r.population)::double precision as people, count(*)::integer as points
    from residents r
    group by r.ward_code
  ),
  served as (
    select r.ward_code, n.kind,
      coalesce(sum(r.population) filter (where n.covered), 0)::double precision as covered_people,
      sum(r.population::double precision * n.reach) as reach_people
    from residents r
    join near n on n.small_area_code = r.small_area_code
    group by r.ward_code, n.kind
  )
  select
    w.ward_code,
    w.ward_name,
    k.kind::text,
    coalesce(c.assets, 0),
    w.population,
    case when w.population > 0
      then (coalesce(c.assets, 0)::double precision / w.population) * 1000 end,
    case when p.people > 0 then (coalesce(s.covered_people, 0) / p.people) * 100 end,
    case when p.people > 0 then coalesce(s.reach_people, 0) / p.people end,
    coalesce(p.points, 0)
  from public.wards w
  cross join kinds k
  left join counted c on c.ward_code = w.ward_code and c.kind = k.kind
  left join people p on p.ward_code = w.ward_code
  left join served s on s.ward_code = w.ward_code and s.kind = k.kind
  order by w.sort_order, w.ward_code, k.position;
end
$$;
comment on function public.ward_asset_metrics(double precision, public.asset_kind[], double precision) is
  'Per ward and asset kind: approved assets inside the ward, rate per 1,000 residents, % of residents within p_distance_metres (sphere) of one, and assets within p_reach_metres of a resident on average. Security invoker: counts only assets the caller may see.';
revoke execute on function public.ward_asset_metrics(double precision, public.asset_kind[], double precision) from public;
grant execute on function public.ward_asset_metrics(double precision, public.asset_kind[], double precision) to anon, authenticated;
