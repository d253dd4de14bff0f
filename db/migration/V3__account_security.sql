-- Account security (issue 8): session revocation, the sign-in record, and the last-admin guard.

-- Bumped when every open session of a user must end (an admin reset the password). Each request
-- compares it with the value the session signed in with.
alter table app_user add column session_epoch bigint not null default 0;
alter table app_user add constraint app_user_failed_attempts_ck check (failed_attempts >= 0);

-- Sign-in attempts, lockouts and unlocks: evidence for an admin, kept apart from the change history
-- because most rows are not changes (and a failed attempt may name a user that does not exist).
create sequence sign_in_event_seq increment by 50;

create table sign_in_event (
    id           bigint      primary key default nextval('sign_in_event_seq'),
    occurred_at  timestamptz not null default now(),
    -- As typed on the sign-in page (cut to 100 characters), or the account's name for unlocks.
    username     text        not null,
    user_id      bigint      references app_user (id) on delete set null,
    kind         text        not null,
    -- Who unlocked, or until when the account is locked.
    detail       text,
    constraint sign_in_event_kind_ck check (kind in ('SIGNED_IN', 'FAILED', 'LOCKED', 'UNLOCKED'))
);
create index sign_in_event_user_idx on sign_in_event (user_id, occurred_at desc);
create index sign_in_event_occurred_idx on sign_in_event (occurred_at desc);

-- The system can never lock its owners out: no transaction may commit without an enabled admin,
-- whoever runs it (the application checks first and explains; this is the backstop, also against
-- hand-written SQL). Deferred, because replacing a user's roles deletes and re-inserts them.
-- The advisory lock serialises concurrent changes to admins, so two admins disabling each other at
-- the same moment cannot both succeed; under READ COMMITTED the count after the lock sees the other's
-- commit. UserAdminService takes the same lock (key 'app_user:admins').
create function app_user_keep_an_admin() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('app_user:admins'));
    if not exists (select 1 from app_user u join app_user_role r on r.user_id = u.id
                   where u.enabled and r.role = 'ADMIN') then
        raise exception 'the last active admin cannot lose the ADMIN role, be disabled or be deleted'
            using errcode = 'check_violation';
    end if;
    return null;
end
$$;
-- Only changes that can take an admin away fire it, so sign-in bookkeeping never waits for the lock.
create constraint trigger app_user_disabled_keep_an_admin after update of enabled on app_user
    deferrable initially deferred for each row when (old.enabled and not new.enabled)
    execute function app_user_keep_an_admin();
create constraint trigger app_user_deleted_keep_an_admin after delete on app_user
    deferrable initially deferred for each row execute function app_user_keep_an_admin();
create constraint trigger app_user_role_keep_an_admin after update or delete on app_user_role
    deferrable initially deferred for each row when (old.role = 'ADMIN')
    execute function app_user_keep_an_admin();
