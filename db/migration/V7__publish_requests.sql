-- Publishing (DESIGN.md, Publishing): each publish request with its whole status history.

create table publish_request (
    id                    bigint      generated always as identity primary key,
    development_id        bigint      not null references development (id),
    -- As the development was named and identified at request time: the request is a record of what was sent.
    propq_development_id  text        not null,
    development_name      text        not null,
    requested_by          text        not null,
    requested_at          timestamptz not null default now(),
    -- QUEUED: waiting in the outbox; PUBLISHING: PropQ accepted it, its status is polled;
    -- FINISHED: the status left PUBLISHING (last_status says to what); FAILED: PropQ refused (error);
    -- TIMED_OUT: still PUBLISHING after app.publish.timeout.
    state                 text        not null default 'QUEUED',
    finished_at           timestamptz,
    error                 text,
    -- The latest DevStatus seen, exactly as received.
    last_status           text,
    -- The poller's bookkeeping: when PropQ accepted the publish, the next poll, and who holds the request now.
    accepted_at           timestamptz,
    next_poll_at          timestamptz,
    poll_attempts         integer     not null default 0,
    locked_until          timestamptz,
    claim_token           uuid,
    updated_at            timestamptz not null default now(),
    constraint publish_request_state_ck
        check (state in ('QUEUED', 'PUBLISHING', 'FINISHED', 'FAILED', 'TIMED_OUT')),
    constraint publish_request_finished_ck
        check ((state in ('FINISHED', 'FAILED', 'TIMED_OUT')) = (finished_at is not null))
);

-- At most one publish in progress per development: the database refuses a second one even if two
-- requests race past the service's check.
create unique index publish_request_in_progress_uk on publish_request (development_id)
    where state in ('QUEUED', 'PUBLISHING');
create index publish_request_due_idx on publish_request (next_poll_at) where state = 'PUBLISHING';
create index publish_request_development_idx on publish_request (development_id, requested_at desc);
create index publish_request_requested_at_idx on publish_request (requested_at desc);

-- Each distinct DevStatus a request went through, first and last seen, and how often it was observed.
create table publish_status_event (
    id                    bigint      generated always as identity primary key,
    request_id            bigint      not null references publish_request (id) on delete cascade,
    status                text        not null,
    first_seen_at         timestamptz not null,
    last_seen_at          timestamptz not null,
    observations          integer     not null default 1,
    -- POLL: GET publish-status answered it.
    source                text        not null,
    constraint publish_status_event_source_ck check (source in ('POLL')),
    constraint publish_status_event_uk unique (request_id, status)
);
