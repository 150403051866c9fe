-- Every input to the asset functions checked, with a message that names the field: text that is
-- empty once invisible characters are removed (zero-width spaces, no-break spaces, fillers) counts
-- as empty; control characters are refused (line breaks and tabs only where a note may have
-- several lines); a website is an http or https address with a host, and nothing else; tags with
-- control characters are refused and invisible ones dropped like blank ones. The limits are those
-- of the table's checks, which tests/db/asset-field-limits.test.ts holds equal to the forms'
-- (src/core/assets/asset-field-limits.ts). The JSON of update_asset is checked in
-- 20261207130100_asset_writes_through_functions.sql.

-- True when nothing a person could see is left: only spaces of any kind, zero-width and joining
-- characters, the soft hyphen, variation selectors, bidirectional marks and Hangul fillers.
create function private.is_blank(p_text text) returns boolean
language sql immutable security invoker set search_path = ''
as $$
  select coalesce(p_text, '') ~ '^[[:space:]\u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0]*$'
$$;
revoke execute on function private.is_blank(text) from public;
grant execute on function private.is_blank(text) to authenticated, service_role;

-- True when the text holds a control character (C0 or C1); tabs and line breaks count unless
-- p_lines says the field may have several lines.
create function private.has_control_characters(p_text text, p_lines boolean default false)
returns boolean
language sql immutable security invoker set search_path = ''
as $$
  select case when p_lines
    then coalesce(p_text, '') ~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]'
    else coalesce(p_text, '') ~ '[\u0001-\u001f\u007f-\u009f]'
  end
$$;
revoke execute on function private.has_control_characters(text, boolean) from public;
grant execute on function private.has_control_characters(text, boolean) to authenticated, service_role;

-- Refuses a typed text that has control characters or is longer than p_max, naming the field
-- (e.g. 'opening times').
create function private.check_text_field(p_value text, p_field text, p_max integer, p_lines boolean)
returns void
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if p_value is null then
    return;
  end if;
  if private.has_control_characters(p_value, p_lines) then
    raise exception 'The % cannot hold control characters%.', p_field,
      case when p_lines then '' else ' or line breaks' end
      using errcode = '22023';
  end if;
  if char_length(p_value) > p_max then
    raise exception 'Keep the % to % characters.', p_field, to_char(p_max, 'FM999,999')
      using errcode = '22023';
  end if;
end
$$;
revoke execute on function private.check_text_field(text, text, integer, boolean) from public;
grant execute on function private.check_text_field(text, text, integer, boolean) to authenticated, service_role;

-- True for an http or https address with a host of at least two labels (no user name, no spaces,
-- quotes or angle brackets, no invisible characters), so that nothing else can become a link.
create function private.is_web_address(p_text text) returns boolean
language sql immutable security invoker set search_path = ''
as $$
  select p_text ~* '^https?://[^][/?#:@[:space:]"''<>\\^`{|}]+(:[0-9]{1,5})?([/?#][^[:space:]"<>\\^`{|}]*)?$'
    and substring(p_text from '^[A-Za-z]+://([^/?#:]+)') ~ '^[^.]+(\.[^.]+)+$'
    and not private.has_control_characters(p_text)
    and p_text !~ '[\u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0]'
$$;
revoke execute on function private.is_web_address(text) from public;
grant execute on function private.is_web_address(text) to authenticated, service_role;

-- Refuses what a person typed that the table would refuse anyway, or that no one could read, in
-- words they can act on. The name and contact are checked as they are stored (trimmed).
create or replace function private.check_asset_text(
  p_name text,
  p_description text,
  p_opening_times text,
  p_accessibility text,
  p_website text,
  p_contact text
) returns void
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if private.is_blank(p_name) then
    raise exception 'Give the asset a name.' using errcode = '22023';
  end if;
  perform private.check_text_field(btrim(p_name), 'name', 200, false);
  perform private.check_text_field(p_description, 'description', 5000, true);
  perform private.check_text_field(p_opening_times, 'opening times', 1000, true);
  perform private.check_text_field(p_accessibility, 'accessibility notes', 2000, true);
  if p_website is not null then
    if char_length(p_website) > 500 then
      raise exception 'Keep the website to 500 characters.' using errcode = '22023';
    elsif not private.is_web_address(p_website) then
      raise exception 'The website must be a full address starting with https:// (or http://), e.g. https://example.org.'
        using errcode = '22023';
    end if;
  end if;
  if p_contact is not null and private.is_blank(p_contact) and btrim(p_contact) <> '' then
    raise exception 'The contact has only invisible characters: type a phone number or email, or leave it empty.'
      using errcode = '22023';
  end if;
  perform private.check_text_field(btrim(p_contact), 'contact', 500, true);
end
$$;

-- Tags as stored: trimmed, lowercase, each once, in the order first given; blank ones (invisible
-- characters only) dropped; at most 20 of at most 40 characters, without control characters.
create or replace function private.normalise_tags(p_tags text[]) returns text[]
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_tags text[];
begin
  if exists (select 1 from unnest(p_tags) t where private.has_control_characters(t)) then
    raise exception 'A tag cannot hold control characters or line breaks.' using errcode = '22023';
  end if;
  v_tags := array(
    select t.tag from (
      select lower(btrim(u.tag)) as tag, min(u.ord) as first_at
      from unnest(coalesce(p_tags, '{}')) with ordinality as u (tag, ord)
      where not private.is_blank(u.tag)
      group by 1
    ) t
    order by t.first_at
  );
  if cardinality(v_tags) > 20 then
    raise exception 'Give at most 20 tags (there are %).', cardinality(v_tags) using errcode = '22023';
  end if;
  if exists (select 1 from unnest(v_tags) t where char_length(t) > 40) then
    raise exception 'Keep each tag to 40 characters.' using errcode = '22023';
  end if;
  return v_tags;
end
$$;

-- The same rules for every writer, in the table: new and changed rows only (not valid), so a
-- local database holding older rows still upgrades.
alter table public.assets
  add constraint assets_name_visible check (not private.is_blank(name)) not valid,
  add constraint assets_website_is_web_address
    check (website is null or private.is_web_address(website)) not valid;
