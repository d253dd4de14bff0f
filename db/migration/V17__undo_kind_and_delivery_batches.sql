-- An undo reads as an undo (issue 21): its history entries are of their own kind, not one more bulk change.
alter table change_history drop constraint change_history_kind_ck;
alter table change_history add constraint change_history_kind_ck check (kind in ('CATALOG_EDIT', 'BULK_BATCH',
    'IMPORT', 'UNDO', 'HOLD_EXPIRY', 'PUBLISH', 'SYNC_QUEUE_ACTION', 'USER_ADMIN'));

-- How far a large change has reached PropQ (issue 20): a bulk change, import or undo queues its units as one
-- delivery batch, and its outbox rows carry the batch's id. What is still queued of it is counted from the rows
-- (a delivered row leaves the outbox); how many it queued is kept here, since the rows that left cannot say.
create table delivery_batch (
    -- The catalog's batch id (bulk_batch.id); no foreign key: the sync module does not depend on the catalog's
    -- tables, and a batch's delivery outlives nothing of it.
    id              uuid        primary key,
    development_id  bigint      not null references development (id),
    unit_count      integer     not null,
    created_at      timestamptz not null default now()
);
create index delivery_batch_created_idx on delivery_batch (created_at);

-- A newer edit of a unit keeps the row's batch (it carries the batch's change with it); a newer batch takes it over.
alter table outbox add column batch_id uuid;
create index outbox_batch_idx on outbox (batch_id) where batch_id is not null;
