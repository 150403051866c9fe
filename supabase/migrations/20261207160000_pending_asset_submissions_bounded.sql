-- A bound on the pending assets that people who do not curate assets can make the database store.
--
-- Anyone can sign up, and a signed-in person with no role may submit assets for review (they wait,
-- pending, until a builder approves them). Before this, nothing limited how many: one script could
-- fill the review queue and the table. Now each such person may submit 20 in a day, and everyone
-- together 200 in an hour (private.limits), whichever path writes the row; builders, leads,
-- safeguarding and admins of the asset's programme are not counted or held back.

insert into private.limits (name, value, description) values
  ('pending_assets_per_person_per_day', 20,
   'Assets one person without a curating role may submit for review in a day.'),
  ('pending_assets_per_hour', 200,
   'Assets submitted for review in an hour by everyone without a curating role together.');

create index assets_pending_created_idx on public.assets (created_at) where status = 'pending';

create function private.bound_pending_submissions() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_user uuid := (select auth.uid());
begin
  if v_user is null or new.status <> 'pending'
    or private.can('review_assets', new.programme_id)
    or private.can('edit_assets', new.programme_id)
    or private.can('curate_sensitive_places', new.programme_id)
  then
    return new;
  end if;
  -- One submitter at a time, so that two requests cannot both pass the count.
  perform pg_advisory_xact_lock(hashtextextended('pending assets ' || v_user::text, 0));
  if (select count(*) from public.assets a
      where a.created_by = v_user and a.status = 'pending'
        and a.created_at > now() - interval '1 day')
    >= private.limit_value('pending_assets_per_person_per_day')
  then
    raise exception 'You have sent % places for review today: a community builder will look at them first. Try again tomorrow.',
      private.limit_value('pending_assets_per_person_per_day') using errcode = 'P0429';
  end if;
  if (select count(*) from public.assets a
      where a.status = 'pending' and a.created_at > now() - interval '1 hour')
    >= private.limit_value('pending_assets_per_hour')
  then
    raise exception 'Many places are waiting for review just now: please try again in an hour.'
      using errcode = 'P0429';
  end if;
  return new;
end
$$;
comment on function private.bound_pending_submissions() is
  'Refuses a pending asset past the per-person and overall limits. Security definer: it counts pending assets the submitter cannot read, and reveals only that a limit was reached.';
revoke execute on function private.bound_pending_submissions() from public;

-- Named to fire after assets_set_programme, which decides the programme it checks.
create trigger assets_submissions_bounded before insert on public.assets
  for each row execute function private.bound_pending_submissions();
