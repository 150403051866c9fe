-- Adding an asset by postcode: the region's postcode unit centroids (public.postcodes, loaded by
-- the region importer) looked up as people type them ("cm1 1aa", "CM11AA", " CM1  1AA ").
-- Postcodes are places, never people, so anyone may look one up.

create function public.lookup_postcode(p_postcode text)
returns table (postcode text, lng double precision, lat double precision, ward_code text)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_compact text := upper(regexp_replace(coalesce(p_postcode, ''), '[[:space:]]', '', 'g'));
begin
  if v_compact !~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$' then
    raise exception '"%" is not a UK postcode; write it like CM1 1AA.', left(btrim(coalesce(p_postcode, '')), 20)
      using errcode = '22023';
  end if;
  return query
  select p.postcode, extensions.st_x(p.point), extensions.st_y(p.point), p.ward_code
  from public.postcodes p
  where p.postcode = left(v_compact, -3) || ' ' || right(v_compact, 3);
end
$$;
comment on function public.lookup_postcode(text) is
  'Where a postcode is (its unit centroid and ward), spacing and case ignored; no row when the region has no such postcode. Security invoker; anyone may call it.';
revoke execute on function public.lookup_postcode(text) from public;
grant execute on function public.lookup_postcode(text) to anon, authenticated;
