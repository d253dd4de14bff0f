-- Catalog (developments and their units) and application users.
-- Money is numeric, times are timestamptz, enums are text with checks (DESIGN.md, Data).

create sequence development_seq increment by 50;
create sequence unit_seq increment by 50;
create sequence app_user_seq increment by 50;

create table development (
    id          bigint      primary key default nextval('development_seq'),
    propq_id    text        not null,
    name        text        not null,
    location    text,
    notes       text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    constraint development_propq_id_uk unique (propq_id),
    constraint development_propq_id_ck check (btrim(propq_id) <> ''),
    constraint development_name_ck check (btrim(name) <> '')
);
-- The developments list filters by name, case-insensitively.
create index development_lower_name_idx on development (lower(name) text_pattern_ops);

create table unit (
    id              bigint        primary key default nextval('unit_seq'),
    development_id  bigint        not null references development (id),
    name            text          not null,
    status          text          not null,
    price           numeric(14,2) not null,
    directions      text[]        not null default '{}',
    block           text,
    floor           integer,
    bedrooms        integer,
    built_area      numeric(10,2),
    notes           text,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    -- The unit name is PropQ's key (update-by-name): unique within its development.
    constraint unit_development_name_uk unique (development_id, name),
    constraint unit_name_ck check (btrim(name) <> ''),
    constraint unit_status_ck check (status in ('AVAILABLE', 'HOLD', 'SOLD', 'RESERVED')),
    constraint unit_price_ck check (price >= 0),
    constraint unit_directions_ck check (directions <@ array['N','NE','E','SE','S','SW','W','NW']::text[]),
    constraint unit_bedrooms_ck check (bedrooms is null or bedrooms >= 0),
    constraint unit_built_area_ck check (built_area is null or built_area > 0)
);
-- Indexes for the unit grid: every filter and sort is scoped to one development.
create index unit_dev_status_idx on unit (development_id, status);
create index unit_dev_price_idx on unit (development_id, price);
create index unit_dev_lower_name_idx on unit (development_id, lower(name) text_pattern_ops);
create index unit_dev_block_floor_idx on unit (development_id, block, floor);
create index unit_directions_idx on unit using gin (directions);

-- Renaming a unit would orphan it at PropQ, whose API has no rename: refuse it in the database too.
create function unit_name_is_immutable() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name then
        raise exception 'unit name is immutable (unit %: % -> %)', old.id, old.name, new.name
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger unit_name_immutable before update of name on unit
    for each row execute function unit_name_is_immutable();

create table app_user (
    id                    bigint      primary key default nextval('app_user_seq'),
    username              text        not null,
    display_name          text        not null,
    email                 text,
    password_hash         text        not null,
    language              text        not null default 'en',
    enabled               boolean     not null default true,
    must_change_password  boolean     not null default false,
    failed_attempts       integer     not null default 0,
    locked_until          timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    constraint app_user_username_ck check (btrim(username) <> ''),
    constraint app_user_language_ck check (language in ('en', 'es'))
);
create unique index app_user_username_uk on app_user (lower(username));

create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text   not null,
    primary key (user_id, role),
    constraint app_user_role_ck check (role in ('ADMIN', 'AGENT', 'REVIEWER'))
);

-- One row per one-time start-up job already done (e.g. the demo catalog seed), so it never runs twice.
create table startup_marker (
    name        text        primary key,
    created_at  timestamptz not null default now()
);

-- The change history: one model for every kind of change (catalog edits, bulk batches, imports,
-- hold expiry, publishing, sync queue actions, users and roles). Append-only.
create sequence change_history_seq increment by 50;

create table change_history (
    id              bigint      primary key default nextval('change_history_seq'),
    occurred_at     timestamptz not null default now(),
    -- A username, or "system:<job>" for scheduled jobs.
    actor           text        not null,
    kind            text        not null,
    entity_type     text        not null,
    entity_id       bigint,
    -- What a reader recognises: a unit or development name, a username.
    entity_label    text,
    development_id  bigint,
    unit_id         bigint,
    -- The unit's version this change produced: PropQ has the change once it has this version or a later one.
    unit_version    bigint,
    field           text,
    old_value       text,
    new_value       text,
    reason          text,
    batch_id        uuid,
    constraint change_history_kind_ck check (kind in ('CATALOG_EDIT', 'BULK_BATCH', 'IMPORT', 'HOLD_EXPIRY',
        'PUBLISH', 'SYNC_QUEUE_ACTION', 'USER_ADMIN')),
    constraint change_history_entity_type_ck check (entity_type in ('DEVELOPMENT', 'UNIT', 'USER',
        'OUTBOX', 'PUBLISH_REQUEST'))
);
-- Newest first, overall and within each filter the history page offers.
create index change_history_occurred_idx on change_history (occurred_at desc, id desc);
create index change_history_unit_idx on change_history (unit_id, occurred_at desc);
create index change_history_development_idx on change_history (development_id, occurred_at desc);
create index change_history_actor_idx on change_history (actor, occurred_at desc);
create index change_history_kind_idx on change_history (kind, occurred_at desc);
create index change_history_batch_idx on change_history (batch_id) where batch_id is not null;
create index change_history_label_idx on change_history (lower(entity_label), occurred_at desc);
create index change_history_field_idx on change_history (field, occurred_at desc);

-- History is evidence: the database refuses to change or remove it, whatever the application does.
create function change_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'change_history is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger change_history_append_only before update or delete or truncate on change_history
    for each statement execute function change_history_is_append_only();
