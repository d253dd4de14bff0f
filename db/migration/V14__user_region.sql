-- The region whose dates, times and numbers a user reads (ISO 3166 country code, e.g. 'GB', 'ES').
-- Null: the browser's region, so a user who never chooses one reads their browser's formats.
alter table app_user add column region text;
alter table app_user add constraint app_user_region_ck check (region ~ '^[A-Z]{2}$');
