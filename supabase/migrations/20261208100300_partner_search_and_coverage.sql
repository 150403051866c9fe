-- Searching the directory and the coordination views (docs/partners.md): schemes by theme,
-- audience, ward, postcode, words and "open now"; coverage per ward for a theme with its need; and
-- schemes per ward as supply for the gap analysis. All security invoker over the directory: they
-- read only what the caller may read, and a sensitive venue never places a scheme in a ward.

-- Whether a scheme is open at a moment, in Europe/London time; no opening times: never.
create function private.scheme_open_at(p_scheme_id uuid, p_at timestamptz) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select exists (
    select 1 from public.scheme_schedules h
    where h.scheme_id = p_scheme_id
      and h.byday = left(to_char(p_at at time zone 'Europe/London', 'DY'), 2)
      and (p_at at time zone 'Europe/London')::time >= h.opens_at
      and (p_at at time zone 'Europe/London')::time < h.closes_at
  )
$$;
revoke execute on function private.scheme_open_at(uuid, timestamptz) from public;
grant execute on function private.scheme_open_at(uuid, timestamptz) to anon, authenticated, service_role;

create function public.search_directory(
  p_theme text default null, p_audience text default null, p_ward_code text default null,
  p_postcode text default null, p_open_now boolean default false, p_text text default null,
  p_limit integer default 50, p_offset integer default 0
) returns setof public.directory_service
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_ward text := nullif(btrim(p_ward_code), '');
  v_text text := nullif(btrim(p_text), '');
  v_pattern text;
  v_found boolean;
begin
  if nullif(btrim(p_postcode), '') is not null then
    -- lookup_postcode refuses what is not a postcode (22023) and tidies spacing and case.
    select true, coalesce(p.ward_code, (
        select w.ward_code from public.wards w
        where extensions.st_covers(w.geom, extensions.st_setsrid(extensions.st_makepoint(p.lng, p.lat), 4326))
        order by w.sort_order, w.ward_code limit 1))
      into v_found, v_ward
    from public.lookup_postcode(p_postcode) p;
    if v_found is null or v_ward is null then
      raise exception 'The postcode % is not in the region.', upper(left(btrim(p_postcode), 10))
        using errcode = 'P0404';
    end if;
  end if;
  if v_text is not null then
    if char_length(v_text) > 200 then
      raise exception 'Search for at most 200 characters.' using errcode = '22023';
    end if;
    v_pattern := '%' || replace(replace(replace(v_text, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  end if;
  return query
  select d.* from public.directory_service d
  where (p_theme is null or p_theme = any (d.themes))
    and (p_audience is null or p_audience = any (d.audiences) or 'everyone' = any (d.audiences))
    and (v_ward is null or v_ward = any (d.ward_codes))
    and (not coalesce(p_open_now, false) or private.scheme_open_at(d.scheme_id, now()))
    and (v_pattern is null or d.name ilike v_pattern or d.description ilike v_pattern
      or d.organisation_name ilike v_pattern)
  order by d.name, d.scheme_id
  limit least(greatest(coalesce(p_limit, 50), 1), 200)
  offset greatest(coalesce(p_offset, 0), 0);
end
$$;
comment on function public.search_directory(text, text, text, text, boolean, text, integer, integer) is
  'The directory by theme, audience (schemes for everyone match every audience), ward or postcode (its ward; unknown: P0404), open now (Europe/London) and words, ordered by name; at most 200 a page. Security invoker over directory_service.';
revoke execute on function public.search_directory(text, text, text, text, boolean, text, integer, integer) from public;
grant execute on function public.search_directory(text, text, text, text, boolean, text, integer, integer)
  to anon, authenticated, service_role;

create function public.scheme_coverage(p_theme text, p_audience text default null)
returns table (ward_code text, ward_name text, schemes integer, scheme_ids uuid[],
  need_value double precision, need_percentile double precision, status text)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_indicator text;
begin
  select t.need_indicator into v_indicator from public.scheme_themes t where t.code = p_theme;
  if not found then
    raise exception 'There is no theme "%".', left(coalesce(p_theme, ''), 40) using errcode = '22023';
  end if;
  return query
  with mine as (
    select distinct c.programme_id from public.my_capabilities() c
  ), ward_set as (
    select w.ward_code, w.ward_name
    from public.wards w
    join public.programme_authorities pa on pa.lad_code = w.lad_code
    where not exists (select 1 from mine) or pa.programme_id in (select m.programme_id from mine m)
  ), matching as (
    select s.id
    from public.schemes s
    where s.status = 'active'
      and exists (select 1 from public.scheme_theme_links l where l.scheme_id = s.id and l.theme_code = p_theme)
      and (p_audience is null or p_audience = any (s.audiences) or 'everyone' = any (s.audiences))
  ), supply as (
    select x.ward_code, array_agg(x.scheme_id order by x.scheme_id) as ids
    from private.active_scheme_wards() x
    where x.scheme_id in (select m.id from matching m)
    group by x.ward_code
  ), need as (
    select ws.ward_code, ws.ward_name, i.value,
      case when i.value is not null
        then (percent_rank() over (partition by i.value is null order by i.value) * 100)::double precision
      end as percentile
    from ward_set ws
    left join public.ward_indicators i on i.ward_code = ws.ward_code and i.indicator = v_indicator
  )
  select n.ward_code, n.ward_name, coalesce(cardinality(s.ids), 0), coalesce(s.ids, '{}'::uuid[]),
    n.value, n.percentile,
    case
      when cardinality(s.ids) >= 2 then 'overlap'
      when cardinality(s.ids) = 1 then 'covered'
      when n.percentile >= 80 then 'gap'
      else 'none'
    end
  from need n
  left join supply s on s.ward_code = n.ward_code
  order by n.ward_code;
end
$$;
comment on function public.scheme_coverage(text, text) is
  'For a theme (and audience: schemes for everyone count for every audience), per ward of the caller''s programmes (the public: every programme): the active schemes running there, the theme''s need and its percentile among those wards, and overlap (2 or more), covered (1), gap (none where need is at or above the 80th percentile) or none. A theme without a need indicator has no gaps. Security invoker.';
revoke execute on function public.scheme_coverage(text, text) from public;
grant execute on function public.scheme_coverage(text, text) to anon, authenticated, service_role;

create function public.scheme_ward_supply() returns table (ward_code text, schemes integer)
language sql stable security invoker set search_path = ''
as $$
  select w.ward_code, count(x.scheme_id)::integer
  from public.wards w
  left join private.active_scheme_wards() x on x.ward_code = w.ward_code
  group by w.ward_code
  order by w.ward_code
$$;
comment on function public.scheme_ward_supply() is
  'Active schemes running in each ward, every theme, for the gap analysis''s supply (a sensitive venue places a scheme nowhere). Security invoker.';
revoke execute on function public.scheme_ward_supply() from public;
grant execute on function public.scheme_ward_supply() to anon, authenticated, service_role;
