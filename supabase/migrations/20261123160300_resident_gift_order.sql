-- A resident's gifts are listed in the order they gave them. They are saved by one statement in
-- that order (private.save_offer), so a default taken per row (clock_timestamp(), not now(), which
-- is the same for the whole transaction) orders them; ties would fall back to the random gift_id.
alter table public.resident_gifts alter column created_at set default clock_timestamp();
