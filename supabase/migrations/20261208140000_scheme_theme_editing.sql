-- Editing the scheme themes on screen (docs/partners.md, issue #15): a theme's name is unique
-- (case and spaces ignored), as a subtype's is within its kind, so that no two choices in a scheme
-- form read the same; themes move up and down their list; and the terms imported from other
-- directories are read grouped per term, with how many schemes carry each, for mapping.

create unique index scheme_themes_label_key on public.scheme_themes (lower(btrim(label)));

create or replace function public.save_scheme_theme(
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
  if exists (select 1 from public.scheme_themes t
      where lower(btrim(t.label)) = lower(v_label) and t.code <> p_code) then
    raise exception 'There is already a theme called "%".', v_label using errcode = '23505';
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
  'Adds or changes a scheme theme (label, unique whatever its case; the ward indicator measuring its need; retired). Security definer: no API role writes scheme_themes; it checks edit_taxonomy (the taxonomy is shared by every programme, as the asset taxonomy).';

create function public.move_scheme_theme(p_code text, p_offset integer)
returns setof public.scheme_themes
language plpgsql security definer set search_path = ''
as $$
declare
  v_row public.scheme_themes;
  v_neighbour public.scheme_themes;
begin
  if not private.can_anywhere('edit_taxonomy') then
    raise exception 'Only administrators edit the themes.' using errcode = '42501';
  end if;
  if p_offset is null or p_offset not in (-1, 1) then
    raise exception 'A theme moves one place up (-1) or down (1).' using errcode = '22023';
  end if;
  if not exists (select 1 from public.scheme_themes t where t.code = p_code) then
    raise exception 'There is no theme "%".', left(p_code, 40) using errcode = 'P0002';
  end if;
  -- Every theme, in code order, so that two administrators' moves cannot interleave or deadlock.
  perform 1 from public.scheme_themes t order by t.code for update;
  -- Steps of 10 first, where ties (equal sort_order) would leave "the next one" undecided.
  update public.scheme_themes t set sort_order = r.position * 10
  from (
    select o.code, row_number() over (order by o.sort_order, o.code) as position
    from public.scheme_themes o
  ) r
  where t.code = r.code and t.sort_order <> r.position * 10;

  select t.* into v_row from public.scheme_themes t where t.code = p_code;
  select t.* into v_neighbour from public.scheme_themes t
  where (p_offset < 0 and t.sort_order < v_row.sort_order)
    or (p_offset > 0 and t.sort_order > v_row.sort_order)
  order by case when p_offset < 0 then -t.sort_order else t.sort_order end
  limit 1;
  if v_neighbour.code is not null then
    update public.scheme_themes t
    set sort_order = case t.code when v_row.code then v_neighbour.sort_order else v_row.sort_order end
    where t.code in (v_row.code, v_neighbour.code);
  end if;
  return query select t.* from public.scheme_themes t where t.code = p_code;
end
$$;
comment on function public.move_scheme_theme(text, integer) is
  'Moves a scheme theme one place up or down the list (edit_taxonomy). Security definer: no API role writes scheme_themes.';
revoke execute on function public.move_scheme_theme(text, integer) from public;
grant execute on function public.move_scheme_theme(text, integer) to authenticated, service_role;

-- One row per imported term the reader can see (through scheme_external_terms' policy: the terms
-- of schemes they may read), so it tells nothing the table does not.
create view public.external_term_summary with (security_invoker = true) as
select x.vocabulary, x.term_code, min(x.term_name) as term_name,
  count(*)::integer as schemes,
  (count(*) filter (where x.mapped_theme is null))::integer as unmapped_schemes,
  coalesce(array_agg(distinct x.mapped_theme order by x.mapped_theme)
    filter (where x.mapped_theme is not null), '{}') as mapped_themes
from public.scheme_external_terms x
group by x.vocabulary, x.term_code;
comment on view public.external_term_summary is
  'Terms of other directories'' taxonomies on the schemes the reader can see, one row per term: how many schemes carry it, how many of them have it not yet mapped, and the themes it is mapped to.';
revoke all on public.external_term_summary from anon, authenticated;
grant select on public.external_term_summary to anon, authenticated;
