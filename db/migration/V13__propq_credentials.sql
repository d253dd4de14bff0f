-- "PropQ refuses our credentials" is a fact about the PropQ connection, so it moves from the delivery engine's
-- circuit row to a row of propq's own, shared by every instance. The delivery engine still reports it: set on a
-- 401 even with a fresh token (the client id or secret is wrong), cleared when PropQ accepts a call again.
create table propq_credentials (
    id             integer     primary key default 1,
    refused_since  timestamptz,
    constraint propq_credentials_single_row_ck check (id = 1)
);
insert into propq_credentials (id, refused_since)
values (1, (select credentials_rejected_at from sync_circuit where id = 1));

alter table sync_circuit drop column credentials_rejected_at;
