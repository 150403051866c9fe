-- Time bank members (docs/time-banks.md, owner M): which banks cover a ward, reviewing
-- applications, coordinators recording members (no phone or email needed) and their references
-- and DBS dates, members changing their profile, erasing a member, and what checks are due.
-- Functions that write are security definer (no API role writes these tables); each checks the
-- caller first and refuses with a message a person can act on (42501, P0002, 22023).

-- The banks a resident of the ward may apply to: those covering the ward (its own code or its
-- authority's); when none does, every bank of the ward's programme, marked as not covering it.
create function public.time_banks_for_ward(p_ward_code text)
returns table (bank_id uuid, name text, covers_ward boolean)
language sql stable security invoker set search_path = ''
as $$
  with ward as (
    select w.ward_code, w.lad_code, private.programme_of_ward(w.ward_code) as programme_id
    from public.wards w where w.ward_code = p_ward_code
  ), covering as (
    select b.bank_id, b.name from public.time_banks b, ward
    where exists (select 1 from public.time_bank_areas a
      where a.bank_id = b.bank_id and a.area_code in (ward.ward_code, ward.lad_code))
  )
  select c.bank_id, c.name, true from covering c
  union all
  select b.bank_id, b.name, false from public.time_banks b, ward
  where b.programme_id = ward.programme_id and not exists (select 1 from covering)
  order by 2, 1
$$;
comment on function public.time_banks_for_ward(text) is
  'The time banks covering a ward (covers_ward true); when none does, every bank of the ward''s programme (covers_ward false), for the resident to choose. Nothing for an unknown ward.';
revoke execute on function public.time_banks_for_ward(text) from public;
grant execute on function public.time_banks_for_ward(text) to anon, authenticated, service_role;

create function public.review_time_bank_application(
  p_member_id uuid, p_approve boolean, p_reason text default null)
returns setof public.time_bank_member_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_member public.time_bank_members;
  v_reason text := private.member_text(p_reason, 'the reason', 500, false);
begin
  select * into v_member from public.time_bank_members m where m.member_id = p_member_id for update;
  if v_member.member_id is null or not private.coordinates_bank(v_member.bank_id) then
    raise exception 'There is no application with that id in a time bank you coordinate.'
      using errcode = '42501';
  end if;
  if p_approve is null then
    raise exception 'Say whether you approve the application.' using errcode = '22023';
  end if;
  if v_member.status in ('applied', 'declined') and p_approve then
    update public.time_bank_members m set status = 'active', status_reason = v_reason,
      joined_at = now(), reviewed_by = (select auth.uid()), last_active_at = now()
    where m.member_id = p_member_id;
  elsif v_member.status = 'applied' and not p_approve then
    if v_reason is null then
      raise exception 'Give the reason the application is declined: the applicant sees it.'
        using errcode = '22023';
    end if;
    update public.time_bank_members m set status = 'declined', status_reason = v_reason,
      reviewed_by = (select auth.uid())
    where m.member_id = p_member_id;
  elsif (v_member.status = 'active') <> p_approve then
    raise exception 'This member is already %: nothing to review.', v_member.status
      using errcode = '22023';
  end if;
  return query select * from public.time_bank_member_list l where l.member_id = p_member_id;
end
$$;
comment on function public.review_time_bank_application(uuid, boolean, text) is
  'A coordinator of the bank approves an application (the member becomes active) or declines it with a reason the applicant sees; approving again is a no-op. Security definer because nobody writes time_bank_members directly; it checks coordinate_time_bank for the member''s bank.';
revoke execute on function public.review_time_bank_application(uuid, boolean, text) from public;
grant execute on function public.review_time_bank_application(uuid, boolean, text) to authenticated, service_role;

create function public.record_time_bank_member(
  p_client_id uuid, p_bank_id uuid, p_kind public.time_bank_member_kind, p_display_name text,
  p_postcode text default null, p_asset_id uuid default null, p_about text default null,
  p_availability text[] default null, p_skills text[] default null)
returns setof public.time_bank_member_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_bank public.time_banks;
  v_existing public.time_bank_members;
  v_member_id uuid;
  v_name text := private.member_text(p_display_name, 'the member''s name', 80, true);
  v_about text := coalesce(private.member_text(p_about, 'what the member says about themself', 1000, false), '');
  v_availability text[] := private.member_availability(p_availability);
  v_area record;
  v_asset public.assets;
begin
  select * into v_bank from public.time_banks b where b.bank_id = p_bank_id;
  if v_bank.bank_id is null or not private.coordinates_bank(p_bank_id) then
    raise exception 'Only a coordinator of the time bank can record its members.' using errcode = '42501';
  end if;
  if p_client_id is null then
    raise exception 'The member needs the id your device made for it.' using errcode = '22023';
  end if;
  select * into v_existing from public.time_bank_members m where m.client_id = p_client_id;
  if v_existing.member_id is not null then
    if v_existing.bank_id <> p_bank_id or v_existing.display_name <> v_name then
      raise exception 'That id already names another member: record this one with a new id.'
        using errcode = '22023';
    end if;
    return query select * from public.time_bank_member_list l where l.member_id = v_existing.member_id;
    return;
  end if;

  if p_kind = 'resident' then
    if p_asset_id is not null then
      raise exception 'A resident is recorded with their postcode, not a place on the map.' using errcode = '22023';
    end if;
    if private.normalise_postcode(p_postcode) is null then
      raise exception 'Enter the member''s postcode, like CM1 1AA: only its sector and ward are kept.'
        using errcode = '22023';
    end if;
    select * into v_area from private.postcode_area(p_postcode);
    if v_area.ward_code is null then
      raise exception 'The postcode % is not in the region this programme covers.',
        private.normalise_postcode(p_postcode) using errcode = '22023';
    end if;
  elsif p_kind in ('organisation', 'group') then
    select * into v_asset from public.assets a
    where a.asset_id = p_asset_id and a.status = 'approved' and not a.is_sensitive
      and a.programme_id = v_bank.programme_id;
    if v_asset.asset_id is null then
      raise exception 'Choose an approved place on the map in the bank''s programme for the organisation or group.'
        using errcode = '22023';
    end if;
    select null::text as postcode_sector, v_asset.ward_code as ward_code, v_asset.point as area_point
      into v_area;
  else
    raise exception 'Say whether the member is a resident, an organisation or a group.' using errcode = '22023';
  end if;

  insert into public.time_bank_members (bank_id, programme_id, kind, status, display_name, about,
    asset_id, postcode_sector, ward_code, area_point, availability, joined_at, reviewed_by,
    created_by, client_id)
  values (p_bank_id, v_bank.programme_id, p_kind, 'active', v_name, v_about, v_asset.asset_id,
    v_area.postcode_sector, v_area.ward_code, v_area.area_point, v_availability, now(),
    (select auth.uid()), (select auth.uid()), p_client_id)
  returning member_id into v_member_id;
  perform private.save_member_skills(v_member_id, p_skills);
  return query select * from public.time_bank_member_list l where l.member_id = v_member_id;
end
$$;
comment on function public.record_time_bank_member(uuid, uuid, public.time_bank_member_kind, text, text, uuid, text, text[], text[]) is
  'A coordinator records a member with no phone or email, active at once: a resident by postcode (only its sector, ward and the sector''s coarsened point are kept, as for residents'' offers) or an organisation or group by an approved, non-sensitive place of the bank''s programme. Idempotent on the client id. Security definer because nobody writes time_bank_members directly; it checks coordinate_time_bank for the bank.';
revoke execute on function public.record_time_bank_member(uuid, uuid, public.time_bank_member_kind, text, text, uuid, text, text[], text[]) from public;
grant execute on function public.record_time_bank_member(uuid, uuid, public.time_bank_member_kind, text, text, uuid, text, text[], text[]) to authenticated, service_role;

create function public.update_time_bank_member(
  p_member_id uuid, p_about text, p_availability text[], p_skills text[])
returns setof public.time_bank_member_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_member public.time_bank_members := private.member_to_act_for(p_member_id, 'change the profile');
  v_about text := coalesce(private.member_text(p_about, 'what the member says about themself', 1000, false), '');
  v_availability text[] := private.member_availability(p_availability);
begin
  perform private.count_offer_attempt('time_bank_member_change', p_member_id::text,
    private.limit_value('time_bank_member_changes_per_day'), interval '1 day',
    format('This member''s profile has been changed %s times today, the most in a day. Please make further changes tomorrow.',
      private.limit_value('time_bank_member_changes_per_day')));
  update public.time_bank_members m set about = v_about, availability = v_availability,
    last_active_at = case when m.user_id = (select auth.uid()) then now() else m.last_active_at end
  where m.member_id = v_member.member_id;
  perform private.save_member_skills(v_member.member_id, p_skills);
  return query select * from public.time_bank_member_list l where l.member_id = v_member.member_id;
end
$$;
comment on function public.update_time_bank_member(uuid, text, text[], text[]) is
  'The member, or a coordinator of their bank, changes what the member says about themself, when they are free and their skills (at most 20 changes a day). Security definer because nobody writes time_bank_members directly.';
revoke execute on function public.update_time_bank_member(uuid, text, text[], text[]) from public;
grant execute on function public.update_time_bank_member(uuid, text, text[], text[]) to authenticated, service_role;

create function public.erase_time_bank_member(p_member_id uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_member public.time_bank_members;
begin
  select * into v_member from public.time_bank_members m where m.member_id = p_member_id;
  if v_member.member_id is null or not private.coordinates_bank(v_member.bank_id) then
    raise exception 'There is no member with that id in a time bank you coordinate.' using errcode = '42501';
  end if;
  insert into public.audit_log (actor_id, action, table_name, row_id, programme_id)
  values ((select auth.uid()), 'erase', 'public.time_bank_members', p_member_id::text, v_member.programme_id);
  delete from public.time_bank_members m where m.member_id = p_member_id;
end
$$;
comment on function public.erase_time_bank_member(uuid) is
  'A coordinator of the bank (or an administrator, who coordinates every bank) erases a member: their row, skills, checks, listings and introductions go; their ledger account stays as "A former member". Security definer because nobody deletes members directly and the audit log takes no direct writes.';
revoke execute on function public.erase_time_bank_member(uuid) from public;
grant execute on function public.erase_time_bank_member(uuid) to authenticated, service_role;

create function public.record_time_bank_check(
  p_member_id uuid, p_kind text, p_checked_on date, p_expires_on date default null)
returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_member public.time_bank_members;
  v_check_id uuid;
begin
  select * into v_member from public.time_bank_members m where m.member_id = p_member_id;
  if v_member.member_id is null or not private.coordinates_bank(v_member.bank_id) then
    raise exception 'There is no member with that id in a time bank you coordinate.' using errcode = '42501';
  end if;
  if p_kind is null or p_kind not in ('reference', 'dbs') then
    raise exception 'Say whether this is a reference or a DBS check.' using errcode = '22023';
  end if;
  if p_checked_on is null or p_checked_on > current_date or p_checked_on < date '2000-01-01' then
    raise exception 'Give the date of the check: today or earlier.' using errcode = '22023';
  end if;
  if p_expires_on < p_checked_on then
    raise exception 'The check cannot run out before it was made.' using errcode = '22023';
  end if;
  if (select count(*) from public.time_bank_checks c where c.member_id = p_member_id)
    >= private.limit_value('time_bank_checks_per_member')
  then
    raise exception 'This member already has % checks recorded, the most kept.',
      private.limit_value('time_bank_checks_per_member') using errcode = '22023';
  end if;
  insert into public.time_bank_checks (member_id, bank_id, programme_id, kind, checked_on, expires_on, recorded_by)
  values (p_member_id, v_member.bank_id, v_member.programme_id, p_kind, p_checked_on, p_expires_on,
    (select auth.uid()))
  returning check_id into v_check_id;
  return v_check_id;
end
$$;
comment on function public.record_time_bank_check(uuid, text, date, date) is
  'A coordinator of the bank records a reference or a DBS check: the date checked and, for DBS, when it runs out; never the certificate. At most 50 per member. Security definer because nobody writes time_bank_checks directly.';
revoke execute on function public.record_time_bank_check(uuid, text, date, date) from public;
grant execute on function public.record_time_bank_check(uuid, text, date, date) to authenticated, service_role;

-- What is due: DBS checks run out or about to, members offering work that needs one without
-- one, and residents with fewer than two references.
create function public.time_bank_checks_due(p_bank_id uuid, p_within_days integer default 60)
returns table (member_id uuid, display_name text, what text, due_on date)
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not private.coordinates_bank(p_bank_id) then
    raise exception 'Only a coordinator of the time bank can see its checks.' using errcode = '42501';
  end if;
  if p_within_days is null or p_within_days not between 0 and 366 then
    raise exception 'Look ahead between 0 and 366 days.' using errcode = '22023';
  end if;
  return query
  with members as (
    select m.member_id, m.display_name, m.kind,
      (select max(coalesce(c.expires_on, (c.checked_on + interval '3 years')::date))
        from public.time_bank_checks c where c.member_id = m.member_id and c.kind = 'dbs') as dbs_until,
      (select count(*) from public.time_bank_checks c
        where c.member_id = m.member_id and c.kind = 'reference') as references_held,
      exists (select 1 from public.time_bank_listings l
        where l.member_id = m.member_id and l.status = 'open' and l.needs_dbs) as needs_dbs
    from public.time_bank_members m
    where m.bank_id = p_bank_id and m.status in ('applied', 'active')
  )
  select d.member_id, d.display_name, d.what, d.due_on from (
    select x.member_id, x.display_name,
      case when x.dbs_until < current_date then 'dbs_expired' else 'dbs_expiring' end as what,
      x.dbs_until as due_on
    from members x where x.dbs_until < current_date + p_within_days
    union all
    select x.member_id, x.display_name, 'dbs_missing', current_date
    from members x where x.dbs_until is null and x.needs_dbs
    union all
    select x.member_id, x.display_name, 'references_missing', current_date
    from members x where x.kind = 'resident' and x.references_held < 2
  ) d
  order by d.due_on, d.display_name, d.what;
end
$$;
comment on function public.time_bank_checks_due(uuid, integer) is
  'For a coordinator of the bank: DBS checks run out (dbs_expired) or running out within the days given (dbs_expiring), members with an open listing needing DBS and none recorded (dbs_missing), residents with fewer than two references (references_missing). Security definer so that the listings behind dbs_missing are counted whatever their status.';
revoke execute on function public.time_bank_checks_due(uuid, integer) from public;
grant execute on function public.time_bank_checks_due(uuid, integer) to authenticated, service_role;
