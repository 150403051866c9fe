-- Role management for administrators: list the people with roles (with their sign-in email) and
-- grant a role by email. Revoking is a plain delete on public.memberships, which its policies
-- already allow admins. Every grant and revocation is in the audit log (memberships' trigger).

-- security definer: admins must see people's sign-in emails, which live in auth.users, a table
-- no API role may read. The function checks the caller is an admin before reading anything.
create function public.admin_list_members()
returns table (user_id uuid, email text, roles text[])
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not (select private.has_any_role('{admin}')) then
    raise exception 'Only administrators can list people and their roles.' using errcode = '42501';
  end if;
  return query
    select u.id, u.email::text, array_agg(m.role::text order by m.role)
    from public.memberships m
    join auth.users u on u.id = m.user_id
    group by u.id, u.email
    order by u.email;
end
$$;
comment on function public.admin_list_members() is
  'Administrators: everyone holding a role, with their sign-in email. Security definer to read auth.users.';
revoke execute on function public.admin_list_members() from public, anon;
grant execute on function public.admin_list_members() to authenticated;

-- security definer: finding a person by email reads auth.users (see above). The insert itself is
-- still checked by the memberships policies' own rule, repeated here so the refusal is plain.
create function public.admin_grant_role(p_email text, p_role public.app_role)
returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_user uuid;
  v_membership uuid;
begin
  if not (select private.has_any_role('{admin}')) then
    raise exception 'Only administrators can grant roles.' using errcode = '42501';
  end if;
  select u.id into v_user from auth.users u where lower(u.email) = lower(btrim(p_email));
  if v_user is null then
    raise exception 'No one has signed in with % yet: ask them to sign in once, then grant the role.',
      btrim(p_email) using errcode = 'P0002';
  end if;
  insert into public.memberships (programme_id, user_id, role)
  values ('00000000-0000-4000-8000-000000000001', v_user, p_role)
  on conflict (user_id, programme_id, role) do nothing
  returning membership_id into v_membership;
  return coalesce(v_membership, (
    select m.membership_id from public.memberships m
    where m.user_id = v_user and m.role = p_role
  ));
end
$$;
comment on function public.admin_grant_role(text, public.app_role) is
  'Administrators: grant a role to the person who signs in with this email. Security definer to find them in auth.users.';
revoke execute on function public.admin_grant_role(text, public.app_role) from public, anon;
grant execute on function public.admin_grant_role(text, public.app_role) to authenticated;
