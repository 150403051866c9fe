-- The administrators' taxonomy editor (issue #4, item 1): a subtype's name is unique within its
-- kind (ignoring case), a new subtype gets its code from the database (so that adding one can
-- never overwrite another by a colliding code, as save_asset_subtype's upsert by code would), and
-- a subtype moves up or down its kind's list. Renaming, retiring and restoring stay with
-- save_asset_subtype, which now refuses a name its kind already has in words.

-- Retired subtypes count too: an administrator who wants an old name back restores it, so that
-- its assets and the new ones share one subtype.
create unique index asset_subtypes_kind_label_key
  on public.asset_subtypes (kind, lower(label));

-- Refuses a name (label) that another subtype of the kind already has, whatever its case.
create function private.check_subtype_label_free(
  p_kind public.asset_kind,
  p_label text,
  p_except_code text
) returns void
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_taken public.asset_subtypes;
begin
  select s.* into v_taken from public.asset_subtypes s
  where s.kind = p_kind and lower(s.label) = lower(btrim(p_label))
    and s.code is distinct from p_except_code;
  if v_taken.code is not null then
    raise exception '% already has a subtype called "%"%.',
      case p_kind
        when 'individual' then 'People''s gifts and skills'
        when 'association' then 'Associations and groups'
        when 'institution' then 'Institutions'
        when 'physical_space' then 'Physical spaces'
        when 'economic' then 'Local economy'
        else 'Culture and heritage'
      end,
      v_taken.label,
      case when v_taken.is_active then '' else ' (retired: restore it instead)' end
      using errcode = '23505';
  end if;
end
$$;
revoke execute on function private.check_subtype_label_free(public.asset_kind, text, text) from public;
grant execute on function private.check_subtype_label_free(public.asset_kind, text, text) to authenticated, service_role;

create or replace function public.save_asset_subtype(
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
$$;

-- Adds a subtype at the end of its kind's list, with a code made from its name ("Repair café" →
-- repair_caf; a taken code gets _2, _3, …). Codes are keys, never shown: the name is what people read.
create function public.add_asset_subtype(p_kind public.asset_kind, p_label text)
returns setof public.asset_subtypes
language plpgsql security invoker set search_path = ''
as $$
declare
  v_label text := btrim(coalesce(p_label, ''));
  v_stem text;
  v_code text;
  v_suffix integer := 1;
begin
  if not (select private.has_any_role('{admin}')) then
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
$$;
comment on function public.add_asset_subtype(public.asset_kind, text) is
  'Adds a subtype at the end of its kind (administrators), its code made from its name; security invoker, so Row Level Security decides.';
revoke execute on function public.add_asset_subtype(public.asset_kind, text) from public, anon;
grant execute on function public.add_asset_subtype(public.asset_kind, text) to authenticated;

-- Moves a subtype one place up (p_offset = -1) or down (+1) its kind's list, retired ones
-- included, by swapping places with its neighbour; at either end nothing changes.
create function public.move_asset_subtype(p_code text, p_offset integer)
returns setof public.asset_subtypes
language plpgsql security invoker set search_path = ''
as $$
declare
  v_kind public.asset_kind;
  v_row public.asset_subtypes;
  v_neighbour public.asset_subtypes;
begin
  if not (select private.has_any_role('{admin}')) then
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
$$;
comment on function public.move_asset_subtype(text, integer) is
  'Moves a subtype one place up or down its kind''s list (administrators); security invoker, so Row Level Security decides.';
revoke execute on function public.move_asset_subtype(text, integer) from public, anon;
grant execute on function public.move_asset_subtype(text, integer) to authenticated;
