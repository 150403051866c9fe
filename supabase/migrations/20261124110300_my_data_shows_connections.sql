-- Subject access covers people in connections: "Your data" (my_resident_data, update_my_offer)
-- lists the assets a resident is connected to (how, the asset's name, since when), and the audit
-- log's entries about those links join the offer's history. The rest of describe_resident is as
-- in 20261123160100_resident_offer_functions.sql. The asset's name is shown even where the
-- resident could not otherwise see the asset: it is their own connection.

create or replace function private.describe_resident(p_resident_id uuid) returns jsonb
language sql stable security invoker set search_path = ''
as $$
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
    'connections', coalesce((select jsonb_agg(jsonb_build_object('relation', l.relation,
        'asset_name', a.name, 'created_at', l.created_at) order by l.created_at, l.link_id)
      from public.resident_asset_links l join public.assets a on a.asset_id = l.asset_id
      where l.resident_id = r.resident_id), '[]'::jsonb),
    'history', coalesce((select jsonb_agg(jsonb_build_object('occurred_at', a.occurred_at,
        'action', a.action, 'table', a.table_name, 'columns', a.changed_columns)
        order by a.occurred_at, a.audit_id)
      from public.audit_log a
      where a.table_name like 'public.resident%' and a.row_id in (
        select r.resident_id::text
        union all select g.gift_id::text from public.resident_gifts g where g.resident_id = r.resident_id
        union all select c.consent_id::text from public.resident_consents c where c.resident_id = r.resident_id
        union all select l.link_id::text from public.resident_asset_links l where l.resident_id = r.resident_id)),
      '[]'::jsonb))
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.resident_id = p_resident_id
$$;
revoke execute on function private.describe_resident(uuid) from public;
