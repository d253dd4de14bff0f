-- The delivery engine (DESIGN.md, The outbox): claim ownership, PropQ's field errors, the delivery log and the
-- shared circuit breaker.

-- Set on every claim: only the claimant's answer may move the row on. A late answer from an instance whose lease
-- ran out (and whose row was claimed again) changes nothing.
alter table outbox add column claim_token uuid;
-- A 422's field errors as PropQ named them ({"UntPrice": ["..."]}), shown next to the unit editor's fields.
alter table outbox add column field_errors jsonb;
-- Leases that ran out are found by this index (an instance died mid-call).
create index outbox_lease_idx on outbox (locked_until) where state = 'SENDING';

create sequence delivery_log_seq increment by 50;

-- One row per attempt, kept for app.sync.delivery-log-retention after the outbox row is gone.
create table delivery_log (
    id                    bigint      primary key default nextval('delivery_log_seq'),
    -- No foreign key: a delivered outbox row leaves the table, its log stays.
    outbox_id             bigint      not null,
    kind                  text        not null,
    development_id        bigint      not null,
    propq_development_id  text        not null,
    unit_id               bigint,
    unit_name             text,
    -- The outbox row's version and the catalog unit version that were sent.
    version               bigint      not null,
    unit_version          bigint,
    attempted_at          timestamptz not null,
    duration_ms           integer     not null,
    -- 0 when no response arrived (timeout, connection failure).
    http_status           integer     not null,
    outcome               text        not null,
    error                 text,
    constraint delivery_log_kind_ck check (kind in ('UNIT', 'PUBLISH')),
    constraint delivery_log_outcome_ck check (outcome in ('DELIVERED', 'RETRY', 'PARKED'))
);
create index delivery_log_outbox_idx on delivery_log (outbox_id, attempted_at);
create index delivery_log_attempted_idx on delivery_log (attempted_at);

-- The circuit breaker, shared by every instance: one row. Open while unreachable_since is set; then only the
-- instance that moves next_probe_at forward sends (one probe at a time, across instances).
create table sync_circuit (
    id                      integer     primary key default 1,
    consecutive_failures    integer     not null default 0,
    unreachable_since       timestamptz,
    next_probe_at           timestamptz,
    -- A second 401 (a fresh token refused): the credentials are wrong. Cleared by the next delivery.
    credentials_rejected_at timestamptz,
    constraint sync_circuit_single_row_ck check (id = 1)
);
insert into sync_circuit (id) values (1);
