-- The ABCD taxonomy as data: each of the six kinds of asset (Kretzmann & McKnight) has subtypes
-- (village hall, library, faith group, "Ask for ANI" pharmacy, …) that administrators add, rename,
-- reorder and retire. Anyone may read it: the public map's legend and filters use it. An asset
-- names its subtype by code, and the subtype must belong to the asset's kind
-- (20261123140200_asset_details.sql).

create table public.asset_subtypes (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,59}$'),
  kind public.asset_kind not null,
  label text not null check (char_length(btrim(label)) between 1 and 100),
  is_active boolean not null default true,
  sort_order integer not null default 0,
  -- The target of assets' (subtype, kind) foreign key, so a subtype's kind always matches.
  unique (code, kind)
);
comment on table public.asset_subtypes is
  'Subtypes of each ABCD kind (the taxonomy), edited by administrators; retired ones (is_active = false) stay on old assets but are not offered for new ones.';
create index asset_subtypes_kind_idx on public.asset_subtypes (kind, sort_order);
alter table public.asset_subtypes enable row level security;

create policy "Anyone can read the taxonomy" on public.asset_subtypes
  for select to anon, authenticated using (true);
create policy "Admins can add subtypes" on public.asset_subtypes
  for insert to authenticated with check ((select private.has_any_role('{admin}')));
create policy "Admins can change subtypes" on public.asset_subtypes
  for update to authenticated
  using ((select private.has_any_role('{admin}')))
  with check ((select private.has_any_role('{admin}')));
-- No delete policy: a subtype is retired (is_active = false), so old assets keep their meaning.

revoke all on public.asset_subtypes from anon, authenticated;
grant select on public.asset_subtypes to anon, authenticated;
grant insert, update on public.asset_subtypes to authenticated;

create trigger asset_subtypes_audit
  after insert or update or delete on public.asset_subtypes
  for each row execute function private.record_audit('code');

-- The first taxonomy for Essex. Individuals' gifts are the ABCD "head, hands and heart": they are
-- held with residents' offers and shown only as counts per ward, never as pins.
insert into public.asset_subtypes (code, kind, label, sort_order)
select code, kind::public.asset_kind, label, 10 * row_number() over (partition by kind order by ord)
from (values
  (1, 'gift_head', 'individual', 'Gifts of the head (knowledge, skills to teach)'),
  (2, 'gift_hands', 'individual', 'Gifts of the hands (practical skills)'),
  (3, 'gift_heart', 'individual', 'Gifts of the heart (care, passions)'),

  (10, 'community_group', 'association', 'Community group'),
  (11, 'residents_association', 'association', 'Residents'' or tenants'' association'),
  (12, 'faith_group', 'association', 'Faith group'),
  (13, 'sports_club', 'association', 'Sports club'),
  (14, 'youth_club', 'association', 'Youth club'),
  (15, 'uniformed_group', 'association', 'Scouts, Guides or cadets'),
  (16, 'befriending_group', 'association', 'Befriending group'),
  (17, 'older_peoples_club', 'association', 'Older people''s club or lunch club'),
  (18, 'parent_toddler_group', 'association', 'Parent and toddler group'),
  (19, 'support_group', 'association', 'Peer support group'),
  (20, 'food_bank', 'association', 'Food bank or community pantry'),
  (21, 'mutual_aid_group', 'association', 'Mutual aid or volunteer group'),
  (22, 'environmental_group', 'association', 'Environmental or gardening group'),
  (23, 'hobby_club', 'association', 'Hobby or interest club'),
  (24, 'charity', 'association', 'Local charity'),

  (30, 'library', 'institution', 'Library'),
  (31, 'gp_surgery', 'institution', 'GP surgery'),
  (32, 'pharmacy', 'institution', 'Pharmacy'),
  (33, 'ask_for_ani_pharmacy', 'institution', '"Ask for ANI" pharmacy'),
  (34, 'dentist', 'institution', 'Dentist'),
  (35, 'hospital', 'institution', 'Hospital or health centre'),
  (36, 'school', 'institution', 'School'),
  (37, 'college', 'institution', 'College or university'),
  (38, 'childrens_centre', 'institution', 'Children''s or family centre'),
  (39, 'council_office', 'institution', 'Council office or hub'),
  (40, 'police_station', 'institution', 'Police station'),
  (41, 'fire_station', 'institution', 'Fire station'),
  (42, 'jobcentre', 'institution', 'Jobcentre'),
  (43, 'care_home', 'institution', 'Care home'),
  (44, 'place_of_worship', 'institution', 'Place of worship'),

  (50, 'village_hall', 'physical_space', 'Village hall'),
  (51, 'community_centre', 'physical_space', 'Community centre'),
  (52, 'church_hall', 'physical_space', 'Church or faith hall'),
  (53, 'allotment', 'physical_space', 'Allotment'),
  (54, 'community_garden', 'physical_space', 'Community garden'),
  (55, 'park', 'physical_space', 'Park or green space'),
  (56, 'playground', 'physical_space', 'Playground'),
  (57, 'playing_field', 'physical_space', 'Playing field or sports ground'),
  (58, 'warm_space', 'physical_space', 'Warm space'),
  (59, 'meeting_room', 'physical_space', 'Meeting room for hire'),
  (60, 'public_toilet', 'physical_space', 'Public toilet'),

  (70, 'pub', 'economic', 'Pub'),
  (71, 'cafe', 'economic', 'Café'),
  (72, 'local_shop', 'economic', 'Local shop'),
  (73, 'post_office', 'economic', 'Post office'),
  (74, 'market', 'economic', 'Market'),
  (75, 'social_enterprise', 'economic', 'Social enterprise'),
  (76, 'credit_union', 'economic', 'Credit union'),
  (77, 'local_employer', 'economic', 'Local employer'),
  (78, 'hairdresser', 'economic', 'Hairdresser or barber'),

  (90, 'museum', 'cultural', 'Museum'),
  (91, 'theatre', 'cultural', 'Theatre'),
  (92, 'arts_centre', 'cultural', 'Arts centre or gallery'),
  (93, 'cinema', 'cultural', 'Cinema'),
  (94, 'music_venue', 'cultural', 'Music venue'),
  (95, 'heritage_site', 'cultural', 'Heritage site or monument'),
  (96, 'public_art', 'cultural', 'Public art'),
  (97, 'history_society', 'cultural', 'Local history society'),
  (98, 'festival', 'cultural', 'Festival or regular event')
) as seed (ord, code, kind, label);

-- Adds a subtype or changes one (label, kind, retired or not); an administrator's RPC. A new
-- subtype goes to the end of its kind's list. A subtype in use cannot move to another kind (the
-- assets' foreign key would refuse it): retire it and add another.
create function public.save_asset_subtype(
  p_code text,
  p_kind public.asset_kind,
  p_label text,
  p_is_active boolean default true
) returns setof public.asset_subtypes
language plpgsql security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{admin}')) then
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
$$;
comment on function public.save_asset_subtype(text, public.asset_kind, text, boolean) is
  'Adds or changes a subtype of the taxonomy (administrators); security invoker, so Row Level Security decides.';
revoke execute on function public.save_asset_subtype(text, public.asset_kind, text, boolean) from public, anon;
grant execute on function public.save_asset_subtype(text, public.asset_kind, text, boolean) to authenticated;
