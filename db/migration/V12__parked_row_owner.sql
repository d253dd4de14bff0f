-- Parked rows tell their owner (issue 19): who queued the state the row holds (the signed-in user's name; null
-- for a system job such as hold expiry), and when that person was shown that PropQ refused it. Kept in the
-- row, not in a session, so a notice is shown once across restarts and instances; parking again clears it.
alter table outbox add column changed_by text;
alter table outbox add column owner_notified_at timestamptz;

-- A user's parked rows not yet shown to them, read on every page they open.
create index outbox_unnotified_owner_idx on outbox (changed_by) where state = 'PARKED' and owner_notified_at is null;
