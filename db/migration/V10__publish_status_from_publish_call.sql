-- Issue 19: the DevStatus that PropQ's answer to POST /publish carries is kept as the request's first status
-- event, so a publish PropQ finished before the first poll still shows PUBLISHING in its timeline.
alter table publish_status_event drop constraint publish_status_event_source_ck;
alter table publish_status_event add constraint publish_status_event_source_ck check (source in ('PUBLISH', 'POLL'));
