-- An asset's photo (one per asset), stored in the database as bytes. People take photos on phones,
-- and a phone photo's Exif carries the GPS position where it was taken, often someone's home: the
-- app re-encodes every photo in the browser, which drops all metadata, and this table refuses any
-- photo that still carries some (Exif, XMP, IPTC, comments), so a client that skips that step
-- cannot store a location. Who sees a photo is exactly who sees its asset (a sensitive place's
-- photo only safeguarding and admins); who changes it is who may edit the asset.

-- Why a photo is refused, in words, or null when it is acceptable: a JPEG (the one format stored;
-- every browser's canvas encodes it) of at most 1 MiB, at most 1,600 pixels on its long side, of the
-- size given, whose header (ITU-T T.81 Annex B: the marker segments before the scan) holds no
-- segment but JFIF (APP0), an ICC colour profile (APP2) and Adobe's flag (APP14), and with no Exif
-- or XMP signature anywhere in the file (e.g. hidden after the image's end). The app's own check
-- (src/core/photos/find-photo-metadata.ts) applies the same rules before an upload.
create function private.photo_problem(
  p_photo bytea,
  p_mime text,
  p_width integer,
  p_height integer
) returns text
language plpgsql immutable parallel safe set search_path = ''
as $$
declare
  v_length integer := coalesce(octet_length(p_photo), 0);
  v_at integer := 2;
  v_marker integer;
  v_segment integer;
  v_name bytea;
  v_size_given boolean := false;
  v_height integer;
  v_width integer;
  c_exif constant bytea := '\x457869660000';  -- 'Exif' and two zero bytes
  c_xmp constant bytea := convert_to('http://ns.adobe.com/xap/1.0/', 'UTF8');
  c_no_metadata constant text :=
    ' Photos are stored without metadata, which can hold where a photo was taken: choose the photo again in the app, which removes it.';
begin
  if v_length = 0 then
    return 'The photo is empty.';
  end if;
  if v_length > 1048576 then
    return format('The photo is %s KB; at most 1,024 KB is stored.', ceil(v_length / 1024.0));
  end if;
  if p_mime is distinct from 'image/jpeg' then
    return format('Photos are stored as JPEG (image/jpeg), not %s.', coalesce(p_mime, 'an unnamed type'));
  end if;
  if p_width is null or p_height is null or p_width not between 1 and 1600 or p_height not between 1 and 1600 then
    return 'A photo must be between 1 and 1,600 pixels wide and high.';
  end if;
  if v_length < 4 or get_byte(p_photo, 0) <> 255 or get_byte(p_photo, 1) <> 216 then
    return 'The photo is not a JPEG file.';
  end if;
  if position(c_exif in p_photo) > 0 then
    return 'The photo still carries Exif metadata.' || c_no_metadata;
  end if;
  if position(c_xmp in p_photo) > 0 then
    return 'The photo still carries XMP metadata.' || c_no_metadata;
  end if;
  loop
    if v_at + 3 >= v_length or get_byte(p_photo, v_at) <> 255 then
      return format('The photo is damaged at byte %s.', v_at);
    end if;
    -- Any number of 0xff fill bytes may come before a marker.
    while v_at + 3 < v_length and get_byte(p_photo, v_at + 1) = 255 loop
      v_at := v_at + 1;
    end loop;
    v_marker := get_byte(p_photo, v_at + 1);
    if v_marker = 217 then  -- EOI before any image data
      return 'The photo ends before its image data.';
    end if;
    if v_marker between 208 and 215 or v_marker = 1 then  -- markers without a length
      v_at := v_at + 2;
      continue;
    end if;
    v_segment := get_byte(p_photo, v_at + 2) * 256 + get_byte(p_photo, v_at + 3);
    if v_segment < 2 or v_at + 2 + v_segment > v_length then
      return format('The photo is damaged at byte %s.', v_at);
    end if;
    if v_marker = 254 then
      return 'The photo still carries a comment (COM).' || c_no_metadata;
    end if;
    if v_marker between 224 and 239 then
      -- The zero-terminated name an APPn payload starts with ("JFIF", "ICC_PROFILE", …).
      v_name := substring(p_photo from v_at + 5 for least(v_segment - 2, 40));
      if position('\x00'::bytea in v_name) > 0 then
        v_name := substring(v_name from 1 for position('\x00'::bytea in v_name) - 1);
      end if;
      if not (
        (v_marker = 224 and v_name in ('\x4a464946'::bytea, '\x4a465858'::bytea))  -- JFIF, JFXX
        or (v_marker = 226 and v_name = convert_to('ICC_PROFILE', 'UTF8'))
        or (v_marker = 238 and v_name = convert_to('Adobe', 'UTF8'))
      ) then
        return format('The photo still carries metadata (an APP%s segment "%s").',
            v_marker - 224, encode(v_name, 'escape'))
          || c_no_metadata;
      end if;
    end if;
    -- Start of frame (SOF0–SOF15 but DHT, JPG and DAC): the image's height and width.
    if v_marker between 192 and 207 and v_marker not in (196, 200, 204) then
      v_height := get_byte(p_photo, v_at + 5) * 256 + get_byte(p_photo, v_at + 6);
      v_width := get_byte(p_photo, v_at + 7) * 256 + get_byte(p_photo, v_at + 8);
      if v_width <> p_width or v_height <> p_height then
        return format('The photo is %s × %s pixels, not the %s × %s given.',
          v_width, v_height, p_width, p_height);
      end if;
      v_size_given := true;
    end if;
    if v_marker = 218 then  -- SOS: the image data follows; no more header segments
      if not v_size_given then
        return 'The photo has no frame header giving its size.';
      end if;
      return null;
    end if;
    v_at := v_at + 2 + v_segment;
  end loop;
end
$$;
comment on function private.photo_problem(bytea, text, integer, integer) is
  'Why a photo is refused (metadata such as Exif GPS, size, format), in words; null when acceptable. The CHECK on asset_photos and set_asset_photo''s message both use it.';
revoke execute on function private.photo_problem(bytea, text, integer, integer) from public;
grant execute on function private.photo_problem(bytea, text, integer, integer) to authenticated, service_role;

create table public.asset_photos (
  asset_id uuid primary key references public.assets (asset_id) on delete cascade,
  photo bytea not null,
  mime text not null,
  width integer not null,
  height integer not null,
  alt_text text not null,
  added_by uuid references auth.users (id) on delete set null,
  added_at timestamptz not null default now(),
  constraint asset_photos_acceptable check (private.photo_problem(photo, mime, width, height) is null),
  constraint asset_photos_alt_text check (char_length(btrim(alt_text)) between 1 and 300)
);
comment on table public.asset_photos is
  'An asset''s photo: a JPEG with no metadata (no Exif GPS), at most 1 MiB and 1,600 px, with alternative text; seen by whoever sees the asset.';
comment on column public.asset_photos.alt_text is
  'What the photo shows, for people who cannot see it (WCAG 1.1.1).';
create index asset_photos_added_by_idx on public.asset_photos (added_by);
alter table public.asset_photos enable row level security;

-- Who may change an asset's photo: builders, leads and admins for the assets they can see,
-- safeguarding for sensitive places, and the person who submitted an asset while it is pending.
-- Security invoker: the subqueries see only the assets the caller may see.
create function private.can_change_asset_photo(p_asset_id uuid) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select exists (
    select 1 from public.assets a
    where a.asset_id = p_asset_id
      and (
        (select private.has_any_role('{builder,lead,admin}'))
        or (a.is_sensitive and (select private.has_any_role('{safeguarding}')))
        or (a.status = 'pending' and a.created_by = (select auth.uid()))
      )
  )
$$;
revoke execute on function private.can_change_asset_photo(uuid) from public;
grant execute on function private.can_change_asset_photo(uuid) to authenticated, service_role;

create policy "Anyone can see the photos of assets they can see" on public.asset_photos
  for select to anon, authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_photos.asset_id));
create policy "People who may edit an asset can add its photo" on public.asset_photos
  for insert to authenticated
  with check (private.can_change_asset_photo(asset_id));
create policy "People who may edit an asset can replace its photo" on public.asset_photos
  for update to authenticated
  using (private.can_change_asset_photo(asset_id))
  with check (private.can_change_asset_photo(asset_id));
create policy "People who may edit an asset can remove its photo" on public.asset_photos
  for delete to authenticated
  using (private.can_change_asset_photo(asset_id));

-- Who added a photo is for the audit log, not for the public: anon reads every column but it.
revoke all on public.asset_photos from anon, authenticated;
grant select (asset_id, photo, mime, width, height, alt_text, added_at) on public.asset_photos to anon;
grant select, insert, update, delete on public.asset_photos to authenticated;

-- Who added a photo and when are stamped by the database, never taken from the client.
create function private.stamp_asset_photo() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  new.added_by := (select auth.uid());
  new.added_at := now();
  return new;
end
$$;
revoke execute on function private.stamp_asset_photo() from public;

create trigger asset_photos_stamp
  before insert or update on public.asset_photos
  for each row execute function private.stamp_asset_photo();

create trigger asset_photos_audit
  after insert or update or delete on public.asset_photos
  for each row execute function private.record_audit('asset_id');

create view public.asset_photo_list with (security_invoker = true) as
select p.asset_id, p.photo, p.mime, p.width, p.height, p.alt_text, p.added_at
from public.asset_photos p;
comment on view public.asset_photo_list is
  'Photos of the assets the viewer may see, with their alternative text (who added one is left out).';
revoke all on public.asset_photo_list from anon, authenticated;
grant select on public.asset_photo_list to anon, authenticated;

-- Adds or replaces an asset's photo, refusing one that carries metadata (or is too large, or not
-- a JPEG) with the reason in words; security invoker, so Row Level Security decides who may.
create function public.set_asset_photo(
  p_asset_id uuid,
  p_photo bytea,
  p_mime text,
  p_width integer,
  p_height integer,
  p_alt_text text
) returns void
language plpgsql security invoker set search_path = ''
as $$
declare
  v_problem text := private.photo_problem(p_photo, p_mime, p_width, p_height);
begin
  if not exists (select 1 from public.assets a where a.asset_id = p_asset_id) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if v_problem is not null then
    raise exception '%', v_problem using errcode = '22023';
  end if;
  if char_length(btrim(coalesce(p_alt_text, ''))) = 0 then
    raise exception 'Describe the photo for people who cannot see it.' using errcode = '22023';
  end if;
  if char_length(btrim(p_alt_text)) > 300 then
    raise exception 'The photo''s description must be 300 characters or fewer.' using errcode = '22023';
  end if;
  if not private.can_change_asset_photo(p_asset_id) then
    raise exception 'You may not change the photo of this asset.' using errcode = '42501';
  end if;
  insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
  values (p_asset_id, p_photo, p_mime, p_width, p_height, btrim(p_alt_text))
  on conflict (asset_id) do update set
    photo = excluded.photo, mime = excluded.mime, width = excluded.width,
    height = excluded.height, alt_text = excluded.alt_text;
end
$$;
comment on function public.set_asset_photo(uuid, bytea, text, integer, integer, text) is
  'Adds or replaces an asset''s photo; refuses metadata (Exif GPS, XMP, …) with the reason. Security invoker.';
revoke execute on function public.set_asset_photo(uuid, bytea, text, integer, integer, text) from public, anon;
grant execute on function public.set_asset_photo(uuid, bytea, text, integer, integer, text) to authenticated;

create function public.remove_asset_photo(p_asset_id uuid) returns void
language plpgsql security invoker set search_path = ''
as $$
begin
  if not private.can_change_asset_photo(p_asset_id) then
    raise exception 'You may not change the photo of this asset.' using errcode = '42501';
  end if;
  delete from public.asset_photos p where p.asset_id = p_asset_id;
end
$$;
comment on function public.remove_asset_photo(uuid) is
  'Removes an asset''s photo (those who may edit the asset). Security invoker.';
revoke execute on function public.remove_asset_photo(uuid) from public, anon;
grant execute on function public.remove_asset_photo(uuid) to authenticated;
