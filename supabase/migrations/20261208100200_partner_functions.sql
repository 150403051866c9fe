-- Writing partners' organisations, people, schemes, themes and champion counts (docs/partners.md).
-- Every function is security definer (no API role writes these tables) and checks the caller per
-- row: an organisation's people (with edit_partner_schemes) change only their own organisation and
-- its schemes; administrators (manage_partner_organisations) any of their programme's.

-- A text field: trimmed, null when blank, refused when too long or holding control characters.
create function private.partner_text(p_value text, p_what text, p_max integer, p_required boolean)
returns text
language plpgsql immutable set search_path = ''
as $$
declare
  v_value text := nullif(btrim(p_value), '');
begin
  if v_value is null then
    if p_required then
      raise exception 'Give the %.', p_what using errcode = '22023';
    end if;
    return null;
  end if;
  if char_length(v_value) > p_max then
    raise exception 'The % has at most % characters.', p_what, p_max using errcode = '22023';
  end if;
  if private.has_control_characters(v_value, true) then
    raise exception 'The % holds characters that cannot be shown.', p_what using errcode = '22023';
  end if;
  return v_value;
end
$$;
revoke execute on function private.partner_text(text, text, integer, boolean) from public;

-- Contacts: an email, a phone number, a web address, each optional and checked.
create function private.partner_contact(p_value text, p_kind text, p_what text) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  v_value text := nullif(btrim(p_value), '');
begin
  if v_value is null then
    return null;
  end if;
  if p_kind = 'email' and not private.is_email(v_value) then
    raise exception 'The % is not an email address.', p_what using errcode = '22023';
  elsif p_kind = 'phone' and v_value !~ '^[0-9 +()-]{3,40}$' then
    raise exception 'The % is not a phone number (digits, spaces, +, ( ) and -).', p_what using errcode = '22023';
  elsif p_kind = 'https' and not (v_value ~* '^https://' and private.is_web_address(v_value) and char_length(v_value) <= 500) then
    raise exception 'The % is a web address starting https://.', p_what using errcode = '22023';
  elsif p_kind = 'web' and not (private.is_web_address(v_value) and char_length(v_value) <= 500) then
    raise exception 'The % is a web address starting https:// or http://.', p_what using errcode = '22023';
  end if;
  return v_value;
end
$$;
revoke execute on function private.partner_contact(text, text, text) from public;

create function public.save_partner_organisation(
  p_id uuid, p_name text, p_sector public.partner_sector, p_description text default null,
  p_website text default null, p_email text default null, p_phone text default null,
  p_programme_id uuid default null
) returns setof public.partner_organisations
language plpgsql security definer set search_path = ''
as $$
declare
  v_existing public.partner_organisations;
  v_programme uuid := p_programme_id;
  v_id uuid := coalesce(p_id, gen_random_uuid());
  v_name text := private.partner_text(p_name, 'organisation''s name', 200, true);
  v_description text := private.partner_text(p_description, 'description', 2000, false);
  v_website text := private.partner_contact(p_website, 'https', 'website');
  v_email text := private.partner_contact(p_email, 'email', 'email');
  v_phone text := private.partner_contact(p_phone, 'phone', 'phone number');
begin
  if p_sector is null then
    raise exception 'Say which sector the organisation is in.' using errcode = '22023';
  end if;
  select * into v_existing from public.partner_organisations o where o.id = v_id for update;
  if v_existing.id is not null then
    if not private.can_edit_partner_organisation(v_existing.id) then
      raise exception 'Only the organisation''s people and administrators change it.' using errcode = '42501';
    end if;
    update public.partner_organisations o
    set name = v_name, sector = p_sector, description = v_description, website = v_website,
      email = v_email, phone = v_phone, updated_at = now()
    where o.id = v_id
      and (o.name, o.sector, o.description, o.website, o.email, o.phone)
        is distinct from (v_name, p_sector, v_description, v_website, v_email, v_phone);
  else
    if v_programme is null then
      select case when cardinality(p) = 1 then p[1] end into v_programme
      from (select private.programmes_where('manage_partner_organisations') as p) x;
    end if;
    if v_programme is null or not private.can('manage_partner_organisations', v_programme) then
      raise exception 'Only administrators open partner organisations.' using errcode = '42501';
    end if;
    insert into public.partner_organisations (id, programme_id, name, sector, description, website, email, phone)
    values (v_id, v_programme, v_name, p_sector, v_description, v_website, v_email, v_phone);
  end if;
  return query select * from public.partner_organisations o where o.id = v_id;
end
$$;
comment on function public.save_partner_organisation(uuid, text, public.partner_sector, text, text, text, text, uuid) is
  'Opens a partner organisation (administrators) or changes one (its people and administrators); idempotent on the id. Security definer: no API role writes partner_organisations; it checks the caller per organisation.';
revoke execute on function public.save_partner_organisation(uuid, text, public.partner_sector, text, text, text, text, uuid) from public;
grant execute on function public.save_partner_organisation(uuid, text, public.partner_sector, text, text, text, text, uuid) to authenticated, service_role;

-- The organisation, locked, when the caller administers its programme.
create function private.organisation_to_manage(p_organisation_id uuid) returns public.partner_organisations
language plpgsql set search_path = ''
as $$
declare
  v_org public.partner_organisations;
begin
  select * into v_org from public.partner_organisations o where o.id = p_organisation_id for update;
  if v_org.id is null then
    raise exception 'There is no partner organisation with that id.' using errcode = 'P0002';
  end if;
  if not private.can('manage_partner_organisations', v_org.programme_id) then
    raise exception 'Only the programme''s administrators add and remove an organisation''s people.'
      using errcode = '42501';
  end if;
  return v_org;
end
$$;
revoke execute on function private.organisation_to_manage(uuid) from public;

create function public.add_partner_person(p_organisation_id uuid, p_email text) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_org public.partner_organisations := private.organisation_to_manage(p_organisation_id);
  v_user uuid;
begin
  select u.id into v_user from auth.users u where lower(u.email) = lower(btrim(p_email));
  if v_user is null then
    raise exception 'No one has signed in with % yet: ask them to sign in once, then add them.',
      left(btrim(coalesce(p_email, '')), 254) using errcode = 'P0002';
  end if;
  insert into public.partner_organisation_people (organisation_id, user_id)
  values (v_org.id, v_user) on conflict do nothing;
end
$$;
comment on function public.add_partner_person(uuid, text) is
  'Adds a person (by the email they signed in with) to a partner organisation. Security definer: it looks the person up in auth.users, which no API role reads, after checking the caller administers the organisation''s programme.';
revoke execute on function public.add_partner_person(uuid, text) from public;
grant execute on function public.add_partner_person(uuid, text) to authenticated, service_role;

create function public.remove_partner_person(p_organisation_id uuid, p_user_id uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_org public.partner_organisations := private.organisation_to_manage(p_organisation_id);
begin
  delete from public.partner_organisation_people p
  where p.organisation_id = v_org.id and p.user_id = p_user_id;
end
$$;
comment on function public.remove_partner_person(uuid, uuid) is
  'Removes a person from a partner organisation. Security definer: no API role writes partner_organisation_people; it checks the caller administers the organisation''s programme.';
revoke execute on function public.remove_partner_person(uuid, uuid) from public;
grant execute on function public.remove_partner_person(uuid, uuid) to authenticated, service_role;

create function public.my_partner_organisations() returns table (organisation_id uuid, name text)
language sql stable security definer set search_path = ''
as $$
  select o.id, o.name
  from public.partner_organisations o
  where private.can_edit_partner_organisation(o.id)
  order by o.name, o.id
$$;
comment on function public.my_partner_organisations() is
  'The partner organisations the caller may act for: those they are a person of (with edit_partner_schemes), and for an administrator every organisation of their programmes. Security definer: it reads the caller''s own rights only.';
revoke execute on function public.my_partner_organisations() from public;
grant execute on function public.my_partner_organisations() to authenticated, service_role;

-- A list of codes from a payload: each must be a string.
create function private.payload_codes(p_payload jsonb, p_key text, p_what text) returns text[]
language plpgsql immutable set search_path = ''
as $$
begin
  if p_payload -> p_key is null or jsonb_typeof(p_payload -> p_key) = 'null' then
    return '{}';
  end if;
  if jsonb_typeof(p_payload -> p_key) <> 'array'
    or exists (select 1 from jsonb_array_elements(p_payload -> p_key) e where jsonb_typeof(e) <> 'string') then
    raise exception 'The % are a list of codes.', p_what using errcode = '22023';
  end if;
  return array(select distinct e from jsonb_array_elements_text(p_payload -> p_key) e order by e);
end
$$;
revoke execute on function private.payload_codes(jsonb, text, text) from public;

create function public.save_scheme(p_scheme jsonb) returns setof public.directory_service
language plpgsql security definer set search_path = ''
as $$
declare
  v_id uuid;
  v_org public.partner_organisations;
  v_existing public.schemes;
  v_name text;
  v_description text;
  v_how text;
  v_contact_name text;
  v_contact_email text;
  v_contact_phone text;
  v_url text;
  v_kind public.scheme_kind;
  v_access public.scheme_access;
  v_themes text[];
  v_audiences text[];
  v_areas text[];
  v_bad text;
  v_schedule jsonb;
  v_venue jsonb;
  v_asset public.assets;
  v_saved uuid[] := '{}';
begin
  if p_scheme is null or jsonb_typeof(p_scheme) <> 'object' then
    raise exception 'A scheme is a JSON object.' using errcode = '22023';
  end if;
  begin
    v_id := (p_scheme ->> 'id')::uuid;
    select * into v_org from public.partner_organisations o
    where o.id = (p_scheme ->> 'organisation_id')::uuid for update;
    v_kind := coalesce(p_scheme ->> 'kind', 'service')::public.scheme_kind;
    v_access := coalesce(p_scheme ->> 'access', 'open')::public.scheme_access;
  exception when invalid_text_representation then
    raise exception 'A scheme''s id and organisation are ids; its kind is service or safe_space; its access open or referral.'
      using errcode = '22023';
  end;
  if v_id is null then
    raise exception 'A scheme needs its id (made by the client, so that saving twice is safe).' using errcode = '22023';
  end if;
  if v_org.id is null then
    raise exception 'There is no partner organisation with that id.' using errcode = 'P0002';
  end if;
  select * into v_existing from public.schemes s where s.id = v_id for update;
  -- A partner saves only their own organisation's schemes, and never takes another's scheme by
  -- saving it under their organisation.
  if not private.can_edit_partner_organisation(v_org.id)
    or (v_existing.id is not null and not private.can_edit_partner_organisation(v_existing.organisation_id)) then
    raise exception 'Only the organisation''s people and administrators change its schemes.' using errcode = '42501';
  end if;

  v_name := private.partner_text(p_scheme ->> 'name', 'scheme''s name', 200, true);
  v_description := private.partner_text(p_scheme ->> 'description', 'description', 4000, false);
  v_how := private.partner_text(p_scheme ->> 'how_to_access', 'how to get help', 1000, false);
  v_contact_name := private.partner_text(p_scheme ->> 'contact_name', 'contact''s name', 200, false);
  v_contact_email := private.partner_contact(p_scheme ->> 'contact_email', 'email', 'contact email');
  v_contact_phone := private.partner_contact(p_scheme ->> 'contact_phone', 'phone', 'contact phone number');
  v_url := private.partner_contact(p_scheme ->> 'url', 'web', 'web address');

  v_themes := private.payload_codes(p_scheme, 'themes', 'themes');
  if cardinality(v_themes) = 0 then
    raise exception 'Choose at least one theme.' using errcode = '22023';
  end if;
  select t into v_bad from unnest(v_themes) t
  where not exists (select 1 from public.scheme_themes x where x.code = t
    and (not x.retired or exists (select 1 from public.scheme_theme_links l where l.scheme_id = v_id and l.theme_code = t)))
  limit 1;
  if v_bad is not null then
    raise exception 'There is no theme "%".', left(v_bad, 40) using errcode = '22023';
  end if;

  v_audiences := private.payload_codes(p_scheme, 'audiences', 'audiences');
  if cardinality(v_audiences) = 0 then
    raise exception 'Say who the scheme is for (at least one audience).' using errcode = '22023';
  end if;
  select a into v_bad from unnest(v_audiences) a
  where not exists (select 1 from public.scheme_audiences x where x.code = a) limit 1;
  if v_bad is not null then
    raise exception 'There is no audience "%".', left(v_bad, 40) using errcode = '22023';
  end if;

  v_areas := private.payload_codes(p_scheme, 'areas', 'areas');
  if cardinality(v_areas) > private.limit_value('partner_scheme_areas') then
    raise exception 'A scheme names at most % areas.', private.limit_value('partner_scheme_areas') using errcode = '23514';
  end if;
  select c into v_bad from unnest(v_areas) c
  where not exists (select 1 from public.programme_authorities pa
      where pa.lad_code = c and pa.programme_id = v_org.programme_id)
    and not exists (select 1 from public.wards w
      join public.programme_authorities pa on pa.lad_code = w.lad_code
      where w.ward_code = c and pa.programme_id = v_org.programme_id)
  limit 1;
  if v_bad is not null then
    raise exception 'Areas are authorities or wards of the organisation''s programme; "%" is not one.', left(v_bad, 20)
      using errcode = '22023';
  end if;

  if jsonb_typeof(coalesce(p_scheme -> 'schedules', '[]')) <> 'array'
    or jsonb_typeof(coalesce(p_scheme -> 'venues', '[]')) <> 'array' then
    raise exception 'Schedules and venues are lists.' using errcode = '22023';
  end if;
  if jsonb_array_length(coalesce(p_scheme -> 'schedules', '[]')) > private.limit_value('partner_scheme_schedules') then
    raise exception 'A scheme has at most % opening times.', private.limit_value('partner_scheme_schedules') using errcode = '23514';
  end if;
  if jsonb_array_length(coalesce(p_scheme -> 'venues', '[]')) > private.limit_value('partner_scheme_venues') then
    raise exception 'A scheme names at most % venues.', private.limit_value('partner_scheme_venues') using errcode = '23514';
  end if;

  if v_existing.id is null and (select count(*) from public.schemes s where s.organisation_id = v_org.id)
      >= private.limit_value('partner_schemes_per_organisation') then
    raise exception 'An organisation lists at most % schemes: retire one or ask an administrator.',
      private.limit_value('partner_schemes_per_organisation') using errcode = '23514';
  end if;

  if v_existing.id is null then
    insert into public.schemes (id, organisation_id, programme_id, kind, name, description, audiences,
      access, how_to_access, contact_name, contact_email, contact_phone, url, status, updated_by)
    values (v_id, v_org.id, v_org.programme_id, v_kind, v_name, v_description, v_audiences, v_access,
      v_how, v_contact_name, v_contact_email, v_contact_phone, v_url, 'active', (select auth.uid()));
  else
    update public.schemes s
    set organisation_id = v_org.id, kind = v_kind, name = v_name, description = v_description,
      audiences = v_audiences, access = v_access, how_to_access = v_how, contact_name = v_contact_name,
      contact_email = v_contact_email, contact_phone = v_contact_phone, url = v_url, status = 'active',
      updated_at = now(), updated_by = (select auth.uid())
    where s.id = v_id;
  end if;

  delete from public.scheme_theme_links l where l.scheme_id = v_id and l.theme_code <> all (v_themes);
  insert into public.scheme_theme_links (scheme_id, theme_code)
  select v_id, t from unnest(v_themes) t on conflict do nothing;

  delete from public.scheme_areas a where a.scheme_id = v_id and a.area_code <> all (v_areas);
  insert into public.scheme_areas (scheme_id, area_code)
  select v_id, c from unnest(v_areas) c on conflict do nothing;

  delete from public.scheme_schedules h where h.scheme_id = v_id;
  for v_schedule in select e from jsonb_array_elements(coalesce(p_scheme -> 'schedules', '[]')) e loop
    begin
      insert into public.scheme_schedules (scheme_id, byday, opens_at, closes_at, note)
      values (v_id, upper(v_schedule ->> 'byday'), (v_schedule ->> 'opens_at')::time,
        (v_schedule ->> 'closes_at')::time,
        private.partner_text(v_schedule ->> 'note', 'opening time''s note', 200, false));
    exception when check_violation or not_null_violation or invalid_datetime_format
      or datetime_field_overflow then
      raise exception 'An opening time is a weekday (MO to SU) with a time it opens and a later time it closes.'
        using errcode = '22023';
    end;
  end loop;

  -- Venues: the caller names those they can see; a venue they cannot see (a refuge added by
  -- safeguarding, shown to them by its public name only) stays as it is.
  for v_venue in select e from jsonb_array_elements(coalesce(p_scheme -> 'venues', '[]')) e loop
    begin
      select * into v_asset from public.assets x where x.asset_id = (v_venue ->> 'asset_id')::uuid;
    exception when invalid_text_representation then
      v_asset := null;
    end;
    if v_asset.asset_id is null or not private.can_see_asset(v_asset)
      or v_asset.programme_id <> v_org.programme_id or v_asset.status in ('rejected', 'archived') then
      raise exception 'A venue is a place on the map of the organisation''s programme.' using errcode = '22023';
    end if;
    if v_asset.is_sensitive and (private.is_blank(v_venue ->> 'public_name')
        or private.is_blank(v_venue ->> 'front_door_contact')) then
      raise exception 'A sensitive place needs a public name and a front-door contact.' using errcode = '22023';
    end if;
    v_saved := v_saved || v_asset.asset_id;
    insert into public.scheme_venues (scheme_id, asset_id, public_name, front_door_contact)
    values (v_id, v_asset.asset_id,
      private.partner_text(v_venue ->> 'public_name', 'venue''s public name', 200, false),
      private.partner_text(v_venue ->> 'front_door_contact', 'front-door contact', 500, false))
    on conflict (scheme_id, asset_id) do update
      set public_name = excluded.public_name, front_door_contact = excluded.front_door_contact;
  end loop;
  delete from public.scheme_venues v
  where v.scheme_id = v_id
    and v.asset_id <> all (v_saved)
    and private.can_see_asset((select x from public.assets x where x.asset_id = v.asset_id));

  -- Terms from another directory's taxonomy (an import), when given.
  if p_scheme ? 'external_terms' then
    delete from public.scheme_external_terms t where t.scheme_id = v_id;
    begin
      insert into public.scheme_external_terms (scheme_id, vocabulary, term_code, term_name, mapped_theme)
      select distinct on (btrim(e ->> 'vocabulary'), btrim(e ->> 'term_code'))
        v_id, btrim(e ->> 'vocabulary'), btrim(e ->> 'term_code'), btrim(e ->> 'term_name'),
        nullif(e ->> 'mapped_theme', '')
      from jsonb_array_elements(coalesce(p_scheme -> 'external_terms', '[]')) e;
    exception when check_violation or not_null_violation or foreign_key_violation then
      raise exception 'A term from another taxonomy has a vocabulary, a code and a name (and maps to a theme that exists).'
        using errcode = '22023';
    end;
  end if;

  return query select * from public.directory_service d where d.scheme_id = v_id;
end
$$;
comment on function public.save_scheme(jsonb) is
  'Adds or changes a scheme with its themes, audiences, schedules, areas, venues (and terms from other taxonomies) in one transaction; idempotent on the client''s id. Security definer: no API role writes the scheme tables; it checks the caller acts for the scheme''s organisation (and for the organisation it is saved under), and that every venue is a place they may see.';
revoke execute on function public.save_scheme(jsonb) from public;
grant execute on function public.save_scheme(jsonb) to authenticated, service_role;

create function public.retire_scheme(p_scheme_id uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_scheme public.schemes;
begin
  select * into v_scheme from public.schemes s where s.id = p_scheme_id for update;
  if v_scheme.id is null or not private.can_edit_partner_organisation(v_scheme.organisation_id) then
    if v_scheme.id is null or v_scheme.status <> 'active' then
      raise exception 'There is no scheme with that id.' using errcode = 'P0002';
    end if;
    raise exception 'Only the organisation''s people and administrators retire its schemes.' using errcode = '42501';
  end if;
  update public.schemes s set status = 'retired', updated_at = now(), updated_by = (select auth.uid())
  where s.id = p_scheme_id and s.status <> 'retired';
end
$$;
comment on function public.retire_scheme(uuid) is
  'Retires a scheme (it leaves the directory; its organisation''s people still read it). Security definer: no API role writes schemes; it checks the caller acts for the scheme''s organisation.';
revoke execute on function public.retire_scheme(uuid) from public;
grant execute on function public.retire_scheme(uuid) to authenticated, service_role;

create function public.save_scheme_theme(
  p_code text, p_label text, p_need_indicator text default null, p_need_label text default null,
  p_retired boolean default false
) returns setof public.scheme_themes
language plpgsql security definer set search_path = ''
as $$
declare
  v_label text := private.partner_text(p_label, 'theme''s label', 100, true);
  v_indicator text := nullif(btrim(p_need_indicator), '');
  v_need_label text := private.partner_text(p_need_label, 'need measure''s label', 200, false);
begin
  if not private.can_anywhere('edit_taxonomy') then
    raise exception 'Only administrators edit the themes.' using errcode = '42501';
  end if;
  if p_code is null or p_code !~ '^[a-z_]{2,40}$' then
    raise exception 'A theme''s code is 2 to 40 lower-case letters and underscores.' using errcode = '22023';
  end if;
  if v_indicator is not null and v_indicator !~ '^[a-z0-9_]{1,60}$' then
    raise exception 'A need indicator is the code of a ward indicator.' using errcode = '22023';
  end if;
  if v_indicator is not null and v_need_label is null then
    v_need_label := v_indicator;
  end if;
  insert into public.scheme_themes (code, label, need_indicator, need_label, sort_order, retired)
  values (p_code, v_label, v_indicator, case when v_indicator is not null then v_need_label end,
    coalesce((select max(t.sort_order) + 10 from public.scheme_themes t), 10), coalesce(p_retired, false))
  on conflict (code) do update
    set label = excluded.label, need_indicator = excluded.need_indicator,
      need_label = excluded.need_label, retired = excluded.retired;
  return query select * from public.scheme_themes t where t.code = p_code;
end
$$;
comment on function public.save_scheme_theme(text, text, text, text, boolean) is
  'Adds or changes a scheme theme (label, the ward indicator measuring its need, retired). Security definer: no API role writes scheme_themes; it checks edit_taxonomy (the taxonomy is shared by every programme, as the asset taxonomy).';
revoke execute on function public.save_scheme_theme(text, text, text, text, boolean) from public;
grant execute on function public.save_scheme_theme(text, text, text, text, boolean) to authenticated, service_role;

create function public.record_champion_count(p_ward_code text, p_champions integer) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_ward public.wards;
begin
  select * into v_ward from public.wards w where w.ward_code = p_ward_code;
  if v_ward.ward_code is null then
    raise exception 'There is no ward %.', left(coalesce(p_ward_code, ''), 12) using errcode = 'P0002';
  end if;
  if not coalesce(private.can('record_champion_counts', private.programme_of_ward(v_ward.ward_code), v_ward.lad_code), false) then
    raise exception 'Only partners, safeguarding and administrators of the ward''s programme record champions.'
      using errcode = '42501';
  end if;
  if p_champions is null or p_champions not between 0 and 100000 then
    raise exception 'A count of champions is a whole number from 0.' using errcode = '22023';
  end if;
  insert into public.champion_counts (ward_code, champions, updated_at, updated_by)
  values (v_ward.ward_code, p_champions, now(), (select auth.uid()))
  on conflict (ward_code) do update
    set champions = excluded.champions, updated_at = excluded.updated_at, updated_by = excluded.updated_by;
end
$$;
comment on function public.record_champion_count(text, integer) is
  'Records how many trained community champions a ward has (a count, never a person). Security definer: no API role writes champion_counts; it checks record_champion_counts in the ward''s programme and authority.';
revoke execute on function public.record_champion_count(text, integer) from public;
grant execute on function public.record_champion_count(text, integer) to authenticated, service_role;
