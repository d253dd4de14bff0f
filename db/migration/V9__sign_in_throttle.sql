-- Sign-in throttling (issue 17). Failed sign-ins are counted per account AND client address: too many lock
-- the account for that address only, so a stranger guessing from one place cannot keep the owner out from
-- another. app_user.failed_attempts / locked_until stay as the admins' view of the latest lock.
create table sign_in_failure (
    user_id        bigint      not null references app_user (id) on delete cascade,
    client_address text        not null,
    failures       int         not null check (failures >= 0),
    locked_until   timestamptz,
    primary key (user_id, client_address)
);

-- Failed sign-ins per client address, whatever the account: first slowed down (each attempt must wait longer
-- after the last failure), then refused for the lockout duration. A quiet address starts again from zero.
create table sign_in_address (
    client_address  text        primary key,
    failures        int         not null check (failures >= 0),
    last_failure_at timestamptz not null,
    refused_until   timestamptz
);
create index sign_in_address_last_failure_idx on sign_in_address (last_failure_at);
