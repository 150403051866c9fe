-- Every existing role check rewritten once, to a capability in the row's programme.
--
-- Policies: `programme_id = any ((select private.programmes_where('<capability>')))` on the row,
-- or on the asset, resident or workshop a row hangs from, so a role held in one programme gives
-- nothing in another. Functions: security invoker ones keep an early, friendly refusal
-- (private.can_anywhere) and leave the programme to the policies; security definer ones check
-- private.can() on each row they touch. The role lists that stood in 106 places now stand once,
-- in private.capabilities (20261207100000_capabilities_and_programme_scope.sql).

-- Whether the acting person holds the capability in any programme (or any scope of one): for a
-- function's first, friendly refusal; Row Level Security then decides row by row.
create function private.can_anywhere(p_capability text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join private.capabilities c on c.role = m.role
    where m.user_id = (select auth.uid()) and c.capability = p_capability
  )
$$;
comment on function private.can_anywhere(text) is
  'Whether the acting person holds the capability in some programme. Security definer: it reads memberships and private.capabilities, which callers cannot read, and answers only about the caller.';
revoke execute on function private.can_anywhere(text) from public;
grant execute on function private.can_anywhere(text) to anon, authenticated, service_role;

-- Policies: every role check names the row's programme through a capability.

-- Reports, contacts, links and dismissals follow their asset's programme.
drop policy "Builders, leads and admins can close reports on visible assets" on public.asset_change_reports;
create policy "Builders, leads and admins can close reports on visible assets" on public.asset_change_reports
  for update to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])))
  with check (exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can read reports on visible assets" on public.asset_change_reports;
create policy "Builders, leads and admins can read reports on visible assets" on public.asset_change_reports
  for select to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_change_reports.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can add contacts to visible assets" on public.asset_contacts;
create policy "Builders, leads and admins can add contacts to visible assets" on public.asset_contacts
  for insert to authenticated
  with check (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can drop contacts of visible assets" on public.asset_contacts;
create policy "Builders, leads and admins can drop contacts of visible assets" on public.asset_contacts
  for delete to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can edit contacts of visible assets" on public.asset_contacts;
create policy "Builders, leads and admins can edit contacts of visible assets" on public.asset_contacts
  for update to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])))
  with check (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can read contacts of visible assets" on public.asset_contacts;
create policy "Builders, leads and admins can read contacts of visible assets" on public.asset_contacts
  for select to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Safeguarding can add contacts to sensitive places" on public.asset_contacts;
create policy "Safeguarding can add contacts to sensitive places" on public.asset_contacts
  for insert to authenticated
  with check (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.is_sensitive and a.programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[])));

drop policy "Safeguarding can change the contacts of sensitive places" on public.asset_contacts;
create policy "Safeguarding can change the contacts of sensitive places" on public.asset_contacts
  for update to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.is_sensitive and a.programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[])))
  with check (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.is_sensitive and a.programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[])));

drop policy "Safeguarding can read the contacts of sensitive places" on public.asset_contacts;
create policy "Safeguarding can read the contacts of sensitive places" on public.asset_contacts
  for select to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.is_sensitive and a.programme_id = any ((select private.programmes_where('see_sensitive_places'))::uuid[])));

drop policy "Safeguarding can remove the contacts of sensitive places" on public.asset_contacts;
create policy "Safeguarding can remove the contacts of sensitive places" on public.asset_contacts
  for delete to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_contacts.asset_id
    and a.is_sensitive and a.programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[])));

drop policy "Builders, leads and admins can link visible assets" on public.asset_links;
create policy "Builders, leads and admins can link visible assets" on public.asset_links
  for insert to authenticated
  with check (created_by = (select auth.uid())
    and exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id
      and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[]))
    and exists (select 1 from public.assets a where a.asset_id = asset_links.to_asset_id
      and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can move links of visible assets" on public.asset_links;
create policy "Builders, leads and admins can move links of visible assets" on public.asset_links
  for update to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])))
  with check (exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id
      and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[]))
    and exists (select 1 from public.assets a where a.asset_id = asset_links.to_asset_id
      and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Builders, leads and admins can remove links" on public.asset_links;
create policy "Builders, leads and admins can remove links" on public.asset_links
  for delete to authenticated
  using (exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id
    and a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

-- The taxonomy is shared by every programme (one list of kinds and subtypes); its editors are
-- the programmes' administrators.
drop policy "Admins can add subtypes" on public.asset_subtypes;
create policy "Admins can add subtypes" on public.asset_subtypes
  for insert to authenticated
  with check (cardinality((select private.programmes_where('edit_taxonomy'))) > 0);

drop policy "Admins can change subtypes" on public.asset_subtypes;
create policy "Admins can change subtypes" on public.asset_subtypes
  for update to authenticated
  using (cardinality((select private.programmes_where('edit_taxonomy'))) > 0)
  with check (cardinality((select private.programmes_where('edit_taxonomy'))) > 0);

drop policy "Admins can delete assets" on public.assets;
create policy "Admins can delete assets" on public.assets
  for delete to authenticated
  using (programme_id = any ((select private.programmes_where('delete_assets'))::uuid[]));

drop policy "Builders and admins can add assets directly" on public.assets;
create policy "Builders and admins can add assets directly" on public.assets
  for insert to authenticated
  with check (created_by = (select auth.uid())
    and programme_id = any ((select private.programmes_where('edit_assets'))::uuid[]));

drop policy "Builders and admins can edit assets" on public.assets;
create policy "Builders and admins can edit assets" on public.assets
  for update to authenticated
  using (programme_id = any ((select private.programmes_where('edit_assets'))::uuid[]))
  with check (programme_id = any ((select private.programmes_where('edit_assets'))::uuid[]));

drop policy "Builders, leads and admins can read every asset" on public.assets;
create policy "Builders, leads and admins can read every asset" on public.assets
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('review_assets'))::uuid[]));

drop policy "Leads can edit assets they review" on public.assets;
create policy "Leads can edit assets they review" on public.assets
  for update to authenticated
  using (programme_id = any ((select private.programmes_where('review_assets'))::uuid[]))
  with check (programme_id = any ((select private.programmes_where('review_assets'))::uuid[]));

drop policy "Only safeguarding and admins can add sensitive assets" on public.assets;
create policy "Only safeguarding and admins can add sensitive assets" on public.assets
  as restrictive for insert to authenticated
  with check (not is_sensitive
    or programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]));

drop policy "Only safeguarding and admins can change sensitive assets" on public.assets;
create policy "Only safeguarding and admins can change sensitive assets" on public.assets
  as restrictive for update to authenticated
  using (not is_sensitive
    or programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]))
  with check (not is_sensitive
    or programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]));

drop policy "Only safeguarding and admins can delete sensitive assets" on public.assets;
create policy "Only safeguarding and admins can delete sensitive assets" on public.assets
  as restrictive for delete to authenticated
  using (not is_sensitive
    or programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]));

drop policy "Only safeguarding and admins can read sensitive assets" on public.assets;
create policy "Only safeguarding and admins can read sensitive assets" on public.assets
  as restrictive for select to anon, authenticated
  using (not is_sensitive
    or programme_id = any ((select private.programmes_where('see_sensitive_places'))::uuid[]));

drop policy "Safeguarding can add sensitive assets directly" on public.assets;
create policy "Safeguarding can add sensitive assets directly" on public.assets
  for insert to authenticated
  with check (is_sensitive and created_by = (select auth.uid())
    and programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]));

drop policy "Safeguarding can edit sensitive assets and mark assets sensitiv" on public.assets;
create policy "Safeguarding can edit sensitive assets and mark assets sensitiv" on public.assets
  for update to authenticated
  using (programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]))
  with check (is_sensitive
    and programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]));

drop policy "Safeguarding can read every sensitive asset" on public.assets;
create policy "Safeguarding can read every sensitive asset" on public.assets
  for select to authenticated
  using (is_sensitive and programme_id = any ((select private.programmes_where('see_sensitive_places'))::uuid[]));

drop policy "Admins can read the audit log" on public.audit_log;
create policy "Admins can read the audit log of their programmes" on public.audit_log
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('read_audit_log'))::uuid[]));

drop policy "Builders, leads and admins can dismiss pairs of visible assets" on public.duplicate_dismissals;
create policy "Builders, leads and admins can dismiss pairs of visible assets" on public.duplicate_dismissals
  for insert to authenticated
  with check (programme_id = any ((select private.programmes_where('review_assets'))::uuid[])
    and dismissed_by = (select auth.uid())
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.first_asset_id
      and a.programme_id = duplicate_dismissals.programme_id)
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.second_asset_id
      and a.programme_id = duplicate_dismissals.programme_id));

drop policy "Builders, leads and admins can read dismissed pairs of visible " on public.duplicate_dismissals;
create policy "Builders, leads and admins can read dismissed pairs of visible " on public.duplicate_dismissals
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('review_assets'))::uuid[])
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.first_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.second_asset_id));

drop policy "Builders, leads and admins can restore dismissed pairs of visib" on public.duplicate_dismissals;
create policy "Builders, leads and admins can restore dismissed pairs of visib" on public.duplicate_dismissals
  for delete to authenticated
  using (programme_id = any ((select private.programmes_where('review_assets'))::uuid[])
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.first_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.second_asset_id));

drop policy "Builders, leads and admins can read erased gift tallies" on public.erased_gift_tallies;
create policy "Builders, leads and admins can read erased gift tallies" on public.erased_gift_tallies
  for select to authenticated
  using (private.programme_of_ward(ward_code) = any ((select private.programmes_where('analyse_gaps'))::uuid[]));

drop policy "Admins can grant roles" on public.memberships;
create policy "Admins can grant roles in their programmes" on public.memberships
  for insert to authenticated
  with check (programme_id = any ((select private.programmes_where('manage_roles'))::uuid[]));

drop policy "Admins can read all memberships" on public.memberships;
create policy "Admins can read the memberships of their programmes" on public.memberships
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('manage_roles'))::uuid[]));

drop policy "Admins can revoke roles" on public.memberships;
create policy "Admins can revoke roles in their programmes" on public.memberships
  for delete to authenticated
  using (programme_id = any ((select private.programmes_where('manage_roles'))::uuid[]));

-- Residents' rows and everything hanging from them follow the resident's programme.
drop policy "Builders and admins can link approved residents to assets they " on public.resident_asset_links;
create policy "Builders and admins can link approved residents to assets they " on public.resident_asset_links
  for insert to authenticated
  with check (created_by = (select auth.uid())
    and exists (select 1 from public.residents r where r.resident_id = resident_asset_links.resident_id
      and r.status = 'approved' and r.programme_id = any ((select private.programmes_where('link_people'))::uuid[]))
    and exists (select 1 from public.assets a where a.asset_id = resident_asset_links.asset_id
      and a.programme_id = any ((select private.programmes_where('link_people'))::uuid[])));

drop policy "Builders and admins can read people's links to assets they can " on public.resident_asset_links;
create policy "Builders and admins can read people's links to assets they can " on public.resident_asset_links
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_asset_links.resident_id
      and r.programme_id = any ((select private.programmes_where('link_people'))::uuid[]))
    and exists (select 1 from public.assets a where a.asset_id = resident_asset_links.asset_id));

drop policy "Builders and admins can remove people's links" on public.resident_asset_links;
create policy "Builders and admins can remove people's links" on public.resident_asset_links
  for delete to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_asset_links.resident_id
    and r.programme_id = any ((select private.programmes_where('link_people'))::uuid[])));

drop policy "Builders and admins can read every consent" on public.resident_consents;
create policy "Builders and admins can read every consent" on public.resident_consents
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_consents.resident_id
    and r.programme_id = any ((select private.programmes_where('review_residents'))::uuid[])));

drop policy "Admins can read every contact detail" on public.resident_contacts;
create policy "Admins can read every contact detail" on public.resident_contacts
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_contacts.resident_id
    and r.programme_id = any ((select private.programmes_where('read_resident_private_details'))::uuid[])));

drop policy "Builders can read the contact details of residents who agreed t" on public.resident_contacts;
create policy "Builders can read the contact details of residents who agreed t" on public.resident_contacts
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_contacts.resident_id
      and r.programme_id = any ((select private.programmes_where('contact_consenting_residents'))::uuid[]))
    and exists (select 1 from public.resident_consents c
      where c.resident_id = resident_contacts.resident_id and c.purpose = 'contact_by_builder'
        and c.withdrawn_at is null));

drop policy "Builders and admins can read every gift" on public.resident_gifts;
create policy "Builders and admins can read every gift" on public.resident_gifts
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_gifts.resident_id
    and r.programme_id = any ((select private.programmes_where('review_residents'))::uuid[])));

drop policy "Admins can read every home point" on public.resident_home_points;
create policy "Admins can read every home point" on public.resident_home_points
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_home_points.resident_id
    and r.programme_id = any ((select private.programmes_where('read_resident_private_details'))::uuid[])));

drop policy "Builders and admins can read every offer's preferences" on public.resident_offer_preferences;
create policy "Builders and admins can read every offer's preferences" on public.resident_offer_preferences
  for select to authenticated
  using (exists (select 1 from public.residents r where r.resident_id = resident_offer_preferences.resident_id
    and r.programme_id = any ((select private.programmes_where('review_residents'))::uuid[])));

drop policy "Builders and admins can read every offer" on public.residents;
create policy "Builders and admins can read every offer" on public.residents
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('review_residents'))::uuid[]));

drop policy "Builders and admins can review offers" on public.residents;
create policy "Builders and admins can review offers" on public.residents
  for update to authenticated
  using (programme_id = any ((select private.programmes_where('review_residents'))::uuid[]))
  with check (programme_id = any ((select private.programmes_where('review_residents'))::uuid[]));

drop policy "Builders, leads and admins can read all participants" on public.workshop_participants;
create policy "Builders, leads and admins can read all participants" on public.workshop_participants
  for select to authenticated
  using (exists (select 1 from public.workshops w where w.workshop_id = workshop_participants.workshop_id
    and w.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])));

drop policy "Admins can delete workshops" on public.workshops;
create policy "Admins can delete workshops" on public.workshops
  for delete to authenticated
  using (programme_id = any ((select private.programmes_where('delete_workshops'))::uuid[]));

drop policy "Builders and admins can open workshops" on public.workshops;
create policy "Builders and admins can open workshops" on public.workshops
  for insert to authenticated
  with check (created_by = (select auth.uid())
    and programme_id = any ((select private.programmes_where('run_workshops'))::uuid[]));

drop policy "Builders, leads and admins can read every workshop" on public.workshops;
create policy "Builders, leads and admins can read every workshop" on public.workshops
  for select to authenticated
  using (programme_id = any ((select private.programmes_where('review_assets'))::uuid[]));
create or replace function public.add_asset_subtype(p_kind public.asset_kind, p_label text)
 RETURNS SETOF public.asset_subtypes
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
declare
  v_label text := btrim(coalesce(p_label, ''));
  v_stem text;
  v_code text;
  v_suffix integer := 1;
begin
  if not private.can_anywhere('edit_taxonomy') then
    raise exception 'Only administrators can change the taxonomy.' using errcode = '42501';
  end if;
  if p_kind is null then
    raise exception 'Say which kind of asset the subtype belongs to.' using errcode = '22023';
  end if;
  if char_length(v_label) not between 1 and 100 then
    raise exception 'Give the subtype a name of 1 to 100 characters.' using errcode = '22023';
  end if;
  perform private.check_subtype_label_free(p_kind, v_label, null);
  v_stem := btrim(regexp_replace(lower(v_label), '[^a-z0-9]+', '_', 'g'), '_');
  if v_stem !~ '^[a-z][a-z0-9_]+$' then
    v_stem := 'subtype_' || v_stem;
  end if;
  v_stem := rtrim(left(v_stem, 50), '_');
  v_code := v_stem;
  while exists (select 1 from public.asset_subtypes s where s.code = v_code) loop
    v_suffix := v_suffix + 1;
    v_code := v_stem || '_' || v_suffix;
  end loop;
  return query
  insert into public.asset_subtypes as s (code, kind, label, sort_order)
  values (
    v_code, p_kind, v_label,
    coalesce((select max(o.sort_order) from public.asset_subtypes o where o.kind = p_kind), 0) + 10
  )
  returning s.*;
end
$function$;

create or replace function public.move_asset_subtype(p_code text, p_offset integer)
 RETURNS SETOF public.asset_subtypes
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
declare
  v_kind public.asset_kind;
  v_row public.asset_subtypes;
  v_neighbour public.asset_subtypes;
begin
  if not private.can_anywhere('edit_taxonomy') then
    raise exception 'Only administrators can change the taxonomy.' using errcode = '42501';
  end if;
  if p_offset is null or p_offset not in (-1, 1) then
    raise exception 'A subtype moves one place up (-1) or down (1).' using errcode = '22023';
  end if;
  select s.kind into v_kind from public.asset_subtypes s where s.code = p_code;
  if v_kind is null then
    raise exception 'There is no subtype %.', p_code using errcode = 'P0002';
  end if;
  -- The whole kind, in code order, so that two administrators' moves cannot interleave or deadlock.
  perform 1 from public.asset_subtypes s where s.kind = v_kind order by s.code for update;
  -- Steps of 10 first, where ties (equal sort_order) would leave "the next one" undecided.
  update public.asset_subtypes s set sort_order = r.position * 10
  from (
    select o.code, row_number() over (order by o.sort_order, o.label, o.code) as position
    from public.asset_subtypes o where o.kind = v_kind
  ) r
  where s.code = r.code and s.sort_order <> r.position * 10;

  select s.* into v_row from public.asset_subtypes s where s.code = p_code;
  select s.* into v_neighbour from public.asset_subtypes s
  where s.kind = v_kind
    and ((p_offset < 0 and s.sort_order < v_row.sort_order)
      or (p_offset > 0 and s.sort_order > v_row.sort_order))
  order by case when p_offset < 0 then -s.sort_order else s.sort_order end
  limit 1;
  if v_neighbour.code is not null then
    update public.asset_subtypes s
    set sort_order = case s.code when v_row.code then v_neighbour.sort_order else v_row.sort_order end
    where s.code in (v_row.code, v_neighbour.code);
  end if;
  return query select s.* from public.asset_subtypes s where s.code = p_code;
end
$function$;

create or replace function public.save_asset_subtype(p_code text, p_kind public.asset_kind, p_label text, p_is_active boolean DEFAULT true)
 RETURNS SETOF public.asset_subtypes
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
  if not private.can_anywhere('edit_taxonomy') then
    raise exception 'Only administrators can change the taxonomy.' using errcode = '42501';
  end if;
  if p_code is null or p_code !~ '^[a-z][a-z0-9_]{1,59}$' then
    raise exception 'A subtype code is 2 to 60 lowercase letters, digits and underscores, starting with a letter (e.g. village_hall).'
      using errcode = '22023';
  end if;
  if p_kind is null then
    raise exception 'Say which kind of asset the subtype belongs to.' using errcode = '22023';
  end if;
  if char_length(btrim(coalesce(p_label, ''))) not between 1 and 100 then
    raise exception 'Give the subtype a label of 1 to 100 characters.' using errcode = '22023';
  end if;
  perform private.check_subtype_label_free(p_kind, p_label, p_code);
  if exists (select 1 from public.asset_subtypes s where s.code = p_code and s.kind <> p_kind)
    and exists (select 1 from public.assets a where a.subtype = p_code)
  then
    raise exception 'Assets already use the subtype %, so it cannot move to another kind.', p_code
      using errcode = '22023', hint = 'Retire it and add a new subtype under the other kind.';
  end if;
  return query
  insert into public.asset_subtypes as s (code, kind, label, is_active, sort_order)
  values (
    p_code, p_kind, btrim(p_label), coalesce(p_is_active, true),
    coalesce((select max(o.sort_order) from public.asset_subtypes o where o.kind = p_kind), 0) + 10
  )
  on conflict (code) do update set
    kind = excluded.kind,
    label = excluded.label,
    is_active = excluded.is_active,
    sort_order = case when s.kind = excluded.kind then s.sort_order else excluded.sort_order end
  returning s.*;
end
$function$;

create or replace function public.create_workshop(p_name text, p_place text, p_held_on date)
 RETURNS SETOF public.workshop_list
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
declare
  v_workshop_id uuid;
begin
  if not private.can_anywhere('run_workshops') then
    raise exception 'Only community builders and administrators can open a workshop.'
      using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(p_name, ''))) not between 1 and 200 then
    raise exception 'Give the workshop a name of 1 to 200 characters.' using errcode = '22023';
  end if;
  if char_length(btrim(coalesce(p_place, ''))) not between 1 and 200 then
    raise exception 'Say where the workshop is held (1 to 200 characters).' using errcode = '22023';
  end if;
  if p_held_on is null then
    raise exception 'Say on which day the workshop is held.' using errcode = '22023';
  end if;
  for attempt in 1..5 loop
    begin
      -- In the first programme where the caller runs workshops (one, in practice).
      insert into public.workshops (programme_id, name, place, held_on, join_code, created_by)
      values ((private.programmes_where('run_workshops'))[1], btrim(p_name), btrim(p_place), p_held_on, private.new_join_code(), (select auth.uid()))
      returning workshop_id into v_workshop_id;
      exit;
    exception when unique_violation then
      -- Two workshops drew the same code (about one in a billion): draw again.
      if attempt = 5 then
        raise;
      end if;
    end;
  end loop;
  insert into public.workshop_participants (workshop_id, user_id)
  values (v_workshop_id, (select auth.uid()));
  return query select l.* from public.workshop_list l where l.workshop_id = v_workshop_id;
end
$function$;

create or replace function public.dismiss_duplicate_pair(p_first_id uuid, p_second_id uuid)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
declare
  v_programme_id uuid;
begin
  if not private.can_anywhere('review_assets') then
    raise exception 'Only community builders, network leads and administrators review duplicates.'
      using errcode = '42501';
  end if;
  if p_first_id is null or p_second_id is null or p_first_id = p_second_id then
    raise exception 'Name two different assets.' using errcode = '22023';
  end if;
  -- Through Row Level Security: only assets the reviewer sees, both in one programme.
  select min(a.programme_id::text)::uuid into v_programme_id
  from public.assets a where a.asset_id in (p_first_id, p_second_id)
  having count(*) = 2 and count(distinct a.programme_id) = 1;
  if v_programme_id is null then
    raise exception 'There is no such pair of assets.' using errcode = 'P0002';
  end if;
  insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id)
  values (v_programme_id, least(p_first_id, p_second_id), greatest(p_first_id, p_second_id))
  on conflict (first_asset_id, second_asset_id) do nothing;
end
$function$;

create or replace function public.restore_duplicate_pair(p_first_id uuid, p_second_id uuid)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
  if not private.can_anywhere('review_assets') then
    raise exception 'Only community builders, network leads and administrators review duplicates.'
      using errcode = '42501';
  end if;
  if p_first_id is null or p_second_id is null or p_first_id = p_second_id then
    raise exception 'Name two different assets.' using errcode = '22023';
  end if;
  delete from public.duplicate_dismissals d
  where d.first_asset_id = least(p_first_id, p_second_id)
    and d.second_asset_id = greatest(p_first_id, p_second_id);
end
$function$;

create or replace function public.resolve_change_report(p_report_id uuid)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
  if not private.can_anywhere('review_assets') then
    raise exception 'Only community builders, network leads and administrators resolve change reports.'
      using errcode = '42501';
  end if;
  update public.asset_change_reports r
  set resolved_at = now(), resolved_by = (select auth.uid())
  where r.report_id = p_report_id and r.resolved_at is null;
  if not found then
    raise exception 'There is no open change report with that id.' using errcode = 'P0002';
  end if;
end
$function$;

create or replace function public.link_person_to_asset(p_resident_id uuid, p_asset_id uuid, p_relation public.person_relation)
 RETURNS SETOF public.person_link_list
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
  if not private.can_anywhere('link_people') then
    raise exception 'Only community builders and administrators can connect a person to an asset.'
      using errcode = '42501';
  end if;
  if p_relation is null then
    raise exception 'Say how the person is connected to the asset.' using errcode = '22023';
  end if;
  if not exists (
    select 1 from public.residents r where r.resident_id = p_resident_id and r.status = 'approved')
  then
    raise exception 'There is no approved resident with that id: approve their offer first.'
      using errcode = 'P0002';
  end if;
  if not exists (select 1 from public.assets a where a.asset_id = p_asset_id) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  insert into public.resident_asset_links (resident_id, asset_id, relation, created_by)
  values (p_resident_id, p_asset_id, p_relation, (select auth.uid()))
  on conflict (resident_id, asset_id, relation) do nothing;
  return query select v.* from public.person_link_list v
    where v.resident_id = p_resident_id and v.asset_id = p_asset_id and v.relation = p_relation;
end
$function$;

create or replace function public.unlink_person(p_link_id uuid)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
  if not private.can_anywhere('link_people') then
    raise exception 'Only community builders and administrators can remove a person''s connection.'
      using errcode = '42501';
  end if;
  delete from public.resident_asset_links l where l.link_id = p_link_id;
  if not found then
    raise exception 'There is no connection with that id.' using errcode = 'P0002';
  end if;
end
$function$;

create or replace function public.review_resident_offer(p_resident_id uuid, p_status public.resident_status, p_reason text DEFAULT NULL::text)
 RETURNS TABLE(resident_id uuid, status public.resident_status, status_reason text, reviewed_at timestamp with time zone)
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
#variable_conflict use_column
begin
  if not private.can_anywhere('review_residents') then
    raise exception 'Only community builders and admins can review offers.' using errcode = '42501';
  end if;
  if p_status is null then
    raise exception 'Choose approve or reject.' using errcode = '22023';
  end if;
  if p_status = 'rejected' and char_length(btrim(coalesce(p_reason, ''))) = 0 then
    raise exception 'Give a reason for rejecting the offer.' using errcode = '22023';
  end if;
  if char_length(p_reason) > 500 then
    raise exception 'Keep the reason to 500 characters or fewer.' using errcode = '22023';
  end if;
  return query
  update public.residents r
  set status = p_status, status_reason = nullif(btrim(p_reason), '')
  where r.resident_id = p_resident_id
  returning r.resident_id, r.status, r.status_reason, r.reviewed_at;
  if not found then
    raise exception 'There is no offer with that id.' using errcode = 'P0002';
  end if;
end
$function$;

create or replace function public.list_duplicate_candidates(p_max_metres double precision DEFAULT 100, p_min_similarity real DEFAULT 0.4)
 RETURNS TABLE(first_asset jsonb, second_asset jsonb, similarity real, distance_metres integer)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
AS $function$
begin
  if not (private.can_anywhere('review_assets') or private.can_anywhere('curate_sensitive_places')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  if p_max_metres is null or p_max_metres not between 1 and 1000 then
    raise exception 'Look for duplicates within 1 to 1,000 metres.' using errcode = '22023';
  end if;
  if p_min_similarity is null or p_min_similarity not between 0 and 1 then
    raise exception 'The name similarity is a number from 0 to 1.' using errcode = '22023';
  end if;
  return query
  with pairs as (
    select p.first_id, p.second_id, p.metres,
      private.name_similarity(f.name, s.name) as name_similarity
    from private.live_asset_pairs_within(p_max_metres) p
    -- By id, through Row Level Security: a pair shows only when the caller sees both assets.
    join public.assets f on f.asset_id = p.first_id
    join public.assets s on s.asset_id = p.second_id
  )
  select to_jsonb(fl), to_jsonb(sl), p.name_similarity, round(p.metres)::integer
  from pairs p
  join public.asset_list fl on fl.asset_id = p.first_id
  join public.asset_list sl on sl.asset_id = p.second_id
  where p.name_similarity >= p_min_similarity
  order by p.name_similarity desc, p.metres, p.first_id, p.second_id;
end
$function$;

create or replace function public.list_stale_assets(p_months integer DEFAULT 12)
 RETURNS SETOF public.asset_list
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
AS $function$
begin
  if not (private.can_anywhere('review_assets') or private.can_anywhere('curate_sensitive_places')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  if p_months is null or p_months not between 1 and 120 then
    raise exception 'Say after how many months (1 to 120) an asset needs checking.' using errcode = '22023';
  end if;
  return query
  select l.* from public.asset_list l
  where l.status = 'approved'
    and coalesce(l.last_verified_at, l.created_at) < now() - make_interval(months => p_months)
  order by coalesce(l.last_verified_at, l.created_at), l.asset_id;
end
$function$;

-- Photos: who may change an asset's photo, in the asset's programme.
create or replace function private.can_change_asset_photo(p_asset_id uuid) returns boolean
language sql stable set search_path = ''
as $$
  select exists (
    select 1 from public.assets a
    where a.asset_id = p_asset_id
      and (
        a.programme_id = any ((select private.programmes_where('review_assets'))::uuid[])
        or (a.is_sensitive
          and a.programme_id = any ((select private.programmes_where('curate_sensitive_places'))::uuid[]))
        or (a.status = 'pending' and a.created_by = (select auth.uid()))
      )
  )
$$;

-- Pairs of live assets near each other, only within the programmes the caller reviews (and
-- sensitive ones only where the caller may see them).
create or replace function private.live_asset_pairs_within(p_max_metres double precision)
returns table (first_id uuid, second_id uuid, metres double precision)
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_programmes uuid[] := private.programmes_where('review_assets')
    || private.programmes_where('curate_sensitive_places');
  v_sensitive uuid[] := private.programmes_where('see_sensitive_places');
begin
  if not (private.can_anywhere('review_assets') or private.can_anywhere('curate_sensitive_places')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  return query
  select a.asset_id, b.asset_id,
    extensions.st_distance(a.point::extensions.geography, b.point::extensions.geography, false)
  from public.assets a
  join public.assets b
    on b.asset_id > a.asset_id
    and b.programme_id = a.programme_id
    -- The box (in degrees, a little larger than the radius at any latitude below 89°) lets the
    -- GiST index on point find the neighbours; the sphere decides.
    and b.point operator(extensions.&&) extensions.st_expand(
      a.point,
      p_max_metres / (111000 * greatest(cos(radians(extensions.st_y(a.point))), 0.01)),
      p_max_metres / 111000)
    and extensions.st_dwithin(a.point::extensions.geography, b.point::extensions.geography, p_max_metres, false)
  where a.status in ('pending', 'approved') and b.status in ('pending', 'approved')
    and a.programme_id = any (v_programmes)
    and ((not a.is_sensitive and not b.is_sensitive) or a.programme_id = any (v_sensitive))
    -- Pairs are in id order here as in duplicate_dismissals, so the unique index answers.
    and not exists (
      select 1 from public.duplicate_dismissals d
      where d.first_asset_id = a.asset_id and d.second_asset_id = b.asset_id);
end
$$;

create or replace function public.erase_resident(p_resident_id uuid) returns integer
language plpgsql security definer set search_path = ''
as $$
begin
  if not private.can_anywhere('erase_residents') then
    raise exception 'Only administrators can erase a resident''s data.' using errcode = '42501';
  end if;
  -- The same answer for a resident of another programme as for none, so ids cannot be probed.
  if not exists (
    select 1 from public.residents r
    where r.resident_id = p_resident_id and private.can('erase_residents', r.programme_id))
  then
    raise exception 'There is no offer with that id.' using errcode = 'P0002';
  end if;
  return private.erase_residents(
    array[p_resident_id],
    array(select r.user_id from public.residents r where r.resident_id = p_resident_id and r.user_id is not null));
end
$$;

-- Partners see the residents who agreed to share, in the programmes (and, for a partner with
-- districts, the authorities) where they hold the partner role.
create or replace function public.residents_shared_with_partners()
returns table (resident_id uuid, display_name text, ward_name text, authority text,
  postcode_sector text, gifts jsonb, activities public.offer_activity[], availability text[],
  availability_note text, travel public.travel_range, email text, phone text,
  preferred_contact text, consent_version text, consented_at timestamp with time zone)
language plpgsql security definer set search_path = ''
as $$
#variable_conflict use_column
begin
  if not private.can_anywhere('read_shared_residents') then
    raise exception 'Only the programme''s named partners can see the residents who agreed to share their offer with them.'
      using errcode = '42501';
  end if;
  -- Every read is a disclosure to another organisation: recorded as record_export records one,
  -- once per programme whose residents were shown (none shown: one entry with no programme).
  return query
  with shown as (
    select r.resident_id, r.programme_id
    from public.residents r
    left join public.wards w on w.ward_code = r.ward_code
    where r.status = 'approved'
      and private.has_current_consent(r.resident_id, 'share_with_partners')
      and private.can('read_shared_residents', r.programme_id, w.lad_code)
  ), logged as (
    insert into public.audit_log (actor_id, action, table_name, row_count, programme_id)
    select (select auth.uid()), 'export', 'public.residents', count(*), s.programme_id
    from shown s group by s.programme_id
    union all
    select (select auth.uid()), 'export', 'public.residents', 0, null
    where not exists (select 1 from shown)
  )
  select
    r.resident_id, r.display_name, w.ward_name, w.lad_name, r.postcode_sector,
    coalesce((select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
        'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
      from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
      where g.resident_id = r.resident_id), '[]'::jsonb),
    o.activities, o.availability, o.availability_note, o.travel,
    ct.email, ct.phone, ct.preferred_contact,
    c.wording_version, c.given_at
  from shown s
  join public.residents r on r.resident_id = s.resident_id
  join public.resident_consents c
    on c.resident_id = r.resident_id and c.purpose = 'share_with_partners' and c.withdrawn_at is null
  left join public.wards w on w.ward_code = r.ward_code
  left join public.resident_offer_preferences o on o.resident_id = r.resident_id
  left join public.resident_contacts ct on ct.resident_id = r.resident_id
  order by w.ward_name nulls last, r.display_name, r.resident_id;
end
$$;

-- Roles are granted in a programme (the admin's own, when they run one) and, for partners,
-- optionally limited to some of its authorities.
drop function public.admin_grant_role(text, public.app_role);
create function public.admin_grant_role(p_email text, p_role public.app_role,
  p_programme_id uuid default null, p_scopes text[] default null)
returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_programme uuid := p_programme_id;
  v_user uuid;
  v_membership uuid;
begin
  if v_programme is null then
    select case when cardinality(p) = 1 then p[1] end into v_programme
    from (select private.programmes_where('manage_roles') as p) x;
    if v_programme is null and private.can_anywhere('manage_roles') then
      raise exception 'You manage roles in several programmes: say in which one.' using errcode = '22023';
    end if;
  end if;
  if v_programme is null or not private.can('manage_roles', v_programme) then
    raise exception 'Only administrators can grant roles.' using errcode = '42501';
  end if;
  if p_scopes is not null and exists (
    select 1 from unnest(p_scopes) s
    where not exists (select 1 from public.programme_authorities pa
      where pa.lad_code = s and pa.programme_id = v_programme))
  then
    raise exception 'Limit a role only to authorities the programme covers.' using errcode = '22023';
  end if;
  select u.id into v_user from auth.users u where lower(u.email) = lower(btrim(p_email));
  if v_user is null then
    raise exception 'No one has signed in with % yet: ask them to sign in once, then grant the role.',
      btrim(p_email) using errcode = 'P0002';
  end if;
  insert into public.memberships (programme_id, user_id, role, scopes)
  values (v_programme, v_user, p_role, p_scopes)
  on conflict (user_id, programme_id, role) do update set scopes = excluded.scopes
  returning membership_id into v_membership;
  return v_membership;
end
$$;
comment on function public.admin_grant_role(text, public.app_role, uuid, text[]) is
  'Grants a role by email in a programme the caller administers. Security definer because it looks the person up in auth.users, which no API role may read.';
revoke execute on function public.admin_grant_role(text, public.app_role, uuid, text[]) from public;
grant execute on function public.admin_grant_role(text, public.app_role, uuid, text[]) to authenticated;

create or replace function public.admin_list_members()
returns table (user_id uuid, email text, roles text[])
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not private.can_anywhere('manage_roles') then
    raise exception 'Only administrators can list people and their roles.' using errcode = '42501';
  end if;
  return query
    select u.id, u.email::text, array_agg(m.role::text order by m.role)
    from public.memberships m
    join auth.users u on u.id = m.user_id
    where m.programme_id = any (private.programmes_where('manage_roles'))
    group by u.id, u.email
    order by u.email;
end
$$;
