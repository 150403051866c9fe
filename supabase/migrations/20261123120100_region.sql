-- The region: electoral wards, small areas (LSOA population-weighted centroids), indicators per
-- ward and per small area, and postcode centroids. Public reference data: anyone may read it;
-- only the importer (service_role or the table owner) writes it.

create table public.wards (
  ward_code text primary key check (ward_code ~ '^[EWSN]05[0-9]{6}$'),
  ward_name text not null,
  lad_code text not null check (lad_code ~ '^[EWSN]0[6-9][0-9]{6}$'),
  lad_name text not null,
  population integer not null check (population >= 0),
  geom extensions.geometry(MultiPolygon, 4326) not null check (extensions.st_isvalid(geom)),
  label_point extensions.geometry(Point, 4326)
);
comment on table public.wards is 'Electoral wards (ONS GSS codes) with Census 2021 population; loaded by the region importer.';
create index wards_geom_idx on public.wards using gist (geom);
create index wards_label_point_idx on public.wards using gist (label_point);
create index wards_lad_code_idx on public.wards (lad_code);
alter table public.wards enable row level security;
create policy "Anyone can read wards" on public.wards for select to anon, authenticated using (true);

create table public.small_areas (
  small_area_code text primary key check (small_area_code ~ '^[EW]01[0-9]{6}$'),
  small_area_name text not null,
  ward_code text not null references public.wards (ward_code) on delete cascade,
  population integer not null check (population >= 0),
  point extensions.geometry(Point, 4326) not null
);
comment on table public.small_areas is 'LSOA 2021 population-weighted centroids with their population: where residents are, for accessibility.';
create index small_areas_point_idx on public.small_areas using gist (point);
create index small_areas_ward_code_idx on public.small_areas (ward_code);
alter table public.small_areas enable row level security;
create policy "Anyone can read small areas" on public.small_areas for select to anon, authenticated using (true);

create table public.ward_indicators (
  ward_code text not null references public.wards (ward_code) on delete cascade,
  indicator text not null check (indicator ~ '^[a-z0-9_]{1,60}$'),
  value double precision not null check (value not in ('NaN', 'Infinity', '-Infinity')),
  source text not null,
  year integer not null,
  primary key (ward_code, indicator)
);
comment on table public.ward_indicators is 'Indicator values per ward (e.g. imd2025_score: population-weighted IMD 2025 score), with source and year.';
create index ward_indicators_indicator_idx on public.ward_indicators (indicator);
alter table public.ward_indicators enable row level security;
create policy "Anyone can read ward indicators" on public.ward_indicators for select to anon, authenticated using (true);

create table public.small_area_indicators (
  small_area_code text not null references public.small_areas (small_area_code) on delete cascade,
  indicator text not null check (indicator ~ '^[a-z0-9_]{1,60}$'),
  value double precision not null check (value not in ('NaN', 'Infinity', '-Infinity')),
  source text not null,
  year integer not null,
  primary key (small_area_code, indicator)
);
comment on table public.small_area_indicators is 'Indicator values per small area (LSOA 2021), e.g. IMD 2025 score and decile.';
create index small_area_indicators_indicator_idx on public.small_area_indicators (indicator);
alter table public.small_area_indicators enable row level security;
create policy "Anyone can read small area indicators" on public.small_area_indicators for select to anon, authenticated using (true);

create table public.postcodes (
  postcode text primary key check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  point extensions.geometry(Point, 4326) not null,
  ward_code text references public.wards (ward_code) on delete set null,
  small_area_code text
);
comment on table public.postcodes is 'Postcode unit centroids (OS Code-Point Open): places, never people.';
create index postcodes_point_idx on public.postcodes using gist (point);
create index postcodes_ward_code_idx on public.postcodes (ward_code);
alter table public.postcodes enable row level security;
create policy "Anyone can read postcodes" on public.postcodes for select to anon, authenticated using (true);

-- Reference data is written by the importer only.
revoke insert, update, delete, truncate on
  public.wards, public.small_areas, public.ward_indicators, public.small_area_indicators, public.postcodes
  from anon, authenticated;

-- One row per ward as the map panel shows it, with its Essex deprivation rank and tenth.
create view public.ward_summaries with (security_invoker = true) as
with imd as (
  select
    w.ward_code,
    max(i.value) filter (where i.indicator = 'imd2025_score') as imd2025_score,
    max(i.value) filter (where i.indicator = 'imd2019_score') as imd2019_score
  from public.wards w
  left join public.ward_indicators i on i.ward_code = w.ward_code
  group by w.ward_code
)
select
  w.ward_code,
  w.ward_name,
  w.lad_code,
  w.lad_name,
  w.population,
  imd.imd2025_score,
  case when imd.imd2025_score is not null
    then rank() over (order by imd.imd2025_score desc nulls last) end as imd2025_rank,
  case when imd.imd2025_score is not null
    then ceil(10.0 * rank() over (order by imd.imd2025_score desc nulls last)
      / count(imd.imd2025_score) over ())::integer end as imd2025_tenth,
  imd.imd2019_score,
  case when imd.imd2019_score is not null
    then rank() over (order by imd.imd2019_score desc nulls last) end as imd2019_rank
from public.wards w
join imd on imd.ward_code = w.ward_code;
comment on view public.ward_summaries is 'Wards with population and their rank and tenth (1 = most deprived) by population-weighted IMD score.';
grant select on public.ward_summaries to anon, authenticated;
