-- Who and when are written by the database, never by the caller.
--
-- The tables below are still written directly under their policies (by the functions that are
-- security invoker, and by the app where a plain insert is the call), but each caller may now set
-- only the columns that say what: ids, times and "by whom" come from their defaults or from a
-- trigger, so a script cannot back-date a dismissal, a grant or a connection, or record someone
-- else as the person who closed a change report.

revoke insert on public.duplicate_dismissals from authenticated;
grant insert (programme_id, first_asset_id, second_asset_id) on public.duplicate_dismissals to authenticated;

revoke insert on public.memberships from authenticated;
grant insert (programme_id, user_id, role, scopes) on public.memberships to authenticated;

revoke insert on public.resident_asset_links from authenticated;
grant insert (resident_id, asset_id, relation, created_by) on public.resident_asset_links to authenticated;

revoke insert on public.workshop_participants from authenticated;
grant insert (workshop_id, user_id) on public.workshop_participants to authenticated;

revoke insert on public.workshops from authenticated;
grant insert (programme_id, name, place, held_on, join_code, created_by) on public.workshops to authenticated;

-- Closing a change report: only whether it is closed is the caller's to say; the database
-- writes who closed it and when.
revoke update on public.asset_change_reports from authenticated;
grant update (resolved_at, resolved_by) on public.asset_change_reports to authenticated;

create function private.stamp_report_resolution() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if (select auth.uid()) is not null then
    if new.resolved_at is null then
      new.resolved_by := null;
    elsif old.resolved_at is null then
      new.resolved_at := now();
      new.resolved_by := (select auth.uid());
    else
      -- Closed already: it stays as it was closed.
      new.resolved_at := old.resolved_at;
      new.resolved_by := old.resolved_by;
    end if;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_report_resolution() from public;

create trigger asset_change_reports_stamp_resolution before update on public.asset_change_reports
  for each row execute function private.stamp_report_resolution();
