-- One page of the directory for the Open Referral UK API and export (src/core/directory/): the
-- active schemes matching words, a theme, an audience or an organisation, in name order, with how
-- many match in all (the API's page envelope needs the total). Security invoker over the
-- directory_service view: it returns exactly what the caller could read from the view.
create function public.directory_page(
  p_text text default null, p_theme text default null, p_audience text default null,
  p_organisation_id uuid default null, p_limit integer default 50, p_offset integer default 0
) returns jsonb
language sql stable security invoker set search_path = ''
as $$
  with pattern as (
    -- Words as search_directory reads them: at most 200 characters, wildcards taken literally.
    select '%' || replace(replace(replace(left(btrim(p_text), 200), '\', '\\'), '%', '\%'), '_', '\_')
      || '%' as value
    where nullif(btrim(p_text), '') is not null
  ),
  matching as (
    select d.* from public.directory_service d
    where (not exists (select 1 from pattern)
        or exists (select 1 from pattern x where d.name ilike x.value or d.description ilike x.value
          or d.organisation_name ilike x.value))
      and (p_theme is null or p_theme = any (d.themes))
      and (p_audience is null or p_audience = any (d.audiences))
      and (p_organisation_id is null or d.organisation_id = p_organisation_id)
  )
  select jsonb_build_object(
    'total', (select count(*) from matching),
    'rows', coalesce((
      select jsonb_agg(to_jsonb(p) order by p.name, p.scheme_id)
      from (select * from matching m order by m.name, m.scheme_id
        limit least(greatest(coalesce(p_limit, 50), 0), 200) offset greatest(coalesce(p_offset, 0), 0)) p
    ), '[]'::jsonb))
$$;
comment on function public.directory_page(text, text, text, uuid, integer, integer) is
  'One page (at most 200) of the directory''s active schemes matching words, a theme, an audience or an organisation, in name order, with the number matching in all: for the Open Referral UK API. Security invoker: it reads directory_service as the caller.';
revoke execute on function public.directory_page(text, text, text, uuid, integer, integer) from public;
grant execute on function public.directory_page(text, text, text, uuid, integer, integer) to anon, authenticated, service_role;
