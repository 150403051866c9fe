-- Bounds on what people with no role can store through "report a change" and pending assets'
-- photos, holding for any number of addresses and accounts (anyone can sign up).
--
-- - Reports from the public are limited per client address (5 an hour, the address the platform's
--   proxies saw: private.client_address) instead of per asset: five spam reports no longer lock
--   everyone else out of reporting a change to that asset. In all, at most 50 an hour from the
--   public and 50 an hour from signed-in people who may not review the asset, on separate
--   counters, so that one flood does not silence the other. People who review the asset's
--   programme are not limited.
-- - A report is text: control characters are refused, and a report of invisible characters only
--   is empty.
-- - Photos added by people who may not edit the asset (the submitter of a pending asset) are
--   limited to 5 a day per person and 25 a day in all (at most 1 MiB each): 20 pending assets with
--   photos added 21 MB for one account. The trigger counts them, so a direct insert into
--   asset_photos is bounded as set_asset_photo is.

insert into private.limits (name, value, description) values
  ('reports_per_address_per_hour', 5, 'Change reports from one client address (not signed in) in an hour.'),
  ('public_reports_per_hour', 50, 'Change reports from people not signed in, from everyone together, in an hour.'),
  ('reports_per_account_per_asset_per_day', 3, 'Change reports about one asset from one signed-in person in a day.'),
  ('reports_without_role_per_hour', 50, 'Change reports from signed-in people who may not review the asset, from everyone together, in an hour.'),
  ('photos_per_person_per_day', 5, 'Photos added or replaced in a day by one person who may not edit the asset (a pending submission''s).'),
  ('photos_without_role_per_day', 25, 'Photos added or replaced in a day by people who may not edit the asset, from everyone together.');

comment on table private.offer_attempts is
  'Counted attempts, by salted hash of the key (a client address, an email, an account, an offer, or a ceiling''s name such as ''reports''/''public''), never the value, for the rate limits and ceilings of offers, own-offer changes, change reports and photos; rows older than a day are deleted.';

create or replace function public.report_asset_change(p_asset_id uuid, p_message text) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_reporter_id uuid := (select auth.uid());
  v_message text := private.typed_text(p_message, 'the report');
  v_programme_id uuid;
begin
  if v_message is null then
    raise exception 'Say what has changed, e.g. "Now open on Saturdays".' using errcode = '22023';
  end if;
  if char_length(v_message) > 2000 then
    raise exception 'Keep the report to 2,000 characters (it has %).', char_length(v_message)
      using errcode = '22023';
  end if;
  -- Only an asset the public sees (or, for those who see sensitive places, a sensitive one): the
  -- same answer for a hidden place as for none, so a report reveals nothing.
  select a.programme_id into v_programme_id
  from public.assets a
  where a.asset_id = p_asset_id and a.status = 'approved'
    and (not a.is_sensitive or private.can('see_sensitive_places', a.programme_id));
  if not found then
    raise exception 'There is no public asset with that id.' using errcode = 'P0002';
  end if;
  if v_reporter_id is null then
    perform private.count_offer_attempt('report_address', private.client_address(null),
      private.limit_value('reports_per_address_per_hour'), interval '1 hour',
      'You have sent several reports in the last hour. Thank you: please try again later.');
    perform private.count_offer_attempt('reports', 'public',
      private.limit_value('public_reports_per_hour'), interval '1 hour',
      'Many reports have arrived in the last hour. Thank you: please try again later, or sign in.');
  elsif not private.can('review_assets', v_programme_id) then
    if (
      select count(*) from public.asset_change_reports r
      where r.asset_id = p_asset_id and r.reporter_id = v_reporter_id and r.created_at > now() - interval '1 day'
    ) >= private.limit_value('reports_per_account_per_asset_per_day') then
      raise exception 'You have reported changes to this asset three times today. Thank you: a builder will look at them.'
        using errcode = 'P0429';
    end if;
    perform private.count_offer_attempt('reports', 'signed_in',
      private.limit_value('reports_without_role_per_hour'), interval '1 hour',
      'Many reports have arrived in the last hour. Thank you: please try again later.');
  end if;
  insert into public.asset_change_reports (asset_id, message, reporter_id)
  values (p_asset_id, v_message, v_reporter_id);
end
$$;
comment on function public.report_asset_change(uuid, text) is
  'Records a "report a change" from anyone, for assets the public sees. Security definer because reporters (anon too) may not read or insert reports, and the limits must count what the caller cannot see: from people not signed in 5 an hour per client address and 50 an hour in all; from signed-in people who may not review the asset 3 a day per asset per person and 50 an hour in all; none for those who review it (figures in private.limits). At most 2,000 characters, no control characters.';

-- Who added a photo and when are stamped by the database, never taken from the client; a photo
-- added by someone who may not edit the asset (its submitter, while it is pending) counts against
-- their daily limit and everyone's. Security definer: the counters (private.offer_attempts) take no
-- writes from API roles; it reads only the asset's programme and whether it is sensitive.
create or replace function private.stamp_asset_photo() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_user_id uuid := (select auth.uid());
  v_asset record;
begin
  new.added_by := v_user_id;
  new.added_at := now();
  select a.programme_id, a.is_sensitive into v_asset from public.assets a where a.asset_id = new.asset_id;
  if v_user_id is not null
    and not private.can('review_assets', v_asset.programme_id)
    and not (coalesce(v_asset.is_sensitive, false) and private.can('curate_sensitive_places', v_asset.programme_id))
  then
    perform private.count_offer_attempt('photo_person', v_user_id::text,
      private.limit_value('photos_per_person_per_day'), interval '1 day',
      format('You have added %s photos today, the most in a day for places awaiting review. Add this one tomorrow; the place itself is saved.',
        private.limit_value('photos_per_person_per_day')));
    perform private.count_offer_attempt('photos', 'without_role',
      private.limit_value('photos_without_role_per_day'), interval '1 day',
      'Many photos have been sent today for places awaiting review. Add this one tomorrow; the place itself is saved.');
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_asset_photo() from public;
comment on function private.stamp_asset_photo() is
  'Stamps who added a photo and when, and counts a photo added by someone who may not edit the asset against 5 a day per person and 25 a day in all. Security definer because the counters (private.offer_attempts) take no writes from API roles; it reads only the asset''s programme and whether it is sensitive, and writes only the stamp and the counters.';

-- Adds or replaces an asset's photo, refusing one that carries metadata (or is too large, or not
-- a JPEG) with the reason in words, and a description with control characters or nothing
-- visible; security invoker, so Row Level Security decides who may.
create or replace function public.set_asset_photo(
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
  v_alt_text text;
begin
  if not exists (select 1 from public.assets a where a.asset_id = p_asset_id) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if v_problem is not null then
    raise exception '%', v_problem using errcode = '22023';
  end if;
  v_alt_text := private.typed_text(p_alt_text, 'the photo''s description');
  if v_alt_text is null then
    raise exception 'Describe the photo for people who cannot see it.' using errcode = '22023';
  end if;
  if char_length(v_alt_text) > 300 then
    raise exception 'The photo''s description must be 300 characters or fewer.' using errcode = '22023';
  end if;
  if not private.can_change_asset_photo(p_asset_id) then
    raise exception 'You may not change the photo of this asset.' using errcode = '42501';
  end if;
  insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
  values (p_asset_id, p_photo, p_mime, p_width, p_height, v_alt_text)
  on conflict (asset_id) do update set
    photo = excluded.photo, mime = excluded.mime, width = excluded.width,
    height = excluded.height, alt_text = excluded.alt_text;
end
$$;
comment on function public.set_asset_photo(uuid, bytea, text, integer, integer, text) is
  'Adds or replaces an asset''s photo; refuses metadata (Exif GPS, XMP, …) with the reason, and a description with control characters or nothing visible. A submitter''s photos on their pending asset count against 5 a day per person and 25 a day in all (the stamping trigger). Security invoker.';
