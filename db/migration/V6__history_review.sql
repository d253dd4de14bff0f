-- The history page asks when PropQ first accepted a unit at or after a given version.
create index delivery_log_unit_delivered_idx on delivery_log (unit_id, unit_version, attempted_at)
    where outcome = 'DELIVERED';
