-- History lists are ordered by when each audit entry was written. `occurred_at` is
-- clock_timestamp(), whose resolution is not guaranteed (PGlite's clock can give two writes of one
-- transaction, an asset and its private contact, the same instant), and the uuid that broke ties
-- is random: an asset's history could list the contact's entry before the asset's creation. A
-- sequence number records the order in which entries were written, and both history lists use it.

alter table public.audit_log add column entry_number bigint generated always as identity;
comment on column public.audit_log.entry_number is
  'The order in which entries were written; orders entries with the same occurred_at.';

create or replace function public.asset_history(p_asset_id uuid) RETURNS TABLE(occurred_at timestamp with time zone, actor text, action text, changed_columns text[])
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_programme_id uuid;
  v_sensitive boolean;
  v_manages_roles boolean;
begin
  if cardinality(private.programmes_where('review_assets')) = 0
    and cardinality(private.programmes_where('see_sensitive_places')) = 0
  then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  select a.programme_id, a.is_sensitive into v_programme_id, v_sensitive
  from public.assets a where a.asset_id = p_asset_id;
  -- A sensitive place, or an asset of a programme where the caller has no say, is answered as if
  -- it did not exist.
  if v_programme_id is null
    or not (private.can('review_assets', v_programme_id) or private.can('see_sensitive_places', v_programme_id))
    or (v_sensitive and not private.can('see_sensitive_places', v_programme_id))
  then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if not v_sensitive and not private.can('review_assets', v_programme_id) then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  v_manages_roles := private.can('manage_roles', v_programme_id);
  return query
  select
    l.occurred_at,
    case
      when l.actor_id is null then 'Someone'
      when l.actor_id = (select auth.uid()) then 'You'
      else coalesce(
        -- The programme's administrators read the sign-in emails of its members (admin_list_roles).
        case when v_manages_roles then (
          select u.email::text from auth.users u
          where u.id = l.actor_id and exists (
            select 1 from public.memberships m
            where m.user_id = u.id and m.programme_id = v_programme_id))
        end,
        (select case m.role
            when 'admin' then 'An administrator'
            when 'safeguarding' then 'A safeguarding lead'
            when 'lead' then 'A network lead'
            when 'coordinator' then 'A coordinator'
            when 'builder' then 'A community builder'
            when 'partner' then 'A partner'
            else 'A resident'
          end
          from public.memberships m
          where m.user_id = l.actor_id and m.programme_id = v_programme_id
          order by array_position(
            array['admin', 'safeguarding', 'lead', 'coordinator', 'builder', 'partner', 'resident']::public.app_role[],
            m.role)
          limit 1),
        'Someone')
    end,
    case when l.table_name = 'public.asset_contacts' then 'update' else l.action end,
    case when l.table_name = 'public.asset_contacts' then array['contact']
      else array(
        select c from unnest(l.changed_columns) as c
        where c <> all (array['asset_id', 'client_id', 'programme_id', 'created_by', 'created_at',
          'updated_by', 'updated_at', 'version'])
        order by c)
    end
  from public.audit_log l
  where l.table_name in ('public.assets', 'public.asset_contacts') and l.row_id = p_asset_id::text
  order by l.occurred_at, l.entry_number;
end
$$;

create or replace function private.describe_resident(p_resident_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$
  with visible_links as (
    -- A connection to a sensitive place stays with safeguarding and admins: the resident is not
    -- told the name of a refuge an admin connected them to, nor that the connection exists.
    select l.link_id, l.relation, l.created_at, a.name
    from public.resident_asset_links l
    join public.assets a on a.asset_id = l.asset_id
    where l.resident_id = p_resident_id
      and (not a.is_sensitive or private.can('see_sensitive_places', a.programme_id))
  )
  select jsonb_build_object(
    'resident_id', r.resident_id,
    'display_name', r.display_name,
    'status', r.status,
    'status_reason', r.status_reason,
    'created_at', r.created_at,
    'updated_at', r.updated_at,
    'confirmed_at', r.confirmed_at,
    'recorded_on_behalf', r.created_by is not null,
    'area', jsonb_build_object(
      'postcode_sector', r.postcode_sector, 'ward_code', r.ward_code, 'ward_name', w.ward_name,
      'authority', w.lad_name),
    'home', (select jsonb_build_object('postcode', h.postcode,
        'lng', extensions.st_x(h.point), 'lat', extensions.st_y(h.point))
      from public.resident_home_points h where h.resident_id = r.resident_id),
    'contact', (select jsonb_build_object('email', c.email, 'phone', c.phone,
        'preferred_contact', c.preferred_contact)
      from public.resident_contacts c where c.resident_id = r.resident_id),
    'gifts', coalesce((select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
        'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
      from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
      where g.resident_id = r.resident_id), '[]'::jsonb),
    'preferences', (select jsonb_build_object('activities', o.activities,
        'availability', o.availability, 'availability_note', o.availability_note, 'travel', o.travel)
      from public.resident_offer_preferences o where o.resident_id = r.resident_id),
    'consents', coalesce((select jsonb_agg(jsonb_build_object('purpose', c.purpose,
        'wording_version', c.wording_version, 'wording', cw.wording, 'given_at', c.given_at,
        'given_how', c.given_how, 'withdrawn_at', c.withdrawn_at) order by c.given_at, c.purpose)
      from public.resident_consents c
      join public.consent_wordings cw on cw.purpose = c.purpose and cw.version = c.wording_version
      where c.resident_id = r.resident_id), '[]'::jsonb),
    'connections', coalesce((select jsonb_agg(jsonb_build_object('relation', v.relation,
        'asset_name', v.name, 'created_at', v.created_at) order by v.created_at, v.link_id)
      from visible_links v), '[]'::jsonb),
    'history', coalesce((select jsonb_agg(jsonb_build_object('occurred_at', a.occurred_at,
        'action', a.action, 'table', a.table_name, 'columns', a.changed_columns)
        order by a.occurred_at, a.entry_number)
      from public.audit_log a
      where a.table_name like 'public.resident%' and a.row_id in (
        select r.resident_id::text
        union all select g.gift_id::text from public.resident_gifts g where g.resident_id = r.resident_id
        union all select c.consent_id::text from public.resident_consents c where c.resident_id = r.resident_id
        union all select v.link_id::text from visible_links v)),
      '[]'::jsonb))
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.resident_id = p_resident_id
$$;
