-- Local mode has one person: the user of this device. They act through the same roles and Row
-- Level Security as in connected mode; the app lets them choose which roles they act in.
insert into auth.users (id, email)
values ('00000000-0000-4000-8000-00000000a11c', 'you@this-device.local')
on conflict (id) do nothing;

insert into public.memberships (programme_id, user_id, role)
select '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000a11c', role
from unnest('{builder}'::public.app_role[]) as role
on conflict do nothing;
