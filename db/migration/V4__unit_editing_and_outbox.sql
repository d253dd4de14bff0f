-- Editing the catalog: holds on units, and the outbox every change is queued in (DESIGN.md, The outbox).

alter table unit add column hold_reason text;
-- Last day of the hold (agency time zone); the hold-expiry job releases it the day after.
alter table unit add column hold_until date;
alter table unit add constraint unit_hold_ck check (status = 'HOLD' or (hold_reason is null and hold_until is null));
create index unit_hold_until_idx on unit (hold_until) where status = 'HOLD';

create sequence outbox_seq increment by 50;

-- Undelivered work only: a delivered row leaves the table. The payload is the full absolute state
-- PropQ receives, so a newer change simply replaces it (and raises the version).
create table outbox (
    id                    bigint      primary key default nextval('outbox_seq'),
    kind                  text        not null,
    development_id        bigint      not null references development (id),
    propq_development_id  text        not null,
    unit_id               bigint      references unit (id),
    unit_name             text,
    -- The catalog unit's version the payload reflects (monotonic, unlike this row's own version).
    unit_version          bigint,
    payload               jsonb       not null,
    version               bigint      not null default 1,
    state                 text        not null default 'PENDING',
    attempts              integer     not null default 0,
    next_attempt_at       timestamptz not null default now(),
    locked_until          timestamptz,
    last_status           integer,
    last_error            text,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint outbox_kind_ck check (kind in ('UNIT', 'PUBLISH')),
    constraint outbox_state_ck check (state in ('PENDING', 'SENDING', 'PARKED')),
    constraint outbox_unit_name_ck check ((kind = 'UNIT') = (unit_name is not null))
);
-- At most one undelivered row per unit key (PropQ development id + unit name): the upsert target.
create unique index outbox_unit_key_uk on outbox (propq_development_id, unit_name) where kind = 'UNIT';
create unique index outbox_publish_key_uk on outbox (propq_development_id) where kind = 'PUBLISH';
create index outbox_due_idx on outbox (next_attempt_at) where state = 'PENDING';
create index outbox_unit_idx on outbox (unit_id);
create index outbox_development_idx on outbox (development_id);

-- What PropQ last accepted for each unit, kept by the delivery engine: tells "Synced" from "never sent",
-- and whether a development's PropQ id may still change.
create table unit_delivery (
    unit_id            bigint      primary key references unit (id),
    development_id     bigint      not null references development (id),
    -- The unit version PropQ last accepted.
    delivered_version  bigint      not null,
    delivered_at       timestamptz not null
);
create index unit_delivery_development_idx on unit_delivery (development_id);

-- A bulk action, import or undo: one batch, undone as a whole; its changes are the history rows
-- carrying its id.
create table bulk_batch (
    id              uuid        primary key,
    kind            text        not null,
    development_id  bigint      not null references development (id),
    actor           text        not null,
    description     text        not null,
    reason          text,
    unit_count      integer     not null,
    created_at      timestamptz not null default now(),
    undoes          uuid        references bulk_batch (id),
    undone_by       uuid        references bulk_batch (id),
    constraint bulk_batch_kind_ck check (kind in ('BULK_BATCH', 'IMPORT'))
);
create index bulk_batch_development_idx on bulk_batch (development_id, created_at desc);
