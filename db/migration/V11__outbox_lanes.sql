-- Two lanes in the outbox (issue 22): a change a person made one at a time (unit editor, unit API) is
-- INTERACTIVE and goes before the rows of a batch (bulk change, import, undo, hold expiry), so an agent's edit
-- never waits for a 10,000-unit import to drain. The writer decides the lane; a row only ever moves up (a newer
-- interactive edit of a batched unit moves it to INTERACTIVE; a batch never moves an agent's pending edit down).
-- Rows queued before this migration, and any written without a lane, are BATCH: an edit is interactive only when
-- its writer says so.
alter table outbox add column lane text not null default 'BATCH';
alter table outbox add constraint outbox_lane_ck check (lane in ('INTERACTIVE', 'BATCH'));

-- The claim reads each lane's due rows from its own partial index, in due order: it never sorts the outbox.
drop index outbox_due_idx;
create index outbox_due_interactive_idx on outbox (next_attempt_at, id) where state = 'PENDING' and lane = 'INTERACTIVE';
create index outbox_due_batch_idx on outbox (next_attempt_at, id) where state = 'PENDING' and lane = 'BATCH';
