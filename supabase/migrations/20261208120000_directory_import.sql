-- Importing a directory (Open Referral UK 3.0, docs/partners.md): import_directory takes records
-- already read from an ORUK file by src/core/directory/read-oruk-services.ts (organisations and
-- save_scheme payloads, each with the file's record number), saves them through
-- save_partner_organisation and save_scheme as the caller, and reports per record. All or
-- nothing: when any record is refused nothing is written, unless p_skip_refused; a dry run writes
-- nothing. Terms from other taxonomies are kept on the scheme (scheme_external_terms) and offered
-- for mapping to a theme; a scheme with no theme of ours is filed under "Not yet mapped" until
-- its terms are mapped (map_external_term).

-- The theme of imported schemes whose terms are not yet mapped to one of ours: save_scheme needs
-- a theme, and a term of another directory is kept, never refused.
insert into public.scheme_themes (code, label, need_indicator, need_label, sort_order)
values ('not_yet_mapped', 'Not yet mapped (imported)', null, null, 1000)
on conflict (code) do nothing;

-- The bound on one import (private.limits), for import_directory, which runs as its caller.
-- Security definer: callers cannot read private.limits; it says only whether the count is within.
create function private.check_directory_import_size(p_records integer) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if p_records > private.limit_value('directory_import_records') then
    raise exception 'One import holds at most % records: split the file.',
      private.limit_value('directory_import_records') using errcode = '23514';
  end if;
end
$$;
comment on function private.check_directory_import_size(integer) is
  'Refuses an import of more records than private.limits allows. Security definer: callers cannot read private.limits; it answers only whether their own count is within the bound.';
revoke execute on function private.check_directory_import_size(integer) from public;
grant execute on function private.check_directory_import_size(integer) to authenticated, service_role;

create function public.import_directory(
  p_records jsonb, p_dry_run boolean default false, p_skip_refused boolean default false
) returns table (record_no integer, record_type text, record_id text, status text, reason text)
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_record jsonb;
  v_payload jsonb;
  v_org jsonb;
  v_sector public.partner_sector;
  v_warnings text[];
  v_themes jsonb;
  v_terms jsonb;
  v_venues jsonb;
  v_location jsonb;
  v_asset uuid;
  v_known record;
  v_no integer[] := '{}';
  v_type text[] := '{}';
  v_id text[] := '{}';
  v_status text[] := '{}';
  v_reason text[] := '{}';
  v_refused integer := 0;
  v_rolled_back boolean := false;
begin
  if (select auth.uid()) is null then
    raise exception 'Sign in to import a directory.' using errcode = '42501';
  end if;
  if p_records is null or jsonb_typeof(p_records) <> 'array' then
    raise exception 'The records are a JSON list.' using errcode = '22023';
  end if;
  perform private.check_directory_import_size(jsonb_array_length(p_records));

  begin
    for v_record in select e from jsonb_array_elements(p_records) e loop
      v_warnings := coalesce(array(select jsonb_array_elements_text(
        case jsonb_typeof(v_record -> 'warnings') when 'array' then v_record -> 'warnings' else '[]' end)), '{}');
      v_no := v_no || coalesce((v_record ->> 'record_no')::integer, cardinality(v_no) + 1);
      v_type := v_type || coalesce(v_record ->> 'record_type', '');
      v_id := v_id || coalesce(v_record ->> 'record_id', '');
      begin
        if v_record ->> 'record_type' = 'organization' then
          v_org := v_record -> 'organisation';
          -- A file names no sector (only ours do): keep the one the organisation has.
          select o.sector into v_sector from public.partner_organisations o
          where o.id = (v_org ->> 'id')::uuid;
          if v_org ->> 'sector' is not null then
            v_sector := (v_org ->> 'sector')::public.partner_sector;
          elsif v_sector is null then
            v_sector := 'voluntary';
            v_warnings := v_warnings || 'no sector given: filed as voluntary'::text;
          end if;
          perform public.save_partner_organisation((v_org ->> 'id')::uuid, v_org ->> 'name', v_sector,
            v_org ->> 'description', v_org ->> 'website', v_org ->> 'email', v_org ->> 'phone');
        elsif v_record ->> 'record_type' = 'service' then
          v_payload := v_record -> 'scheme';
          v_terms := coalesce(v_record -> 'external_terms', '[]');
          -- A term mapped before (on any scheme) maps the same way here.
          v_terms := coalesce((
            select jsonb_agg(t || jsonb_build_object('mapped_theme', (
              select x.mapped_theme from public.scheme_external_terms x
              where x.vocabulary = btrim(t ->> 'vocabulary') and x.term_code = btrim(t ->> 'term_code')
                and x.mapped_theme is not null
              group by x.mapped_theme order by count(*) desc, x.mapped_theme limit 1)))
            from jsonb_array_elements(v_terms) t), '[]');
          v_themes := coalesce(v_payload -> 'themes', '[]');
          if jsonb_array_length(v_themes) = 0 then
            v_themes := coalesce((select jsonb_agg(distinct t ->> 'mapped_theme')
              from jsonb_array_elements(v_terms) t where t ->> 'mapped_theme' is not null), '[]');
            if jsonb_array_length(v_themes) = 0 then
              v_themes := '["not_yet_mapped"]';
              v_warnings := v_warnings || 'no theme of ours: filed under "Not yet mapped" until its terms are mapped'::text;
            end if;
          end if;
          -- Locations become venues: a place on the map the caller can see, else the scheme's
          -- sensitive venue of that public name (when the caller may see it; when not, save_scheme
          -- keeps it as it is), else left out with a warning.
          v_venues := '[]';
          for v_location in select e from jsonb_array_elements(coalesce(v_record -> 'locations', '[]')) e loop
            v_asset := null;
            if (v_location ->> 'location_id') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
              select a.asset_id into v_asset from public.assets a
              where a.asset_id = (v_location ->> 'location_id')::uuid;
            end if;
            if v_asset is not null then
              select sv.public_name, sv.front_door_contact into v_known from public.scheme_venues sv
              where sv.scheme_id = (v_payload ->> 'id')::uuid and sv.asset_id = v_asset;
              v_venues := v_venues || jsonb_build_object('asset_id', v_asset,
                'public_name', v_known.public_name, 'front_door_contact', v_known.front_door_contact);
              continue;
            end if;
            select sv.asset_id, sv.front_door_contact into v_known from public.scheme_venues sv
            where sv.scheme_id = (v_payload ->> 'id')::uuid and sv.public_name = v_location ->> 'name';
            if v_known.asset_id is not null then
              v_venues := v_venues || jsonb_build_object('asset_id', v_known.asset_id,
                'public_name', v_location ->> 'name',
                'front_door_contact', coalesce(v_location ->> 'description', v_known.front_door_contact));
            elsif not exists (
              select 1 from public.directory_service d, jsonb_array_elements(d.venues) v
              where d.scheme_id = (v_payload ->> 'id')::uuid and (v.value ->> 'sensitive')::boolean
                and v.value ->> 'name' = v_location ->> 'name'
            ) then
              v_warnings := v_warnings || format('location "%s" is not a place on this map: not linked',
                left(coalesce(v_location ->> 'name', v_location ->> 'location_id'), 80));
            end if;
          end loop;
          perform public.save_scheme(v_payload || jsonb_build_object(
            'themes', v_themes, 'venues', v_venues, 'external_terms', v_terms));
          if (v_record ->> 'retired')::boolean then
            perform public.retire_scheme((v_payload ->> 'id')::uuid);
          end if;
        else
          raise exception 'A record is an organization or a service.' using errcode = '22023';
        end if;
        v_status := v_status || (case when cardinality(v_warnings) > 0 then 'warning' else 'ok' end);
        v_reason := v_reason || nullif(array_to_string(v_warnings, '; '), '');
      exception when others then
        v_refused := v_refused + 1;
        v_status := v_status || 'refused'::text;
        v_reason := v_reason || case sqlstate
          when '22P02' then 'an id, code or time that is not valid'
          else sqlerrm end;
      end;
    end loop;
    if p_dry_run or (v_refused > 0 and not p_skip_refused) then
      v_rolled_back := v_refused > 0 and not p_dry_run;
      -- Undoes every record's writes; the report above is kept in variables.
      raise exception 'rolled back' using errcode = 'PCAMR';
    end if;
  exception when sqlstate 'PCAMR' then
    null;
  end;

  return query
  select v_no[i], v_type[i], v_id[i], v_status[i],
    case when v_rolled_back and v_status[i] <> 'refused'
      then concat_ws('; ', 'not written: another record was refused', v_reason[i])
      else v_reason[i] end
  from generate_subscripts(v_no, 1) i
  order by i;
end
$$;
comment on function public.import_directory(jsonb, boolean, boolean) is
  'Imports directory records (organisations and schemes read from an Open Referral UK file) through save_partner_organisation and save_scheme as the caller, with a report per record; all or nothing unless p_skip_refused; a dry run writes nothing. Security invoker: the functions it calls check the caller''s rights per record.';
revoke execute on function public.import_directory(jsonb, boolean, boolean) from public;
grant execute on function public.import_directory(jsonb, boolean, boolean) to authenticated, service_role;

-- Maps a term of another taxonomy to one of our themes on every scheme the caller may edit that
-- carries it: the theme is added to those schemes (and "Not yet mapped" taken off them), and later
-- imports of the term follow the mapping. Security definer: no API role writes the scheme tables;
-- it changes only schemes of organisations the caller acts for (or administers).
create function public.map_external_term(p_vocabulary text, p_term_code text, p_theme text)
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_schemes uuid[];
begin
  if (select auth.uid()) is null then
    raise exception 'Sign in to map terms.' using errcode = '42501';
  end if;
  if not exists (select 1 from public.scheme_themes t
      where t.code = p_theme and not t.retired and t.code <> 'not_yet_mapped') then
    raise exception 'There is no theme "%".', left(p_theme, 40) using errcode = '22023';
  end if;
  select coalesce(array_agg(x.scheme_id), '{}') into v_schemes
  from public.scheme_external_terms x
  join public.schemes s on s.id = x.scheme_id
  where x.vocabulary = p_vocabulary and x.term_code = p_term_code
    and private.can_edit_partner_organisation(s.organisation_id);
  update public.scheme_external_terms x set mapped_theme = p_theme
  where x.scheme_id = any (v_schemes) and x.vocabulary = p_vocabulary and x.term_code = p_term_code;
  insert into public.scheme_theme_links (scheme_id, theme_code)
  select s, p_theme from unnest(v_schemes) s on conflict do nothing;
  delete from public.scheme_theme_links l
  where l.scheme_id = any (v_schemes) and l.theme_code = 'not_yet_mapped';
  update public.schemes s set updated_at = now(), updated_by = (select auth.uid())
  where s.id = any (v_schemes);
  return cardinality(v_schemes);
end
$$;
comment on function public.map_external_term(text, text, text) is
  'Maps a term of another directory''s taxonomy to a theme on the schemes the caller may edit that carry it; returns how many. Security definer: no API role writes the scheme tables; it checks the caller acts for each scheme''s organisation.';
revoke execute on function public.map_external_term(text, text, text) from public;
grant execute on function public.map_external_term(text, text, text) to authenticated, service_role;
