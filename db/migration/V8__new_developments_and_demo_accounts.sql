-- Issue 16: an agency starts from an empty catalog; the demo's accounts never outlive demo mode.

-- How many units a batch created. Such a batch cannot be undone: PropQ has no way to delete a unit.
alter table bulk_batch add column created_units integer not null default 0;

-- Accounts the demo created (their passwords are printed in the README). Every start outside demo mode
-- disables them; an admin's password reset makes one an ordinary account.
alter table app_user add column demo_account boolean not null default false;
update app_user set demo_account = true
 where lower(username) in ('agent', 'reviewer')
   and exists (select 1 from startup_marker where name = 'demo-users');
