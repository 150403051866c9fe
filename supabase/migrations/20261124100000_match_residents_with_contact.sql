-- Matching by distance says how to contact each resident it finds, so that a builder can act on a
-- match. It returns only residents who agreed to be contacted by a community builder, which is the
-- rule by which builders read resident_contacts (20261123160000_resident_offers.sql), so nothing
-- is shown that the builder could not already read. Still bands, never a distance or a point.
-- The result's columns change, so the function is dropped and made again (same arguments).

drop function public.match_residents_by_distance(double precision, double precision, public.gift_kind);

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
  email text,
  phone text,
  preferred_contact text,
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
  select m.resident_id, m.display_name, m.ward_name, m.gifts, m.travel,
    m.email, m.phone, m.preferred_contact, b.band
  from (
    select r.resident_id, r.display_name, w.ward_name, o.travel,
      k.email, k.phone, k.preferred_contact,
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
    left join public.resident_contacts k on k.resident_id = r.resident_id
    where r.status = 'approved'
      and extensions.st_dwithin(h.point::extensions.geography, v_place, 20000, false)
      -- The consent that lets a builder read the contact details (and be told of the resident).
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
  'For builders and admins: approved residents who agreed to be contacted by a builder, within 20 km of a place ([lng, lat]) and offering gifts of the kind given, with how to contact them and the distance as a band (under 1 km, 1–3 km, over 3 km), ordered by band then name. Security definer because builders may not read home points; it returns bands, never a distance or a point, and contact details only of residents who agreed to be contacted (as resident_contacts'' policy for builders).';
revoke execute on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) from public, anon, authenticated;
grant execute on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) to authenticated;
